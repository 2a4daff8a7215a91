import { assertPossiblePhoneNumber } from '../phone/assert-possible-phone-number';
import { unchangedE164PatternOf } from '../phone/unchanged-e164-pattern';
import { recipientError, recipientListOf } from './recipient-list-of';

/**
 * Like `prepareRecipients` for a caller that does not know the country of national numbers: refuses, with
 * the same codes, every recipient that cannot be a phone number in any country, and leaves national numbers
 * to the provider that knows its country. Returns nothing: the numbers go on as written.
 */
export function checkRecipients(to: unknown, provider?: string): void {
  if (typeof to === 'string') {
    try {
      assertPossiblePhoneNumber(to);
      return;
    } catch (error) {
      throw recipientError(error, 0, 1, provider);
    }
  }
  const list = recipientListOf(to, provider);
  const first = list[0];
  const unchanged = list.length > 1 && typeof first === 'string' ? unchangedE164PatternOf(first) : undefined;
  let index = 0;
  try {
    for (; index < list.length; index += 1) {
      const input = list[index];
      if (unchanged === undefined || typeof input !== 'string' || !unchanged.test(input))
        assertPossiblePhoneNumber(input);
    }
  } catch (error) {
    throw recipientError(error, index, list.length, provider);
  }
}
