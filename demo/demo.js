// The demo page's language toggle: switches <html lang> (which the widgets follow by
// themselves) and the page's own texts, kept in data-id / data-en attributes.
const toggle = document.getElementById('language-toggle');

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-id]')) {
    element.textContent = element.dataset[lang];
  }
  toggle.textContent = lang === 'id' ? 'English' : 'Bahasa Indonesia';
  toggle.setAttribute('aria-pressed', String(lang === 'en'));
  toggle.lang = lang === 'id' ? 'en' : 'id';
}

const initial = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id';
setLanguage(initial);
toggle.addEventListener('click', () =>
  setLanguage(document.documentElement.lang === 'id' ? 'en' : 'id'),
);
