import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response: a Content-Security-Policy suited to the web app (own scripts
 * and styles only; map tiles from the configured host), no framing, no referrer to other sites, and
 * HSTS when the request came over HTTPS.
 */
export function securityHeaders(options: { tileOrigins: string[] }) {
  const policy = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...options.tileOrigins],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.secure) response.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    policy(request, response, next);
  };
}
