import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// `vite build` writes web/dist, the folder `gradfit serve` serves by default (docs/API.md, "The UI").
// `vite` (npm run dev) proxies the API to a server started with `gradfit serve --port 8080`.
export default defineConfig({
  plugins: [preact()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
