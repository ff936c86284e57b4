// `import 'mpp-widgets'`: registers every element.
export * from './queue-badge/index.js';
