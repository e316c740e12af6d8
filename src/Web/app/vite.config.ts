import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // The server embeds what is built here; a stale file must not survive a rebuild.
    emptyOutDir: true,
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  resolve: {
    alias: [
      // DKFDS exports only its script; its stylesheet, fonts and icons are files in its dist folder.
      { find: /^dkfds\/dist\/(.*)$/, replacement: fileURLToPath(new URL('./node_modules/dkfds/dist/$1', import.meta.url)) },
    ],
  },
});
