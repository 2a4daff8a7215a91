/** Copies the defined values onto the target, so optional fields are absent rather than `undefined`. */
export function assignDefined<Target extends object>(target: Target, values: Partial<Target>): Target {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
