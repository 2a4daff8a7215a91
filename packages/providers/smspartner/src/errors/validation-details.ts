function fieldName(elementId: unknown): string | undefined {
  if (typeof elementId !== 'string' || elementId === '') return undefined;
  // Symfony form paths such as `children[phoneNumbers].data` name the request field in brackets.
  const match = /children\[([^\]]+)\]/.exec(elementId);
  return match?.[1] ?? elementId;
}

function describeItem(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  if (typeof item !== 'object' || item === null) return undefined;
  const { elementId, message } = item as { elementId?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : undefined;
  const field = fieldName(elementId);
  if (text === undefined) return field;
  return field === undefined ? text : `${field}: ${text}`;
}

/**
 * The validation problems of an SMS Partner answer, one per item, from `errors` (English pages) or
 * `error` (French pages and older answers): both spellings occur.
 */
export function validationDetails(body: Readonly<Record<string, unknown>>): string[] {
  const details: string[] = [];
  for (const key of ['errors', 'error'] as const) {
    const list = body[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const detail = describeItem(item);
      if (detail !== undefined) details.push(detail);
    }
  }
  return details;
}
