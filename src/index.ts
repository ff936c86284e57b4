// `import 'mpp-widgets'`: registers every element.
export * from './queue-badge/index.js';
export * from './service-checklist/index.js';
export * from './finder/index.js';
