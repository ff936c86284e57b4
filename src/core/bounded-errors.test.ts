// Error reports stay small whatever the document: at most 100 problems with a count of the
// rest (element, `mpp-error`, console), every value quoted back shortened, and a document
// that once crashed the reader (a stack overflow) reported as a schema error.
import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { errorsDuring, shadowText } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import '../finder/index.js';
import '../queue-badge/index.js';
import '../service-checklist/index.js';
import type { MppErrorDetail } from './events.js';
import type { MppElement } from './mpp-element.js';

const MANY = 200_000;
const HUGE = 'x'.repeat(10 * 1024 * 1024);
const manyOnes = `[${'1,'.repeat(MANY - 1)}1]`;

interface Case {
  tag: string;
  attributes: Record<string, string>;
  /** A document with MANY bad entries, as JSON text. */
  manyBad: string;
  /** A document with one 10 MB string where something else is expected. */
  hugeValue: unknown;
  /** One entry with 124,000 problems of its own (a stack overflow before). */
  oneHugeEntry: unknown;
}

const feature = (properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [107.1, -6.8] },
  properties: { id: 'a', name: 'MPP A', ...properties },
});

const CASES: Case[] = [
  {
    tag: 'mpp-finder',
    attributes: { 'no-map': '' },
    manyBad: `{"type":"FeatureCollection","features":${manyOnes}}`,
    hugeValue: { type: 'FeatureCollection', features: [feature({ timezone: HUGE })] },
    oneHugeEntry: {
      type: 'FeatureCollection',
      features: [feature({ services: new Array(124_000).fill(1) })],
    },
  },
  {
    tag: 'mpp-service-checklist',
    attributes: { service: 'a', 'no-persist': '' },
    manyBad: `{"version":"1","services":${manyOnes}}`,
    hugeValue: {
      version: '1',
      services: [{ id: 'a', name: 'A', requirements: [], fee: { amount: HUGE } }],
    },
    oneHugeEntry: {
      version: '1',
      services: [{ id: 'a', name: 'A', requirements: new Array(124_000).fill(1) }],
    },
  },
  {
    tag: 'mpp-queue-badge',
    attributes: { service: 'a' },
    manyBad: `{"services":${manyOnes}}`,
    hugeValue: { services: [{ id: 'a', waiting: HUGE }] },
    oneHugeEntry: { services: [{ id: 'a', name: new Array(124_000).fill(1) }] },
  },
];

async function place(tag: string, attributes: Record<string, string>, body: unknown) {
  const name = uniqueFeedName('bounded');
  await configureFeed(name, typeof body === 'string' ? { raw: body } : { body });
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const node = document.createElement(tag) as MppElement;
  for (const [key, value] of Object.entries({ ...attributes, src: feedUrl(name) }))
    node.setAttribute(key, value);
  container.append(node);
  return node;
}

/** The `mpp-error` details and console warnings while an element loads `body` and fails. */
async function failureOf({ tag, attributes }: Case, body: unknown, lang = 'id') {
  const warnings: string[] = [];
  const realWarn = console.warn;
  console.warn = (text: string) => warnings.push(text);
  let node!: MppElement;
  try {
    const errors = await errorsDuring(async () => {
      node = await place(tag, { ...attributes, lang }, body);
      await until(() => node.state === 'error', 30000, `error state (is ${node.state})`);
    });
    return { node, errors: errors.filter((error) => error.code === 'schema'), warnings };
  } finally {
    console.warn = realWarn;
  }
}

function expectBounded(detail: MppErrorDetail) {
  expect(detail.issues!.length).to.be.at.most(100);
  for (const issue of detail.issues!) {
    expect(issue.message.length, issue.message.slice(0, 200)).to.be.at.most(240);
    expect(issue.path.length).to.be.at.most(240);
  }
}

for (const testCase of CASES) {
  describe(`<${testCase.tag}>: bounded error reports`, function () {
    this.timeout(60000);

    it(`${MANY.toLocaleString('en')} bad entries: the first 100 and a count, in the event and the console`, async () => {
      const { node, errors, warnings } = await failureOf(testCase, testCase.manyBad);
      expect(errors).to.have.length(1);
      expectBounded(errors[0]!);
      expect(errors[0]!.issues).to.have.length(100);
      expect(errors[0]!.issueCount).to.be.at.least(MANY);
      const warning = warnings.find((text) => text.includes(' schema: '))!;
      expect(warning).to.match(/… and 19\d,\d{3}|… and 19\d{4} more/);
      expect(warning.length).to.be.below(2000);
      expect(shadowText(node, '[part="error"]')).to.contain('tidak sesuai format');
    });

    it('a 10 MB string in the wrong place is quoted back shortened', async () => {
      const { errors, warnings } = await failureOf(testCase, testCase.hugeValue, 'en');
      expect(errors).to.have.length(1);
      expectBounded(errors[0]!);
      expect(errors[0]!.issues!.map((issue) => issue.message).join('\n')).to.contain('xxx…');
      expect(warnings.join('\n').length).to.be.below(2000);
    });

    it('one entry with 124,000 problems is a schema error, not a crash', async () => {
      const { errors } = await failureOf(testCase, testCase.oneHugeEntry);
      expect(errors).to.have.length(1);
      expectBounded(errors[0]!);
    });
  });
}
