/**
 * The gateway's error `statusCode`s, named as the third-party map in the wire reference names them (§1.5; the
 * official table is not in any source).
 */
export const GATEWAY_ERROR = {
  invalidInput: 400,
  notAuthorized: 401,
  notFound: 404,
  methodNotAllowed: 405,
  lineOwnership: 406,
  receiversMaxLimit: 413,
  notEnoughCredit: 418,
  invalidMessageTemplate: 428,
  missedParams: 429,
  unknownError: 500,
} as const;

export type GatewayErrorCode = (typeof GATEWAY_ERROR)[keyof typeof GATEWAY_ERROR];

/** Thrown by a gateway handler to answer with an error envelope; the API turns it into the configured answer. */
export class GatewayFailure extends Error {
  readonly statusCode: GatewayErrorCode;

  constructor(statusCode: GatewayErrorCode, message: string) {
    super(message);
    this.name = 'GatewayFailure';
    this.statusCode = statusCode;
  }
}

/** 400 InvalidInput: a field missing, of the wrong type or out of range. */
export const invalidInput = (detail: string): GatewayFailure =>
  new GatewayFailure(GATEWAY_ERROR.invalidInput, `InvalidInput: ${detail}`);
