import type { Plugin } from 'vite';
export function demoService(url?: string): Plugin;
