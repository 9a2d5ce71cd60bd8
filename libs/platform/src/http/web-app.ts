import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/** Paths the api answers itself; everything else that asks for a page gets the web app. */
const API_PATHS = ['/graphql', '/health', '/openreferral', '/evidence-documents', '/reports', '/dev', '/listings/confirm'];

/**
 * Serves the built web app (dist/web) from the api's own origin: hashed assets cached for a year,
 * and index.html, never cached, for every client-side route (/activities/…, /connections…).
 */
export function webApp(webDir: string, logger: Logger) {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ webDir }, 'the web app is not built (npm run build:web): only the api is served');
    return [];
  }
  const assets = express.static(webDir, {
    index: false,
    setHeaders: (response, file) => {
      response.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    },
  });
  const pages = (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || API_PATHS.some((p) => request.path === p || request.path.startsWith(`${p}/`))) return next();
    if (!request.accepts('html')) return next();
    response.setHeader('cache-control', 'no-cache');
    // Read each time (a few hundred bytes, from the page cache): a rebuild never leaves a stale page.
    response.type('html').send(fs.readFileSync(index));
  };
  return [assets, pages];
}
