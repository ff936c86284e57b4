// The demo pages' language toggle: switches <html lang> (which the widgets follow by
// themselves) and the page's own texts, kept in data-id / data-en attributes.
export type PageLanguage = 'id' | 'en';

const listeners: ((language: PageLanguage) => void)[] = [];

function toggle(): HTMLButtonElement {
  return document.getElementById('language-toggle') as HTMLButtonElement;
}

export function setLanguage(language: PageLanguage): void {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-id]')) {
    element.textContent = element.dataset[language] ?? '';
  }
  const button = toggle();
  button.textContent = language === 'id' ? 'English' : 'Bahasa Indonesia';
  button.setAttribute('aria-pressed', String(language === 'en'));
  button.lang = language === 'id' ? 'en' : 'id';
  for (const listener of listeners) listener(language);
}

/** Wires the toggle button; `onChange` also hears every later switch. */
export function watchLanguageToggle(onChange?: (language: PageLanguage) => void): void {
  if (onChange) listeners.push(onChange);
  toggle().addEventListener('click', () =>
    setLanguage(document.documentElement.lang === 'id' ? 'en' : 'id'),
  );
}
