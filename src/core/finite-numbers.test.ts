// Numbers a visitor reads come from the data; valid JSON can still say `1e999` (Infinity once
// parsed), `-0` or `1e21`. None of them may reach the page as "∞", "-0" or "1e+21".
import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { badge } from '../test-support/badge.js';
import { errorsDuring, part, shadowText } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import '../service-checklist/index.js';
import type { MppServiceChecklist } from '../service-checklist/service-checklist.js';

async function served(raw: string): Promise<string> {
  const name = uniqueFeedName('numbers');
  await configureFeed(name, { raw });
  return feedUrl(name);
}

describe('numbers from the data', () => {
  it('"-0 people waiting" is shown as 0, in both languages', async () => {
    const src = await served('{"services":[{"id":"a","nowServing":"A-1","waiting":-0}]}');
    const id = await badge({ src, service: 'a', variant: 'full' }, 'ready');
    expect(shadowText(id, '[part="waiting"]')).to.equal('0 orang menunggu');
    const en = await badge({ src, service: 'a', variant: 'full', lang: 'en' }, 'ready');
    expect(shadowText(en, '[part="waiting"]')).to.equal('0 people waiting');
  });

  for (const [field, value] of [
    ['estimatedWaitSeconds', '1e999'],
    ['averageServiceSeconds', '1e999'],
    ['waiting', '1e999'],
    ['waiting', '2.5'],
    ['nowServing', '1e21'],
    ['nowServing', '12.5'],
    ['counter', '-1'],
  ]) {
    it(`${field}: ${value} is refused as a schema error, never shown`, async () => {
      const src = await served(`{"services":[{"id":"a","nowServing":"A-1","${field}":${value}}]}`);
      const errors = await errorsDuring(() =>
        badge({ src, service: 'a', variant: 'full' }, 'error'),
      );
      const schema = errors.find((error) => error.code === 'schema')!;
      const paths = new Set(schema.issues!.map((issue) => issue.path));
      expect([...paths]).to.deep.equal([`$.services[0].${field}`]);
    });
  }

  it('a whole-number ticket is shown as plain digits', async () => {
    const src = await served('{"services":[{"id":"a","nowServing":9007199254740991}]}');
    const node = await badge({ src, service: 'a' }, 'ready');
    expect(shadowText(node, '[part="number"]')).to.equal('9007199254740991');
  });

  it('a fee of 1e999 is refused; one of -0 reads "free"', async () => {
    const catalog = (amount: string) =>
      `{"version":"1","services":[{"id":"a","name":"A","requirements":[],"fee":{"amount":${amount}}}]}`;
    const place = async (amount: string) => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const node = document.createElement('mpp-service-checklist') as MppServiceChecklist;
      node.setAttribute('service', 'a');
      node.setAttribute('no-persist', '');
      node.setAttribute('src', await served(catalog(amount)));
      container.append(node);
      await until(() => node.state !== 'loading', 10000);
      return node;
    };
    const infinite = await place('1e999');
    expect(infinite.state).to.equal('error');
    expect(shadowText(infinite)).not.to.contain('∞');
    const negativeZero = await place('-0');
    expect(negativeZero.state).to.equal('ready');
    expect(shadowText(negativeZero, '[part~="fee"]') || shadowText(negativeZero)).to.contain(
      'Gratis',
    );
    expect(part(negativeZero, 'error')).to.equal(null);
  });
});
