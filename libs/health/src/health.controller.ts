import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/access';
import { HEALTH_CHECKS, HealthCheck } from './health-check';

@Controller()
export class HealthController {
  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  /** 200 when every dependency is up; 503 "starting" while one is catching up, 503 "degraded" when one is down; the body says which. */
  @Public()
  @Get('health')
  async health(@Res() response: Response): Promise<void> {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        try {
          return [c.name, await c.check()] as const;
        } catch (error) {
          return [c.name, { status: 'down' as const, error: (error as Error).message }] as const;
        }
      }),
    );
    const status = results.some(([, r]) => r.status === 'down') ? 'degraded' : results.some(([, r]) => r.status === 'starting') ? 'starting' : 'ok';
    response.status(status === 'ok' ? 200 : 503).json({ status, dependencies: Object.fromEntries(results) });
  }
}
