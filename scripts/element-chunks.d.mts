import type { Plugin } from 'vite';

export function elementChunks(entry: string): {
  plugin: Plugin;
  codeSplitting: { groups: { name: (id: string) => string | null }[] };
};
