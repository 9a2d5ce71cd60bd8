/** Polls `check` every 20 ms until it holds; fails with `failure` after `withinMs`. */
export async function until(check: () => boolean | Promise<boolean>, withinMs = 5000, failure = 'never happened'): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((r) => setTimeout(r, 20));
  }
}
