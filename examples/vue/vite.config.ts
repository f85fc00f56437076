import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <blog-…> tags are custom elements, not Vue components: Vue creates them as they are and
      // sets their properties (`:likes="…"`) and listens to their events (`@blog-like="…"`).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('blog-') } },
    }),
  ],
  // Relative URLs, so the built app works from any folder (the tests serve it from a sub-path).
  base: './',
});
