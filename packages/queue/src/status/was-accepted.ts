/** Whether the provider took this recipient's message: no error and not a `failed` status. */
export function wasAccepted(message: { error?: unknown; status: string } | undefined): boolean {
  return message !== undefined && message.error === undefined && message.status !== 'failed';
}
