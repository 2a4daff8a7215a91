/**
 * The gateway's JSON keys are camelCase on the wire, but its own docs print PascalCase and an SDK shipped
 * lower case: a record is read with its keys lower-cased, so `messageId`, `MessageId` and `messageid` are
 * all read as `messageid`. Returns `undefined` for anything that is not a plain object.
 */
export function lowerCaseKeys(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const name = key.toLowerCase();
    // The first spelling wins, so a stray duplicate key with a null value does not hide a real one.
    if (!(name in record) || record[name] === null || record[name] === undefined) record[name] = field;
  }
  return record;
}
