import type { Plugin } from 'vite';

export const WORKER_SOURCE_QUERY: string;
export function sourceFile(file: string): string;
export function bundleWorkerSource(file: string): Promise<{ module: string; inputs: string[] }>;
export function viteWorkerSource(): Plugin;
