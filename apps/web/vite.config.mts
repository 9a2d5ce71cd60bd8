import * as path from 'node:path';
import { defineConfig } from 'vite';

/** Where the api listens in development (`npm run start:dev` proxies the api's paths to it). */
const API = process.env.API_URL ?? 'http://127.0.0.1:3000';
const API_PATHS = ['/graphql', '/health', '/openreferral', '/evidence-documents', '/reports', '/dev', '/listings/confirm'];

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  resolve: {
    // nhsuk-frontend's icons, bundled from the package (its styles look for them under this prefix).
    alias: { '@nhsuk-images': path.resolve(import.meta.dirname, '../../node_modules/nhsuk-frontend/dist/nhsuk/assets/images') },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // The search page must stay small: the map (Leaflet) is split out and loaded only when opened.
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      // Vite's own CSS step is most of the build's time (nhsuk-frontend's styles): nothing to act on.
      checks: { bundlerTimings: false },
      // react-router marks its entry "use client" for React Server Components, which this app does not use.
      onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : handler(level, log)),
      // React and the router change less often than the app: their own chunk stays cached across releases.
      output: { codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }] } },
    },
  },
  css: {
    preprocessorOptions: {
      scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div', 'if-function'] },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: API, changeOrigin: false }])),
  },
});
