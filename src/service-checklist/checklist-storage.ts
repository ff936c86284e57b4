/** What a visitor has said on a checklist: ticked requirement ids, conditions that apply. */
export interface ChecklistAnswers {
  checked: string[];
  applies: string[];
}

interface StoredAnswers extends ChecklistAnswers {
  /** Catalogue version the answers were given for (kept across versions for items that remain). */
  version: string;
}

/** Answers kept in memory for this page when storage is unavailable, full or throwing. */
const inMemory = new Map<string, StoredAnswers>();

const empty = (): ChecklistAnswers => ({ checked: [], applies: [] });

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Saves and restores a checklist's answers under one key in `localStorage`. Any storage
 * failure (private mode, quota, a blocked `localStorage` getter) falls back to memory: the
 * checklist keeps working and nothing the visitor ticked is lost for this page view.
 */
export class ChecklistStorage {
  constructor(
    private readonly key: string,
    private readonly persist: boolean,
  ) {}

  /** This page's latest answers first (storage may have refused them), then the saved ones. */
  load(): ChecklistAnswers {
    const remembered = inMemory.get(this.key);
    if (remembered || !this.persist) return remembered ?? empty();
    try {
      const raw = localStorage.getItem(this.key);
      if (raw === null) return empty();
      const stored = JSON.parse(raw) as Partial<StoredAnswers>;
      const answers = {
        checked: isStringArray(stored.checked) ? stored.checked : [],
        applies: isStringArray(stored.applies) ? stored.applies : [],
      };
      inMemory.set(this.key, { version: String(stored.version ?? ''), ...answers });
      return answers;
    } catch {
      return empty();
    }
  }

  save(answers: ChecklistAnswers, version: string): void {
    const stored: StoredAnswers = { version, ...answers };
    inMemory.set(this.key, stored);
    if (!this.persist) return;
    try {
      localStorage.setItem(this.key, JSON.stringify(stored));
    } catch {
      // Kept in memory above.
    }
  }
}
