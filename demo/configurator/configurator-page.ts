// The configurator page: its language toggle drives both the page texts and the configurator.
import './snippet-configurator.js';
import type { SnippetConfigurator } from './snippet-configurator.js';
import { setLanguage, watchLanguageToggle } from '../language-toggle.js';

const configurator = document.querySelector<SnippetConfigurator>('snippet-configurator')!;
watchLanguageToggle((language) => {
  configurator.language = language;
});
setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id');
