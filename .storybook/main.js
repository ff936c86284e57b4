/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    // Storybook reads the project's vite.config.ts: drop its library-mode settings, which
    // would otherwise make the Storybook build produce no index.html.
    delete config.build?.lib;
    delete config.build?.rolldownOptions;
    return { ...config, build: { ...config.build, emptyOutDir: false } };
  },
};
