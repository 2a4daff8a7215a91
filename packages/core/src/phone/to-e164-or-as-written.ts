import { normalizePhoneNumber, type CountryCode } from './normalize-phone-number';

/**
 * A number read from a provider's answer (a status, an inbound message) in E.164 where it is a phone number,
 * else exactly as the provider wrote it (a sender name, a short code it did not recognise): reading an
 * answer never fails on a number the send itself would have refused.
 */
export function toE164OrAsWritten(number: string, defaultCountry: CountryCode): string {
  try {
    return normalizePhoneNumber(number, { defaultCountry });
  } catch {
    return number;
  }
}
