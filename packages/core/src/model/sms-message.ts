/**
 * One text to one or many recipients. `to` accepts any common notation (E.164, `00…`, national `09…`,
 * Persian or Arabic-Indic digits, spaces and dashes); it is normalised to E.164 before anything is sent.
 */
export interface SmsMessage {
  to: string | readonly string[];
  text: string;
  /** Sender line or sender id; the provider's default sender when omitted. */
  from?: string;
  /** Schedule the message. Must be in the future. */
  sendAt?: Date;
  /** Your own reference, sent where the provider has a field for it (Ghasedak `checkid`, SMS Partner `tag`). */
  reference?: string;
  /** Options only one provider understands, keyed by provider id: `{ smspartner: { roundSendAt: 'up' } }`. */
  providerOptions?: ProviderOptions;
}

/** One personalised message of a batch: its own recipient and text. */
export interface BatchMessage {
  to: string;
  text: string;
  from?: string;
  sendAt?: Date;
  reference?: string;
}

/**
 * A message built from a template. Through the client, `template` is a name of the client's template
 * registry; given to a provider directly, it is the provider's own template id and `params` are passed on
 * (an array for providers with positional parameters).
 */
export interface TemplateMessage {
  to: string | readonly string[];
  template: string;
  params: Readonly<Record<string, string>> | readonly string[];
  from?: string;
  sendAt?: Date;
  reference?: string;
  /** Ask for a voice call instead of a text where the provider offers it (Ghasedak verification type 2). */
  voice?: boolean;
  providerOptions?: ProviderOptions;
}

export type ProviderOptions = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
