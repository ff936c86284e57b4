// Copying a snippet from the demo tools (configurator, profile editor). Without clipboard access
// (an insecure page, a refusal) the snippet is selected instead, so that Ctrl+C / a long press
// copies it.

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
