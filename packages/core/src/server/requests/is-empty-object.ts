/** `{}`: what Express 4's body parsers leave on a request they skipped, as well as what `{}` parses to. */
export function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
