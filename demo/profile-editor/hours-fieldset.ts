// The day-by-day hours form as a view: one fieldset per weekday (closed, or one or more time
// ranges), public holidays, special dates. It renders a `HoursForm` and hands every edit back
// as a new form; the editor owns the state.
import { html, nothing } from 'lit';
import {
  exceptionProblem,
  rangeProblem,
  usualHoursWritable,
  type DateException,
  type HolidayHours,
  type HoursForm,
  type TimeRange,
} from './hours-form.js';
import type { EDITOR_TEXT } from './profile-editor-text.js';

type Text = (typeof EDITOR_TEXT)[keyof typeof EDITOR_TEXT];
type Update = (form: HoursForm) => void;

const NEW_RANGE: TimeRange = { start: '08:00', end: '16:00' };
const AFTER_BREAK: TimeRange = { start: '13:00', end: '16:00' };

const replaced = <T>(list: readonly T[], index: number, item: T) =>
  list.map((old, at) => (at === index ? item : old));
const removed = <T>(list: readonly T[], index: number) => list.filter((_, at) => at !== index);
const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/** Time ranges with their own labels, problems and remove buttons; `id` keeps labels unique. */
function rangesView(
  id: string,
  context: string,
  ranges: readonly TimeRange[],
  text: Text,
  change: (ranges: readonly TimeRange[]) => void,
) {
  return html`${ranges.map((range, index) => {
      const problem = rangeProblem(range);
      const problemId = `${id}-${index}-problem`;
      const set = (field: keyof TimeRange) => (event: Event) =>
        change(replaced(ranges, index, { ...range, [field]: valueOf(event) }));
      return html`<div class="time-range" role="group" aria-label=${text.range(index + 1)}>
        <label
          >${text.start}
          <input
            type="time"
            name=${`${id}-${index}-start`}
            .value=${range.start}
            aria-describedby=${problem ? problemId : nothing}
            @change=${set('start')}
        /></label>
        <label
          >${text.end}
          <input
            type="time"
            name=${`${id}-${index}-end`}
            .value=${range.end}
            aria-describedby=${problem ? problemId : nothing}
            @change=${set('end')}
        /></label>
        <button
          type="button"
          class="small"
          aria-label=${text.removeRange(index + 1, context)}
          @click=${() => change(removed(ranges, index))}
        >
          ×
        </button>
        ${
          problem
            ? html`<p class="problem" id=${problemId}>${text.rangeProblems[problem]}</p>`
            : nothing
        }
      </div>`;
    })}
    <button
      type="button"
      class="small"
      @click=${() => change([...ranges, ranges.length ? AFTER_BREAK : NEW_RANGE])}
    >
      ${text.addRange}
    </button>`;
}

function dayView(form: HoursForm, day: number, text: Text, update: Update) {
  const ranges = form.week[day];
  const name = text.days[day];
  const setRanges = (next: readonly TimeRange[]) =>
    update({ ...form, week: replaced(form.week, day, next) });
  const previous = day > 0 ? form.week[day - 1] : undefined;
  return html`<fieldset class="day" data-day=${day}>
    <legend>${name}</legend>
    <label class="choice"
      ><input
        type="checkbox"
        name=${`day-${day}-closed`}
        .checked=${ranges.length === 0}
        @change=${(event: Event) =>
          setRanges((event.target as HTMLInputElement).checked ? [] : [NEW_RANGE])}
      />
      ${text.closed}</label
    >
    ${ranges.length ? rangesView(`day-${day}`, name, ranges, text, setRanges) : nothing}
    ${
      previous && JSON.stringify(previous) !== JSON.stringify(ranges)
        ? html`<button type="button" class="small" @click=${() => setRanges(previous)}>
            ${text.sameAs(text.days[day - 1])}
          </button>`
        : nothing
    }
  </fieldset>`;
}

