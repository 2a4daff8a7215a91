/**
 * Runs `run` through a user's around-hook (a tracer's context, say) without ever letting the hook change what
 * is sent: `run` starts at most once, and is started here if the hook threw or never called it. What the hook
 * returns is ignored: the attempt's own result or error is what the caller gets.
 */
export async function callAroundHook<Event, Result>(
  hook: ((event: Event, run: () => Promise<Result>) => Promise<Result>) | undefined,
  event: Event,
  run: () => Promise<Result>,
): Promise<Result> {
  if (hook === undefined) return run();
  let started: Promise<Result> | undefined;
  const once = (): Promise<Result> => {
    if (started === undefined) {
      started = run();
      // Handled here so that a hook that drops the promise raises no unhandled rejection; the caller still gets it.
      started.catch(() => undefined);
    }
    return started;
  };
  try {
    await hook(event, once);
  } catch {
    // The hook's own failure, or the attempt's error passed through it: `once()` below tells them apart.
  }
  return once();
}
