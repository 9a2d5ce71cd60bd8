import type { Logger } from 'pino';

/**
 * Runs a background task every `intervalMs` (0: never), and at once when `runNow`. A run that fails
 * is logged and the next one tries again; a run still going when the next is due is not doubled.
 * Returns the function that stops it. The timer never keeps the process alive.
 */
export function runPeriodically(task: () => Promise<unknown>, options: { intervalMs: number; runNow?: boolean; logger: Logger; failure: string }): () => void {
  if (!options.intervalMs) return () => undefined;
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    task()
      .catch((err: unknown) => options.logger.warn({ err }, options.failure))
      .finally(() => (running = false));
  };
  if (options.runNow) tick();
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

export interface PeriodicSchedule {
  intervalMs: number;
  runNow?: boolean;
  /** What the log says when a run fails. */
  failure: string;
}

/**
 * A background job of the api: `run` every `schedule().intervalMs` from bootstrap until shutdown
 * (see runPeriodically). Tests call `run` directly.
 */
export abstract class PeriodicJob {
  private stop = () => {};
  protected abstract readonly logger: Logger;

  protected abstract schedule(): PeriodicSchedule;

  abstract run(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.stop = runPeriodically(() => this.run(), { ...this.schedule(), logger: this.logger });
  }

  onApplicationShutdown(): void {
    this.stop();
  }
}
