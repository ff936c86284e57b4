import type { Plugin } from 'vite';

export const PRELOAD_GRAPH_PLACEHOLDER: string;
export function preloadGraph(
  loader: string,
  elements: Record<string, { module: string; bundledData?: string; alwaysLoads?: string[] }>,
): Plugin;
