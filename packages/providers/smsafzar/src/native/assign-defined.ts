/** Copies the defined values onto the target, so optional fields are absent rather than `undefined`. */
export function assignDefined<Target extends object>(target: Target, values: Partial<Target>): Target {
  // A for…in loop: this runs for every field of every answer, and Object.entries would allocate per call.
  for (const key in values) {
    const value = (values as Record<string, unknown>)[key];
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
