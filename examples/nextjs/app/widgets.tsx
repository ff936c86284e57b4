'use client';
// The three elements in a client component. On the server, @lit-labs/nextjs (next.config.mjs)
// renders each element's shadow root into the page (declarative shadow DOM: the skeletons and
// the finder's search show before any JavaScript); in the browser, Lit hydrates them and they
// load their data once the app listens to them (defer-hydration, use-mpp-event.ts). `lang` is
// set on each element: the server sees no ancestor's lang.
import { useRef, useState } from 'react';
import 'mpp-widgets';
import type {
  FinderSelectDetail,
  MppErrorDetail,
  MppFinder,
  MppQueueBadge,
  MppServiceChecklist,
} from 'mpp-widgets';
import type {} from 'mpp-widgets/react-jsx'; // <mpp-*> in JSX, typed from the package
import { useHydrateWhenListening, useMppEvent } from './use-mpp-event';

type Language = 'id' | 'en';
type LocationName = FinderSelectDetail['properties']['name'];

/** Location names are a string or `{ id, en? }`: the one in the app's language. */
function nameIn(language: Language, name: LocationName | undefined): string {
  if (name === undefined) return '';
  if (typeof name === 'string') return name;
  return (language === 'en' ? name.en : name.id) ?? name.id ?? name.en ?? '';
}

function reportError(event: CustomEvent<MppErrorDetail>) {
  console.error(
    `${(event.target as Element).localName}: ${event.detail.code}: ${event.detail.message}`,
  );
}

export function Widgets() {
  const [language, setLanguage] = useState<Language>('id');
  const [nowServing, setNowServing] = useState('');
  const [progress, setProgress] = useState('');
  const [selected, setSelected] = useState<LocationName>();
  const badge = useRef<MppQueueBadge>(null);
  const checklist = useRef<MppServiceChecklist>(null);
  const finder = useRef<MppFinder>(null);

  useMppEvent(badge, 'mpp-queue-update', (event) =>
    setNowServing(event.detail.entries[0]?.nowServing ?? ''),
  );
  useMppEvent(checklist, 'mpp-checklist-change', (event) =>
    setProgress(`${event.detail.done}/${event.detail.total}`),
  );
  useMppEvent(finder, 'mpp-select', (event) => setSelected(event.detail.properties.name));
  useMppEvent(badge, 'mpp-error', reportError);
  useMppEvent(checklist, 'mpp-error', reportError);
  useMppEvent(finder, 'mpp-error', reportError);
  useHydrateWhenListening(badge, checklist, finder);

  return (
    <>
      <header>
        <h1>mpp-widgets — Next.js</h1>
        <label>
          Bahasa / Language{' '}
          <select
            id="app-lang"
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'id')}
          >
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main>
        <section>
          <h2>Status antrean</h2>
          <mpp-queue-badge
            ref={badge}
            defer-hydration=""
            lang={language}
            src="/feeds/demo/mpp.json"
            service="dukcapil"
          />
          <p>
            Now serving (from <code>mpp-queue-update</code>):{' '}
            <output id="app-queue">{nowServing}</output>
          </p>
        </section>
        <section>
          <h2>Daftar persyaratan</h2>
          <mpp-service-checklist
            ref={checklist}
            defer-hydration=""
            lang={language}
            service="paspor-baru"
            no-persist=""
            heading-level={3}
          />
          <p>
            Ready (from <code>mpp-checklist-change</code>):{' '}
            <output id="app-checklist">{progress}</output>
          </p>
        </section>
        <section>
          <h2>Pencari MPP</h2>
          <mpp-finder
            ref={finder}
            defer-hydration=""
            lang={language}
            province="Jawa Barat"
            tile-url="/tiles/{z}/{x}/{y}.png"
          />
          <p>
            Selected (from <code>mpp-select</code>):{' '}
            <output id="app-selected">{nameIn(language, selected)}</output>
          </p>
        </section>
      </main>
    </>
  );
}
