import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://blindcopy/ (and from 127.0.0.1 in tests): absolute asset
// paths work for both. No inline scripts are emitted, so the strict CSP holds.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
});
