// Angular (standalone, zoneless, signals): CUSTOM_ELEMENTS_SCHEMA lets the template use the
// <mpp-…> tags; with strict templates `$event` of `(mpp-…)` is typed from the package's
// HTMLElementTagNameMap and GlobalEventHandlersEventMap entries (CustomEvent<…Detail>).
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  CUSTOM_ELEMENTS_SCHEMA,
  signal,
} from '@angular/core';
import 'mpp-widgets/finder';
import 'mpp-widgets/queue-badge';
import 'mpp-widgets/service-checklist';
import type {
  ChecklistChangeDetail,
  FinderSelectDetail,
  MppErrorDetail,
  QueueUpdateDetail,
} from 'mpp-widgets';

type Language = 'id' | 'en';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
})
export class AppComponent {
  protected readonly language = signal<Language>('id');
  protected readonly nowServing = signal('');
  protected readonly progress = signal('');
  protected readonly tileUrl = '/tiles/{z}/{x}/{y}.png';
  private readonly selected = signal<FinderSelectDetail | undefined>(undefined);

  /** Location names are a string or `{ id, en? }`: the one in the app's language. */
  protected readonly selectedName = computed(() => {
    const name = this.selected()?.properties.name;
    if (name === undefined) return '';
    if (typeof name === 'string') return name;
    return (this.language() === 'en' ? name.en : name.id) ?? name.id ?? name.en ?? '';
  });

  protected setLanguage(value: string): void {
    this.language.set(value === 'en' ? 'en' : 'id');
  }

  protected onQueueUpdate(event: CustomEvent<QueueUpdateDetail>): void {
    this.nowServing.set(event.detail.entries[0]?.nowServing ?? '');
  }

  protected onChecklistChange(event: CustomEvent<ChecklistChangeDetail>): void {
    this.progress.set(`${event.detail.done}/${event.detail.total}`);
  }

  protected onSelect(event: CustomEvent<FinderSelectDetail>): void {
    this.selected.set(event.detail);
  }

  protected reportError(event: CustomEvent<MppErrorDetail>): void {
    console.error(
      `${(event.target as Element).localName}: ${event.detail.code}: ${event.detail.message}`,
    );
  }
}
