import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  // Relative URLs, so the built app works from any folder (the tests serve it from a sub-path).
  base: './',
});
