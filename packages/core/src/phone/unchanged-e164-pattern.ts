import { IRANIAN_LINE_DIGITS } from './iranian-line';
import { singleCountryPatternOf } from './is-surely-valid-e164';

// A country's validity pattern → the pattern of numbers returned unchanged (the same object when nothing is left out).
const listPatterns = new Map<RegExp, RegExp>();
// Numbers mostly come one country at a time: the last pair answers without a lookup.
let lastPattern: RegExp | undefined;
let lastListPattern: RegExp | undefined;

/**
 * The pattern that settles a number with the calling code of `sample` in one test: a string that matches it
 * is valid E.164 that `normalizePhoneNumber` returns unchanged. `normalizePhoneNumber` tries it first, and
 * `prepareRecipients` tests whole lists with it without a call per number. Strings that do not match may still
 * be valid (other notations, other countries) and are normalised in full. Undefined when the calling code of
 * `sample` is shared by several countries.
 */
export function unchangedE164PatternOf(sample: string): RegExp | undefined {
  const pattern = singleCountryPatternOf(sample);
  if (pattern === null) return undefined;
  if (pattern === lastPattern) return lastListPattern;
  let listPattern = listPatterns.get(pattern);
  if (listPattern === undefined) {
    // Iranian sender lines match Iran's pattern (+98 1000…) but normalise to the bare line: leave them out.
    listPattern = pattern.source.startsWith('^\\+98')
      ? new RegExp(`^(?!\\+98${IRANIAN_LINE_DIGITS}$)${pattern.source.slice(1)}`)
      : pattern;
    listPatterns.set(pattern, listPattern);
  }
  lastPattern = pattern;
  lastListPattern = listPattern;
  return listPattern;
}
