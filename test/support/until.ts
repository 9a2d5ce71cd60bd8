import { sleep } from '@app/common';

/**
 * Polls `check` every `everyMs` until it holds; after `withinMs` fails with `failure`, which may be
 * worked out only then (a process's output so far, say).
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  withinMs = 5000,
  failure: string | (() => string) = 'never happened',
  everyMs = 20,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(typeof failure === 'string' ? failure : failure());
    await sleep(everyMs);
  }
}
