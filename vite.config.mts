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
  },
});
