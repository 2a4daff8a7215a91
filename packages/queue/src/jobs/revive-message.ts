function reviveSendAt<Value>(value: Value): Value {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return (typeof record.sendAt === 'string' ? { ...record, sendAt: new Date(record.sendAt) } : value) as Value;
}

/** Turns a message read back from Redis into what the client takes: `sendAt` is a `Date` again. */
export function reviveMessage(message: unknown): unknown {
  return Array.isArray(message) ? message.map(reviveSendAt) : reviveSendAt(message);
}
