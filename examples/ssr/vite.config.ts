import { defineConfig } from 'vite';

/** The client bundle only (the server renders the HTML): dist/assets/client.js and its chunks. */
export default defineConfig({
  build: {
    rolldownOptions: {
      input: 'src/client.ts',
      output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name]-[hash].js' },
    },
  },
});
