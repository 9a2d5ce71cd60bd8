import * as path from 'node:path';
import { defineConfig } from 'vite';

/** Where the api listens in development (`npm run start:dev` proxies the api's paths to it). */
const API = process.env.API_URL ?? 'http://127.0.0.1:3000';
const API_PATHS = ['/graphql', '/health', '/openreferral', '/evidence-documents', '/reports', '/dev', '/listings/confirm'];

export default defineConfig({
  root: __dirname,
  base: '/',
  resolve: {
    // nhsuk-frontend's icons, bundled from the package (its styles look for them under this prefix).
    alias: { '@nhsuk-images': path.resolve(__dirname, '../../node_modules/nhsuk-frontend/dist/nhsuk/assets/images') },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // The search page must stay small: the map (Leaflet) is split out and loaded only when opened.
    chunkSizeWarningLimit: 300,
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'mixed-decls', 'slash-div', 'if-function'] },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: API, changeOrigin: false }])),
  },
});
