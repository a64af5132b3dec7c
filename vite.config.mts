import { defineConfig } from 'vite';

// Builds the renderer only. React's JSX is compiled by esbuild (automatic runtime); no plugin needed.
export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // No inline scripts or eval in the output: the CSP forbids both.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // pdf.js is most of the bundle; it is loaded from disk, never over a network.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-pdf marks its modules 'use client' for React Server Components; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
