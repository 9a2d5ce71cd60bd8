import { DynamicModule, Global, Module } from '@nestjs/common';

/** Time, injected everywhere "now" is needed, so tests can move it (e.g. to see an assurance lapse). */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now: () => Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Provides the one clock to every feature. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = systemClock): DynamicModule {
    return { module: ClockModule, providers: [{ provide: CLOCK, useValue: clock }], exports: [CLOCK] };
  }
}
