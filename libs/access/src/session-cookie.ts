import type { Request, Response } from 'express';
import { UnauthenticatedError } from '@app/common';
import { RequestWithViewer } from './viewer';

/** The browser session: HttpOnly (scripts cannot read it), SameSite=Strict, Secure over HTTPS. */
export const SESSION_COOKIE = 'session';

export interface PresentedToken {
  token: string;
  via: 'bearer' | 'cookie';
}

/** The token a request carries: a Bearer header (integrations) wins over the session cookie (browsers). */
export function presentedToken(request: RequestWithViewer): PresentedToken | undefined {
  const header = request.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  if (value) {
    const match = /^Bearer\s+(\S+)$/i.exec(value);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    return { token: match[1], via: 'bearer' };
  }
  const cookie = request.cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

export function setSessionCookie(request: Request, response: Response, token: string, expiresAt: Date): void {
  response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/' });
}

/** The same, from the guard, which holds only the request's view of its response. */
export function clearSessionCookieOn(response: NonNullable<RequestWithViewer['res']>): void {
  response.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict`);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A cookie travels with any request the browser makes, so a state-changing request that relies on it
 * must come from our own pages: Sec-Fetch-Site (or, from older browsers, Origin) says where it came from.
 */
export function isCrossSiteWrite(request: RequestWithViewer & { get?(name: string): string | undefined; host?: string }): boolean {
  if (SAFE_METHODS.has((request.method ?? 'GET').toUpperCase())) return false;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers['origin'];
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== request.headers['host'];
  } catch {
    return true;
  }
}
