// Plain TypeScript: import the elements you use; the tag-name and event maps the package
// declares type `querySelector` and `addEventListener` (no casts, no `any`).
import 'mpp-widgets/queue-badge.js';
import 'mpp-widgets/service-checklist.js';
import 'mpp-widgets/finder.js';
import type { FinderSelectDetail } from 'mpp-widgets/finder.js';

function required<T extends Element>(element: T | null, what: string): T {
  if (!element) throw new Error(`index.html has no ${what}`);
  return element;
}

const badge = required(document.querySelector('mpp-queue-badge'), '<mpp-queue-badge>');
const checklist = required(
  document.querySelector('mpp-service-checklist'),
  '<mpp-service-checklist>',
);
const finder = required(document.querySelector('mpp-finder'), '<mpp-finder>');
const languageSelect = required(
  document.querySelector<HTMLSelectElement>('#app-lang'),
  '#app-lang',
);
const output = (id: string) =>
  required(document.querySelector<HTMLOutputElement>(`output#${id}`), `output#${id}`);
const queueOutput = output('app-queue');
const checklistOutput = output('app-checklist');
const selectedOutput = output('app-selected');

let selected: FinderSelectDetail | undefined;

/** Location names are a string or `{ id, en? }`: show the one in the app's language. */
function selectedName(language: string): string {
  const name = selected?.properties.name;
  if (name === undefined) return '';
  if (typeof name === 'string') return name;
  return (language === 'en' ? name.en : name.id) ?? name.id ?? name.en ?? '';
}

badge.addEventListener('mpp-queue-update', (event) => {
  queueOutput.value = event.detail.entries[0]?.nowServing ?? '';
});
checklist.addEventListener('mpp-checklist-change', (event) => {
  checklistOutput.value = `${event.detail.done}/${event.detail.total}`;
});
finder.addEventListener('mpp-select', (event) => {
  selected = event.detail;
  selectedOutput.value = selectedName(languageSelect.value);
});
for (const element of [badge, checklist, finder]) {
  element.addEventListener('mpp-error', (event) => {
    console.error(`${element.localName}: ${event.detail.code}: ${event.detail.message}`);
  });
}

languageSelect.addEventListener('change', () => {
  const language = languageSelect.value;
  document.documentElement.lang = language;
  for (const element of [badge, checklist, finder]) element.lang = language;
  selectedOutput.value = selectedName(language);
});
