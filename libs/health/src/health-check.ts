/** A dependency that /health reports on. Each feature registers its own. */
export interface HealthCheck {
  name: string;
  /** `starting`: working but not yet ready to answer correctly (e.g. the search index still catching up). */
  check(): Promise<Record<string, unknown> & { status: 'up' | 'down' | 'starting' }>;
}

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
