import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthCheck } from './health-check';

@Injectable()
export class DatabaseHealth implements HealthCheck {
  readonly name = 'postgres';
  constructor(private readonly dataSource: DataSource) {}

  async check() {
    const started = Date.now();
    const [{ version }] = await this.dataSource.query('SHOW server_version');
    return { status: 'up' as const, version, latencyMs: Date.now() - started };
  }
}