function holidaysView(form: HoursForm, offerUnset: boolean, text: Text, update: Update) {
  const writable = usualHoursWritable(form);
  const modes: HolidayHours[] = [
    'closed',
    'usual',
    'own',
    ...(offerUnset ? ['unset' as const] : []),
  ];
  return html`<fieldset class="holidays">
    <legend>${text.holidaysLegend}</legend>
    ${modes.map(
      (mode) =>
        html`<label class="choice"
          ><input
            type="radio"
            name="publicHolidays"
            value=${mode}
            .checked=${form.publicHolidays === mode}
            ?disabled=${mode === 'usual' && !writable && form.publicHolidays !== 'usual'}
            aria-describedby=${mode === 'usual' && !writable ? 'usual-not-writable' : nothing}
            @change=${() =>
              update({
                ...form,
                publicHolidays: mode,
                holidayRanges:
                  mode === 'own' && !form.holidayRanges.length ? [NEW_RANGE] : form.holidayRanges,
              })}
          />
          ${text.holidays[mode]}</label
        >`,
    )}
    ${
      writable
        ? nothing
        : html`<p
            id="usual-not-writable"
            class=${form.publicHolidays === 'usual' ? 'problem' : 'note'}
          >
            ${text.usualNotWritable}
          </p>`
    }
    ${
      form.publicHolidays === 'own'
        ? rangesView('holiday', text.holidaysLegend, form.holidayRanges, text, (holidayRanges) =>
            update({ ...form, holidayRanges }),
          )
        : nothing
    }
  </fieldset>`;
}

function exceptionView(form: HoursForm, index: number, text: Text, update: Update) {
  const exception = form.exceptions[index];
  const problem = exceptionProblem(exception);
  const id = `date-${index}`;
  const set = (next: Partial<DateException>) =>
    update({ ...form, exceptions: replaced(form.exceptions, index, { ...exception, ...next }) });
  return html`<fieldset class="date-exception">
    <legend>${text.dateEntry(index + 1)}</legend>
    <label
      >${text.date}
      <input
        type="date"
        name=${`${id}-from`}
        .value=${exception.from}
        aria-describedby=${problem ? `${id}-problem` : nothing}
        @change=${(event: Event) => set({ from: valueOf(event) })}
    /></label>
    <label
      >${text.dateTo}
      <input
        type="date"
        name=${`${id}-to`}
        .value=${exception.to}
        min=${exception.from || nothing}
        aria-describedby=${problem ? `${id}-problem` : nothing}
        @change=${(event: Event) => set({ to: valueOf(event) })}
    /></label>
    ${
      problem
        ? html`<p class="problem" id=${`${id}-problem`}>${text.dateProblems[problem]}</p>`
        : nothing
    }
    <label class="choice"
      ><input
        type="checkbox"
        name=${`${id}-closed`}
        .checked=${exception.ranges.length === 0}
        @change=${(event: Event) =>
          set({ ranges: (event.target as HTMLInputElement).checked ? [] : [NEW_RANGE] })}
      />
      ${text.dateClosed}</label
    >
    ${
      exception.ranges.length
        ? rangesView(id, text.dateEntry(index + 1), exception.ranges, text, (ranges) =>
            set({ ranges }),
          )
        : nothing
    }
    <button
      type="button"
      class="small"
      @click=${() => update({ ...form, exceptions: removed(form.exceptions, index) })}
    >
      ${text.removeDate(index + 1)}
    </button>
  </fieldset>`;
}

/** The whole form; `offerUnset` when the data says nothing of holidays (so may the form). */
export function hoursFormView(form: HoursForm, offerUnset: boolean, text: Text, update: Update) {
  return html`${form.week.map((_, day) => dayView(form, day, text, update))}
    ${holidaysView(form, offerUnset, text, update)}
    <fieldset class="dates">
      <legend>${text.datesLegend}</legend>
      ${form.exceptions.map((_, index) => exceptionView(form, index, text, update))}
      <button
        type="button"
        class="small"
        @click=${() =>
          update({ ...form, exceptions: [...form.exceptions, { from: '', to: '', ranges: [] }] })}
      >
        ${text.addDate}
      </button>
    </fieldset>`;
}
