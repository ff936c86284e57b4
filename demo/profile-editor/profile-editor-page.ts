// The profile editor page: the page toggle drives the page texts and the editor, as on the
// configurator page; `?mpp=mpp-3203` opens that MPP.
import './profile-editor.js';
import { setLanguage, watchLanguageToggle } from '../language-toggle.js';

const editor = document.querySelector('profile-editor')!;
const params = new URLSearchParams(location.search);
editor.mpp = params.get('mpp') ?? '';
watchLanguageToggle((language) => {
  editor.language = language;
});
setLanguage(params.get('lang') === 'en' ? 'en' : 'id');
