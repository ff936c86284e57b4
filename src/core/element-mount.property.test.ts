// Hostile element mounts: every element with random values in its attributes (markup, control
// characters, huge text, numbers out of range) and a random inline or served document. Whatever
// the page gives it, an element throws nothing, injects nothing, settles in a contract state,
// and every `mpp-error` it fires is bounded.
import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/setup.js';
import { errorsDuring } from '../test-support/dom.js';
import { configureFeed, feedUrl, uniqueFeedName, until } from '../test-support/feeds.js';
import { checkProperty, fc } from '../test-support/property.js';
import { anyDocument, anyText, jsonText } from '../test-support/document-arbitraries.js';
import type { DocumentType } from '../data-formats.js';
import '../finder/index.js';
import '../queue-badge/index.js';
import '../service-checklist/index.js';
import type { MppElement } from './mpp-element.js';

interface Mount {
  tag: string;
  type: DocumentType;
  /** Attributes the element documents, each given a random value. */
  attributes: string[];
  /** Where its document comes from: a child script, or (the badge) a served feed. */
  inline: boolean;
  fixed: Record<string, string>;
}

const MOUNTS: Mount[] = [
  {
    tag: 'mpp-finder',
    type: 'locations',
    attributes: [
      'province',
      'service',
      'query',
      'selected',
      'view',
      'center',
      'zoom',
      'height',
      'lang',
      'timeout',
    ],
    inline: true,
    fixed: { 'no-map': '' },
  },
  {
    tag: 'mpp-service-checklist',
    type: 'catalog',
    attributes: ['service', 'storage-key', 'heading-level', 'lang', 'timeout'],
    inline: true,
    fixed: { 'no-persist': '' },
  },
  {
    tag: 'mpp-queue-badge',
    type: 'queue',
    attributes: ['service', 'format', 'variant', 'interval', 'announce', 'lang', 'timeout'],
    inline: false,
    fixed: { transport: 'poll' },
  },
];

const STATES = ['ready', 'empty', 'error', 'stale', 'offline'];

const attributeValue = fc.oneof(
  anyText,
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.constantFrom('NaN', '1e999', '-0', 'en', 'id', 'siola', 'full', 'list', '-6.9,107.6'),
);

for (const mount of MOUNTS) {
  it(`<${mount.tag}>: hostile attributes and documents throw nothing and inject nothing`, async function () {
    this.timeout(0);
    await checkProperty(
      `elements: <${mount.tag}> hostile mount`,
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...mount.attributes), attributeValue, { maxKeys: 4 }),
        anyDocument(mount.type),
        async (attributes, document) => {
          const uncaught: string[] = [];
          const onError = (event: ErrorEvent) => uncaught.push(event.message);
          const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
          window.addEventListener('error', onError);
          window.addEventListener('unhandledrejection', onRejection);
          const warn = console.warn;
          console.warn = () => {};
          try {
            const container = await fixture<HTMLElement>(html`<div></div>`);
            const node = globalThis.document.createElement(mount.tag) as MppElement;
            for (const [name, value] of Object.entries({ ...mount.fixed, ...attributes }))
              node.setAttribute(name, value);
            if (mount.inline) {
              const script = globalThis.document.createElement('script');
              script.type = 'application/json';
              script.textContent = jsonText(document);
              node.append(script);
            } else {
              const name = uniqueFeedName('mount');
              await configureFeed(name, { raw: jsonText(document) });
              node.setAttribute('src', feedUrl(name));
            }
            const errors = await errorsDuring(async () => {
              container.append(node);
              await until(() => STATES.includes(node.state), 15000, `settled (is ${node.state})`);
              await node.updateComplete;
            });
            expect(node.shadowRoot!.querySelector('img, script, iframe')).to.equal(null);
            expect((window as { __injected?: number }).__injected).to.equal(undefined);
            for (const error of errors) {
              expect(error.message.length).to.be.at.most(500);
              expect(error.issues?.length ?? 0).to.be.at.most(100);
              for (const issue of error.issues ?? [])
                expect(issue.message.length).to.be.at.most(240);
            }
            container.remove();
          } finally {
            console.warn = warn;
            window.removeEventListener('error', onError);
            window.removeEventListener('unhandledrejection', onRejection);
          }
          expect(uncaught).to.deep.equal([]);
        },
      ),
      { share: 0.05 },
    );
  });
}
