/** Calls an observer hook; what it throws is dropped, so observing never changes what the queue does. */
export function callHookSafely<Event, Answer>(
  hook: ((event: Event) => Answer) | undefined,
  event: Event,
): Answer | undefined {
  if (hook === undefined) return undefined;
  try {
    return hook(event);
  } catch {
    return undefined;
  }
}
