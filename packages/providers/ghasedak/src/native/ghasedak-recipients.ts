import { formatNationalNumber, SmsError } from '@sms/core';
import { prepareRecipients, toE164OrAsWritten } from '@sms/core/provider-utils';

/**
 * Which numbers an endpoint reaches: SMS endpoints reach Iranian mobiles only; voice calls reach any Iranian
 * number; the verification service also reaches numbers abroad.
 */
export type RecipientScope = 'iranian-mobile' | 'iranian' | 'international';

export interface GhasedakRecipients {
  /** The recipients in E.164, in input order. */
  e164: string[];
  /** The same recipients as Ghasedak expects them: `09…` for Iran, `+<country code>…` abroad. */
  wire: string[];
}

const PLUS = 0x2b;
const EIGHT = 0x38;
const NINE = 0x39;

/** An Iranian mobile (`+989` and 9 digits), for a number that `prepareRecipients` returned. */
function isIranianMobile(normalized: string): boolean {
  // Normalised numbers are `+` and digits, or a bare sender line or short code, so the length and the first
  // four characters settle it. Character codes rather than startsWith: this runs once per recipient, and
  // optimised code inlines them.
  return (
    normalized.length === 13 &&
    normalized.charCodeAt(0) === PLUS &&
    normalized.charCodeAt(1) === NINE &&
    normalized.charCodeAt(2) === EIGHT &&
    normalized.charCodeAt(3) === NINE
  );
}

function refuse(provider: string, recipient: string, reason: string): SmsError {
  return new SmsError(`Invalid recipient for ${provider}: ${recipient} ${reason} Nothing was sent.`, {
    code: 'INVALID_RECIPIENT',
    provider,
    outcome: 'not-sent',
    retryable: false,
  });
}

/** Normalises recipients in any notation to E.164 and checks that the endpoint reaches them, or refuses them before any request. */
export function checkGhasedakRecipients(
  to: string | readonly string[],
  provider: string,
  scope: RecipientScope,
): string[] {
  const e164 = prepareRecipients(to, provider, 'IR');
  for (let index = 0; index < e164.length; index += 1) {
    const number = e164[index]!;
    // The common case first: an Iranian mobile is reached by every scope.
    if (isIranianMobile(number)) continue;
    if (!number.startsWith('+')) throw refuse(provider, number, 'is a sender line or short code, not a phone number.');
    const iranian = number.startsWith('+98');
    if (scope === 'iranian-mobile') {
      throw refuse(
        provider,
        number,
        iranian
          ? 'is not an Iranian mobile number (09…); Ghasedak sends SMS to Iranian mobiles only.'
          : 'is not an Iranian number: Ghasedak sends SMS only to Iranian mobiles (09…); numbers abroad are reached by the verification service (sendTemplate) only.',
      );
    }
    if (scope === 'iranian' && !iranian) {
      throw refuse(provider, number, 'is not an Iranian number: Ghasedak voice messages reach Iranian numbers only.');
    }
  }
  return e164;
}

/**
 * A checked E.164 number as Ghasedak expects it: Iranian numbers in national notation (`09…`), numbers
 * abroad (verification service only) as `+<country code>…`. Large sends render each request's numbers as
 * it goes out, so the national forms of a 100,000-recipient send are not all held at once.
 */
export function toGhasedakNumber(e164: string): string {
  return e164.startsWith('+98') ? formatNationalNumber(e164) : e164;
}

/** Normalises recipients in any notation and renders them the way Ghasedak expects, or refuses them before any request. */
export function toGhasedakRecipients(
  to: string | readonly string[],
  provider: string,
  scope: RecipientScope,
): GhasedakRecipients {
  const e164 = checkGhasedakRecipients(to, provider, scope);
  return { e164, wire: e164.map(toGhasedakNumber) };
}

/** Reads a number from an answer (`09121111111`) back into E.164, or returns it unchanged when it is not a phone number. */
export function fromGhasedakNumber(value: string): string {
  return toE164OrAsWritten(value, 'IR');
}
