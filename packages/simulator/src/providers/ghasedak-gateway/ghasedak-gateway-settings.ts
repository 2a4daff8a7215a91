/** Choices for Ghasedak's gateway API where the wire reference leaves the behaviour open. */
export interface GhasedakGatewayOptions {
  /**
   * The HTTP status of an error answer (the body's `statusCode` is the same either way): `'mapped'` (default)
   * answers with the body's `statusCode` (401, 418, …), as the docs draft and the C# SDK show; `'always-200'`
   * answers 200, as a third-party client reports for logical errors.
   */
  errorHttpStatus?: 'mapped' | 'always-200';
  /**
   * The first page of `GetReceivedSmsesPaging`: `1` (default) as the docs say, with `PageIndex=0` also read as
   * the first page (the SDKs' default); `0`: pages count from 0, as the SDKs assume.
   */
  pageBase?: 0 | 1;
  /**
   * The order of an OTP answer's items: `'reversed'` (default) as the documented example, so that clients map
   * them by receptor or reference; `'request'`: the request's order.
   */
  otpItemOrder?: 'reversed' | 'request';
  /** Most recipients of `SendBulkSMS`, items of `SendPairToPairSMS` and OTP receptors (413 past it); default 100. */
  maxItems?: number;
}

export type GhasedakGatewaySettings = Required<GhasedakGatewayOptions>;

export const DEFAULT_GHASEDAK_GATEWAY_SETTINGS: GhasedakGatewaySettings = {
  errorHttpStatus: 'mapped',
  pageBase: 1,
  otpItemOrder: 'reversed',
  maxItems: 100,
};

/** Reads `ghasedakGateway` of the options, refusing values the simulator does not know. */
export function checkGhasedakGatewayOptions(value: GhasedakGatewayOptions | undefined): GhasedakGatewaySettings {
  const defaults = DEFAULT_GHASEDAK_GATEWAY_SETTINGS;
  if (value === undefined) return { ...defaults };
  if (typeof value !== 'object' || value === null)
    throw new TypeError("startSimulator: ghasedakGateway must be an object such as { errorHttpStatus: 'always-200' }.");
  const { errorHttpStatus, pageBase, otpItemOrder, maxItems } = value;
  if (errorHttpStatus !== undefined && errorHttpStatus !== 'mapped' && errorHttpStatus !== 'always-200')
    throw new TypeError(
      `startSimulator: ghasedakGateway.errorHttpStatus must be 'mapped' or 'always-200'; got ${String(errorHttpStatus)}.`,
    );
  if (pageBase !== undefined && pageBase !== 0 && pageBase !== 1)
    throw new TypeError(`startSimulator: ghasedakGateway.pageBase must be 0 or 1; got ${String(pageBase)}.`);
  if (otpItemOrder !== undefined && otpItemOrder !== 'reversed' && otpItemOrder !== 'request')
    throw new TypeError(
      `startSimulator: ghasedakGateway.otpItemOrder must be 'reversed' or 'request'; got ${String(otpItemOrder)}.`,
    );
  if (maxItems !== undefined && (!Number.isInteger(maxItems) || maxItems < 1))
    throw new RangeError(
      `startSimulator: ghasedakGateway.maxItems must be a whole number of at least 1; got ${String(maxItems)}.`,
    );
  return {
    errorHttpStatus: errorHttpStatus ?? defaults.errorHttpStatus,
    pageBase: pageBase ?? defaults.pageBase,
    otpItemOrder: otpItemOrder ?? defaults.otpItemOrder,
    maxItems: maxItems ?? defaults.maxItems,
  };
}
