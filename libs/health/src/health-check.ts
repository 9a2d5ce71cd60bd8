/** A dependency that /health reports on. Each feature registers its own. */
export interface HealthCheck {
  name: string;
  check(): Promise<Record<string, unknown> & { status: 'up' | 'down' }>;
}

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
