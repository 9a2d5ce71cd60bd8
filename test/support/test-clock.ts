import { Clock } from '@app/common';

/** A clock a test moves by hand: real time plus an offset. */
export class TestClock implements Clock {
  private offsetMs = 0;

  now = (): Date => new Date(Date.now() + this.offsetMs);

  /** Moves time on (or back) by whole days. */
  travelDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
