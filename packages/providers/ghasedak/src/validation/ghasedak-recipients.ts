import { formatNationalNumber, prepareRecipients, SmsError } from '@sms/core';

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

const IRANIAN_MOBILE = /^\+989\d{9}$/;

function refuse(provider: string, recipient: string, reason: string): SmsError {
  return new SmsError(`Invalid recipient for ${provider}: ${recipient} ${reason} Nothing was sent.`, {
    code: 'INVALID_RECIPIENT',
    provider,
    outcome: 'not-sent',
    retryable: false,
  });
}

/** Normalises recipients in any notation and renders them the way Ghasedak expects, or refuses them before any request. */
export function toGhasedakRecipients(to: string | readonly string[], provider: string, scope: RecipientScope): GhasedakRecipients {
  const e164 = prepareRecipients(to, provider, 'IR');
  const wire = e164.map((number) => {
    if (!number.startsWith('+')) throw refuse(provider, number, 'is a sender line or short code, not a phone number.');
    const iranian = number.startsWith('+98');
    if (scope === 'iranian-mobile' && !IRANIAN_MOBILE.test(number)) {
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
    // Iranian numbers go out in national notation; the verification service takes numbers abroad as +<country code>….
    return iranian ? formatNationalNumber(number) : number;
  });
  return { e164, wire };
}

/** Reads a number from an answer (`09121111111`) back into E.164, or returns it unchanged when it is not a phone number. */
export function fromGhasedakNumber(value: string): string {
  try {
    const [number] = prepareRecipients(value, 'ghasedak', 'IR');
    return number ?? value;
  } catch {
    return value;
  }
}
