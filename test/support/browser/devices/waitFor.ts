/** Polls `read` until `accept` holds for what it answers, or fails after `timeoutMs` saying what it last saw. */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  options: { timeoutMs?: number; intervalMs?: number; what?: string; describe?: (value: T) => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > until) {
      const seen = options.describe ? options.describe(value) : JSON.stringify(value).slice(0, 2_000);
      throw new Error(`${options.what ?? 'condition'}: not met after ${timeoutMs} ms; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
}
