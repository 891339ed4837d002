import type { Plugin } from 'esbuild';

export function lazyListeners(source: string): string | null;
export const lazyListenersPlugin: Plugin;
