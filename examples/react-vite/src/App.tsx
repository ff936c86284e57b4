// React 19: the finder and the checklist through the package's React components (typed
// `onMpp…` callbacks; one module per element, so each brings only its own element), the badge
// as a native custom element (React 19 sets its properties and listens to
// `onmpp-queue-update` itself; `mpp-widgets/react-jsx` types it in JSX).
import { useState } from 'react';
import { MppFinder, type FinderSelectDetail } from 'mpp-widgets/react/finder';
import {
  MppServiceChecklist,
  type ChecklistChangeDetail,
} from 'mpp-widgets/react/service-checklist';
import type { MppErrorDetail, QueueUpdateDetail } from 'mpp-widgets/queue-badge';
import type {} from 'mpp-widgets/react-jsx';
import 'mpp-widgets/queue-badge';

type Language = 'id' | 'en';

/** Location names are a string or `{ id, en? }`: the one in the app's language. */
function nameIn(language: Language, name: FinderSelectDetail['properties']['name']): string {
  if (typeof name === 'string') return name;
  return (language === 'en' ? name.en : name.id) ?? name.id ?? name.en ?? '';
}

function reportError(event: CustomEvent<MppErrorDetail>) {
  console.error(
    `${(event.target as Element).localName}: ${event.detail.code}: ${event.detail.message}`,
  );
}

export function App() {
  const [language, setLanguage] = useState<Language>('id');
  const [nowServing, setNowServing] = useState('');
  const [progress, setProgress] = useState('');
  const [selected, setSelected] = useState<FinderSelectDetail>();

  return (
    <>
      <header>
        <h1>mpp-widgets — React</h1>
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
            src="/feeds/demo/mpp.json"
            service="dukcapil"
            lang={language}
            onmpp-queue-update={(event: CustomEvent<QueueUpdateDetail>) =>
              setNowServing(event.detail.entries[0]?.nowServing ?? '')
            }
            onmpp-error={reportError}
          ></mpp-queue-badge>
          <p>
            Now serving (from <code>mpp-queue-update</code>):{' '}
            <output id="app-queue">{nowServing}</output>
          </p>
        </section>
        <section>
          <h2>Daftar persyaratan</h2>
          <MppServiceChecklist
            service="paspor-baru"
            noPersist
            headingLevel={3}
            lang={language}
            onMppChecklistChange={(event: CustomEvent<ChecklistChangeDetail>) =>
              setProgress(`${event.detail.done}/${event.detail.total}`)
            }
            onMppError={reportError}
          />
          <p>
            Ready (from <code>mpp-checklist-change</code>):{' '}
            <output id="app-checklist">{progress}</output>
          </p>
        </section>
        <section>
          <h2>Pencari MPP</h2>
          <MppFinder
            province="Jawa Barat"
            tileUrl="/tiles/{z}/{x}/{y}.png"
            lang={language}
            onMppSelect={(event) => setSelected(event.detail)}
            onMppError={reportError}
          />
          <p>
            Selected (from <code>mpp-select</code>):{' '}
            <output id="app-selected">
              {selected ? nameIn(language, selected.properties.name) : ''}
            </output>
          </p>
        </section>
      </main>
    </>
  );
}
