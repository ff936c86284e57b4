/**
 * Printing "just the checklist": while the print dialog is open, a document-level sheet
 * hides everything on the page but the element being printed. The sheet is constructed
 * (no <style> element, so strict CSP allows it) and removed after printing: the host page
 * keeps no CSS of ours.
 */
let printSheet: CSSStyleSheet | undefined;

export function printOnly(element: HTMLElement): void {
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(`@media print {
    body * { visibility: hidden !important; }
    [data-mpp-printing], [data-mpp-printing] * { visibility: visible !important; }
    [data-mpp-printing] { position: absolute !important; inset-block-start: 0; inset-inline-start: 0; inline-size: 100%; }
  }`);
  const sheet = printSheet;
  element.setAttribute('data-mpp-printing', '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const cleanUp = () => {
    element.removeAttribute('data-mpp-printing');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}
