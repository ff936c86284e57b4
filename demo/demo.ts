// The sample Pemda page: language toggle, Indonesian unless ?lang=en.
import { setLanguage, watchLanguageToggle } from './language-toggle.js';

watchLanguageToggle();
setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id');
