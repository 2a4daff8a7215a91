import type { CountryCode } from '../../phone/normalize-phone-number';

/** What a send endpoint accepts; `resolveSendRequestRules` fills in the defaults. */
export interface SendRequestRules {
  /** Most recipients one request may list. */
  maxRecipients: number;
  /** Honour `provider` in the body (`false` refuses it with a field problem). */
  allowProvider: boolean;
  /** Accept `{ text }` bodies. */
  allowText: boolean;
  /** Accept `{ template, params }` bodies. */
  allowTemplates: boolean;
  /** Country of national numbers, for recognising one recipient listed twice. */
  defaultCountry?: CountryCode | undefined;
}

/** The rules as options: each may be left out. */
export interface SendRequestRuleOptions {
  /** Most recipients one request may list. Default 100. */
  maxRecipients?: number;
  /** Honour `provider` in the body. Default `true`; `false` refuses it with a 400. */
  allowProvider?: boolean;
  /** Accept `{ text }` bodies. Default `true` (set `false` for a templates-only endpoint such as OTP). */
  allowText?: boolean;
  /** Accept `{ template, params }` bodies. Default `true`. */
  allowTemplates?: boolean;
  /**
   * Country of numbers written in national notation, to recognise one recipient listed twice in two
   * notations (`0912…` and `+98912…` with `IR`). Without it, national numbers are compared as written.
   */
  defaultCountry?: CountryCode;
}
