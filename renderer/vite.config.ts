import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig(({ command }) => {
  // Without NODE_ENV, this Vite builds React's development runtime and JSX (several times slower to render).
  if (command === 'build') process.env.NODE_ENV ??= 'production';
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    plugins: [react()],
    build: {
      outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
      emptyOutDir: true,
      sourcemap: false,
      // Served from disk or loopback, one bundle loads fastest; splitting it would only add round trips.
      chunkSizeWarningLimit: 1000,
    },
  };
});
