/**
 * Runs a user hook and swallows anything it throws or rejects with: observers must never break a send.
 * Returns the hook's answer, or `undefined` when it failed.
 */
export async function callHook<Event, Answer>(
  hook: ((event: Event) => Answer | Promise<Answer>) | undefined,
  event: Event,
): Promise<Answer | undefined> {
  if (hook === undefined) return undefined;
  try {
    return await hook(event);
  } catch {
    return undefined;
  }
}
