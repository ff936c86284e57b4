/** What a visitor has said on a checklist: ticked requirement ids, conditions that apply. */
export interface ChecklistAnswers {
  checked: string[];
  applies: string[];
}

interface StoredAnswers extends ChecklistAnswers {
  /** Catalogue version the answers were given for (kept across versions for items that remain). */
  version: string;
}

/** Every key the checklist writes starts with this: it never touches another script's data. */
export const STORAGE_PREFIX = 'mpp-checklist:';

/** Longest `storage-key` name kept (the rest is cut): a key is not a place for a document. */
const MAX_NAME_LENGTH = 100;

/** Answers kept in memory for this page when storage is unavailable, full or throwing. */
const inMemory = new Map<string, StoredAnswers>();

const empty = (): ChecklistAnswers => ({ checked: [], applies: [] });

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** 32-bit FNV-1a as 8 hex digits: short, stable, enough to tell catalogues on one origin apart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export interface StorageIdentity {
  /** The `storage-key` attribute (may be empty). */
  name: string;
  service: string;
  /** Where the catalogue comes from: its resolved URL, `inline` or `bundled`. */
  catalogue: string;
}

/**
 * `mpp-checklist:<catalogue hash>:<name or service>`. Whatever `storage-key` says, the key
 * stays inside the prefix (a published shortcode cannot overwrite another script's data), and
 * two catalogues on one origin (two agencies' pages on one government domain) never share ticks.
 */
export function storageKeyFor({ name, service, catalogue }: StorageIdentity): string {
  const own = name.trim().slice(0, MAX_NAME_LENGTH) || service.trim();
  return `${STORAGE_PREFIX}${shortHash(catalogue)}:${own}`;
}

/** The key releases up to 0.1 used: `storage-key` as written, else `mpp-checklist:<service>`. */
function legacyKeyFor({ name, service }: StorageIdentity): string {
  return name || `${STORAGE_PREFIX}${service}`;
}

/** A stored value, only when it has exactly the shape this checklist writes. */
function readStored(raw: string | null): StoredAnswers | undefined {
  if (raw === null) return undefined;
  try {
    const stored = JSON.parse(raw) as Partial<StoredAnswers> | null;
    if (
      stored &&
      typeof stored.version === 'string' &&
      isStringArray(stored.checked) &&
      isStringArray(stored.applies)
    ) {
      return { version: stored.version, checked: stored.checked, applies: stored.applies };
    }
  } catch {
    // Not ours.
  }
  return undefined;
}

/**
 * Saves and restores a checklist's answers under one prefixed key in `localStorage`. Any
 * storage failure (private mode, quota, a blocked `localStorage` getter) falls back to memory:
 * the checklist keeps working and nothing the visitor ticked is lost for this page view.
 */
export class ChecklistStorage {
  private readonly key: string;

  constructor(
    private readonly identity: StorageIdentity,
    private readonly persist: boolean,
  ) {
    this.key = storageKeyFor(identity);
  }

  /** This page's latest answers first (storage may have refused them), then the saved ones. */
  load(): ChecklistAnswers {
    const remembered = inMemory.get(this.key);
    if (remembered || !this.persist) return remembered ?? empty();
    try {
      const stored = readStored(localStorage.getItem(this.key)) ?? this.migrate();
      if (!stored) return empty();
      inMemory.set(this.key, stored);
      return { checked: stored.checked, applies: stored.applies };
    } catch {
      return empty();
    }
  }

  /**
   * Saves the answers; no answers at all removes the saved entry, so "Clear all ticks" leaves
   * nothing behind on a shared computer (an MPP kiosk, a warnet).
   */
  save(answers: ChecklistAnswers, version: string): void {
    const stored: StoredAnswers = { version, ...answers };
    inMemory.set(this.key, stored);
    if (!this.persist) return;
    try {
      if (answers.checked.length === 0 && answers.applies.length === 0) {
        localStorage.removeItem(this.key);
      } else {
        localStorage.setItem(this.key, JSON.stringify(stored));
      }
    } catch {
      // Kept in memory above.
    }
  }

  /**
   * Ticks saved by an earlier release under the old key move to the new one, once. Only a
   * value of exactly the checklist's own shape is moved (and then removed): any other key a
   * `storage-key` happens to name is never read into the list, changed or removed.
   */
  private migrate(): StoredAnswers | undefined {
    const legacyKey = legacyKeyFor(this.identity);
    if (legacyKey === this.key) return undefined;
    const stored = readStored(localStorage.getItem(legacyKey));
    if (!stored) return undefined;
    localStorage.setItem(this.key, JSON.stringify(stored));
    localStorage.removeItem(legacyKey);
    return stored;
  }
}
