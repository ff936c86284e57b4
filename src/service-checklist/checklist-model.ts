import { textIn, type LocalizedText } from '../core/localized-text.js';
import type { ChecklistAnswers } from './checklist-storage.js';
import type { Requirement, Service } from './catalog.js';

/** Requirements that apply only under one condition, with the visitor's answer to it. */
export interface ConditionGroup {
  /** Stable key of the condition (the id of its first requirement), stored with the answers. */
  key: string;
  condition: LocalizedText;
  items: Requirement[];
}

export interface ChecklistLayout {
  /** Documents everyone brings (required and optional). */
  documents: Requirement[];
  /** Eligibility conditions (`form: "syarat"`): notes, never checkboxes. */
  eligibility: Requirement[];
  conditional: ConditionGroup[];
}

export function layOut(service: Service): ChecklistLayout {
  const layout: ChecklistLayout = { documents: [], eligibility: [], conditional: [] };
  for (const item of service.requirements) {
    // Optional documents never count, so asking whether their condition applies would be
    // pointless: they stay in the main list with the condition shown as a note.
    if (item.form === 'syarat') layout.eligibility.push(item);
    else if (!item.condition || item.optional) layout.documents.push(item);
    else {
      const text = textIn(item.condition, 'id');
      const group = layout.conditional.find(
        (candidate) => textIn(candidate.condition, 'id') === text,
      );
      if (group) group.items.push(item);
      else layout.conditional.push({ key: item.id, condition: item.condition, items: [item] });
    }
  }
  return layout;
}

/** Required documents that apply to this visitor (optional ones and conditions that don't apply excluded). */
export function countedItems(layout: ChecklistLayout, answers: ChecklistAnswers): Requirement[] {
  const applying = layout.conditional.filter((group) => answers.applies.includes(group.key));
  return [...layout.documents, ...applying.flatMap((group) => group.items)].filter(
    (item) => !item.optional,
  );
}

export function progressOf(layout: ChecklistLayout, answers: ChecklistAnswers) {
  const counted = countedItems(layout, answers);
  const done = counted.filter((item) => answers.checked.includes(item.id)).length;
  return { done, total: counted.length };
}

/** Answers reduced to what exists in this version of the service (ticks of removed items are dropped). */
export function answersFor(service: Service, answers: ChecklistAnswers): ChecklistAnswers {
  const ids = new Set(service.requirements.map((item) => item.id));
  const keys = new Set(layOut(service).conditional.map((group) => group.key));
  return {
    checked: answers.checked.filter((id) => ids.has(id)),
    applies: answers.applies.filter((key) => keys.has(key)),
  };
}

/**
 * The answers after the visitor ticks or unticks the document `id`. Ticking a document listed
 * under a case ("If the applicant is under 17") says the case is the visitor's: the case is
 * marked as applying too, so the tick counts at once instead of changing nothing. Unticking
 * never unmarks it (the other documents of the case still count).
 */
export function tick(
  layout: ChecklistLayout,
  answers: ChecklistAnswers,
  id: string,
  ticked: boolean,
): { answers: ChecklistAnswers; conditionMarked: boolean } {
  const checked = answers.checked.filter((item) => item !== id);
  const group = layout.conditional.find((candidate) =>
    candidate.items.some((item) => item.id === id),
  );
  const conditionMarked = Boolean(ticked && group && !answers.applies.includes(group.key));
  return {
    answers: {
      checked: ticked ? [...checked, id] : checked,
      applies: conditionMarked ? [...answers.applies, group!.key] : answers.applies,
    },
    conditionMarked,
  };
}
