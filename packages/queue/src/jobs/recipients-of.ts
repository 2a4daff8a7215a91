/** Every recipient a job's message names, in order: what is in flight while its request is out. */
export function recipientsOf(message: unknown): string[] {
  if (Array.isArray(message)) return message.map((entry) => String((entry as { to: unknown }).to));
  const to = (message as { to: unknown }).to;
  return Array.isArray(to) ? to.map(String) : [String(to)];
}
