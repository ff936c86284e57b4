import type { Plugin } from 'vite';
export function minifyHtmlLiterals(): Plugin;
