/** SMS Partner ids are numbers in send answers and strings in status answers. */
export type SmsPartnerId = number | string;

/** Every SMS Partner answer: `success` and `code` (200 when it worked). Unknown fields are kept. */
export interface SmsPartnerEnvelope {
  success: boolean;
  code: number;
  message?: string;
  [field: string]: unknown;
}
