/** Members every send request may carry. */
interface SendSmsRequestCommon {
  /** One recipient or a list, in any notation the SDK normalises (E.164, `00…`, national). */
  to: string | string[];
  /** Sender line or sender id; the provider's default when omitted. */
  from?: string;
  /** ISO 8601 with a time zone (`2030-01-01T09:00:00Z`, `…+03:30`); must be in the future. */
  sendAt?: string;
  /** Your own reference, passed to the provider where it has a field for it. */
  reference?: string;
  /** The id of the provider to send through (only when the handler allows it). */
  provider?: string;
}

/** The JSON body a send endpoint (`createSendHandler`, `sendSmsHandler`) accepts: a text, or a template with its parameters. */
export type SendSmsRequestBody =
  | (SendSmsRequestCommon & { text: string })
  | (SendSmsRequestCommon & {
      template: string;
      params: Record<string, string> | string[];
      /** Ask for a voice call where the provider offers it. */
      voice?: boolean;
    });
