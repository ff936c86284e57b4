import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { render } from 'lit';
import manifest from '../dist/custom-elements.json';
import { installStoryFeeds } from '../stories/support/story-feeds.ts';

setCustomElementsManifest(manifest);
installStoryFeeds();

/** A language switch in the toolbar: sets `lang` around every story. */
export const globalTypes = {
  locale: {
    description: 'Language of the widgets',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: 'id', title: 'Bahasa Indonesia' },
        { value: 'en', title: 'English' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { locale: 'id' };

export const decorators = [
  (story, context) => {
    // A story may pin its language (args.lang); otherwise the toolbar decides.
    const lang = context.args.lang || context.globals.locale || 'id';
    const wrapper = document.createElement('div');
    wrapper.lang = lang;
    wrapper.style.maxWidth = '40rem';
    wrapper.style.fontFamily = 'system-ui, sans-serif';
    const result = story();
    if (result instanceof Node) wrapper.append(result);
    else render(result, wrapper);
    return wrapper;
  },
];

export const parameters = {
  controls: { expanded: true },
  docs: { toc: true },
};

export const tags = ['autodocs'];
