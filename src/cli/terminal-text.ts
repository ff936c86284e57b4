// Text from a document or a file name reaches a terminal only through here: an escape
// sequence in the data ("\u001b[2J" clears the screen, "\u001b]0;…" sets the window title) or a
// newline ("…\n✓ valid") must show as text, never act or forge a line.

// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a line seems to say.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as an escape (`\n`, `\u001b`). */
export function escapeControls(text: string): string {
  return text.replace(
    UNSAFE,
    (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
