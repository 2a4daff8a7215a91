// Long enough to recognise a value, short enough that a megabyte passed by mistake does not end up in logs.
const SHOWN_LENGTH = 64;

/**
 * A value as an error message shows it: strings quoted (and cut when long), numbers and booleans as
 * written, anything else by its kind (`null`, `an array`, `an object`, `a function`). Never throws, so a
 * hostile object (a throwing `toString`, a null prototype) still gets a clear error.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'an array';
      if (value instanceof Date) return 'a Date';
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
