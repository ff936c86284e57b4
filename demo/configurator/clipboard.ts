// Copying a snippet from the demo tools (configurator, profile editor). Without clipboard access
// (an insecure page, a refusal) the snippet is selected instead, so that Ctrl+C / a long press
// copies it.
import { html, type ReactiveControllerHost } from 'lit';

/** Writes `text` to the clipboard; else selects `fallback`'s text. Resolves with what happened. */
export async function copyOrSelect(
  text: string,
  fallback: Element | null,
): Promise<'copied' | 'selected'> {
  const written = await navigator.clipboard
    ?.writeText(text)
    .then(() => true)
    .catch(() => false);
  if (written) return 'copied';
  if (fallback) getSelection()?.selectAllChildren(fallback);
  return 'selected';
}

export interface CopyWords {
  copy: string;
  copied: string;
  selected: string;
}

/**
 * The "Salin" buttons of a page of snippets: each says whether its snippet was copied or only
 * selected, until the page's choices change (`reset`). The snippet's `<code>` is found inside
 * `.snippet[data-kind=…]` of the host.
 */
export class SnippetCopyButtons {
  private outcome = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** The snippets changed: every button says "Salin" again. */
  reset(): void {
    if (!this.outcome) return;
    this.outcome = '';
    this.host.requestUpdate();
  }

  button(kind: string, snippet: string, words: CopyWords) {
    const label =
      this.outcome === kind
        ? words.copied
        : this.outcome === `${kind}:selected`
          ? words.selected
          : words.copy;
    return html`<button type="button" class="copy" @click=${() => this.copy(kind, snippet)}>
      ${label}
    </button>`;
  }

  private async copy(kind: string, snippet: string): Promise<void> {
    const code = this.host.querySelector(`.snippet[data-kind="${kind}"] code`);
    const outcome = await copyOrSelect(snippet, code);
    this.outcome = outcome === 'copied' ? kind : `${kind}:selected`;
    this.host.requestUpdate();
  }
}
