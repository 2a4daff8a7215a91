/** Polls until `probe` returns a value, or fails after `timeoutMs` naming what it waited for. */
export async function waitUntil<Value>(
  what: string,
  probe: () => Promise<Value | undefined>,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<Value> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
