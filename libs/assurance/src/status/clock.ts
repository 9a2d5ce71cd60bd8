/** Time, injectable so tests can move it (e.g. to see an assurance lapse). */
export const CLOCK = Symbol('CLOCK');
export interface Clock {
  now: () => Date;
}
export const systemClock: Clock = { now: () => new Date() };
