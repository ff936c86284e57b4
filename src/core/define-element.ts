/**
 * Registers a custom element once. The npm copy and the CDN copy of the library (or the
 * same script tag pasted twice) may both try to define a name: the first wins, quietly.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
}
