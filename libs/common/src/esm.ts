/**
 * Loads an ESM-only package from our CommonJS build. TypeScript would turn a plain `import()` into
 * `require()`, which cannot load ESM, so the call is kept as written.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the one way to keep a real import() in CommonJS output
export const importEsm = new Function('specifier', 'return import(specifier)') as <T = any>(specifier: string) => Promise<T>;
