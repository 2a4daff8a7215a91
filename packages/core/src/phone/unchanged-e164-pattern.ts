import { IRANIAN_LINE_DIGITS } from './iranian-line';
import { singleCountryPatternOf } from './is-surely-valid-e164';

// A country's validity pattern → the same pattern for list checks (the one object when nothing is left out).
const listPatterns = new Map<RegExp, RegExp>();

/**
 * A pattern for checking a whole list of numbers with the calling code of `sample` in one test each, instead
 * of normalising them one by one: a string that matches it is valid E.164 that `normalizePhoneNumber` returns
 * unchanged. Strings that do not match may still be valid (other notations, other countries) and go through
 * `normalizePhoneNumber`. Undefined when the calling code of `sample` is shared by several countries.
 */
export function unchangedE164PatternOf(sample: string): RegExp | undefined {
  const pattern = singleCountryPatternOf(sample);
  if (pattern === null) return undefined;
  let listPattern = listPatterns.get(pattern);
  if (listPattern === undefined) {
    // Iranian sender lines match Iran's pattern (+98 1000…) but normalise to the bare line: leave them out.
    listPattern = pattern.source.startsWith('^\\+98') ? new RegExp(`^(?!\\+98${IRANIAN_LINE_DIGITS}$)${pattern.source.slice(1)}`) : pattern;
    listPatterns.set(pattern, listPattern);
  }
  return listPattern;
}
