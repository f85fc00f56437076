import type { Plugin } from 'vite';
export function minifyTemplates(source: string): string;
export function minifyTemplatesPlugin(): Plugin;
export function minifyTemplatesEsbuild(): { name: string; setup(build: unknown): void };
