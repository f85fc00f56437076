import { defineConfig } from 'vite';

/** The client bundle only (the server renders the HTML): dist/assets/client.js and its chunks. */
export default defineConfig({
  build: {
    rolldownOptions: {
      input: 'src/client.ts',
      output: {
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        // Lit's hydrate support must run before LitElement's module does. The elements' lazy
        // chunks share Lit, so the bundler moves Lit into a chunk of its own, which runs before
        // the entry's own code (where the hydrate support would otherwise land): Lit would then
        // never see it, and every element would render again in front of the server's nodes.
        // One chunk for both keeps the order of the imports in client.ts.
        codeSplitting: {
          groups: [
            { name: 'lit', test: /node_modules[\\/](?:lit|lit-html|lit-element|@lit|@lit-labs[\\/]ssr-client)[\\/]/ },
          ],
        },
      },
    },
  },
});
