import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative URLs, so the built app works from any folder (the tests serve it from a sub-path).
  base: './',
});
