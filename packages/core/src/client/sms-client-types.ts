import type { SmsError } from '../errors/sms-error';
import type { CountryCode } from '../phone/normalize-phone-number';
import type { CallOptions } from '../model/call-options';
import type { SendResult } from '../model/send-result';
import type { BatchMessage, SmsMessage, TemplateMessage } from '../model/sms-message';
import type { SmsProvider } from '../provider/sms-provider';

export type SendOperation = 'send' | 'sendBatch' | 'sendTemplate';

/**
 * When to try the next provider after a failure. `not-sent` (default): only when the error proves nothing
 * went out. `always`: also after an `unknown` outcome, accepting that a message may go out twice.
 * `never`: only the first provider is tried.
 */
export type FailoverPolicy = 'not-sent' | 'always' | 'never';

export interface StrategyContext {
  operation: SendOperation;
  /** The providers able to do this operation, in configured order. */
  providers: readonly SmsProvider[];
}

/** `failover` (configured order), `round-robin` (rotate the first provider per send), or your own order. */
export type SmsStrategy =
  'failover' | 'round-robin' | ((context: StrategyContext) => readonly (string | SmsProvider)[]);

/** How one logical template is sent by one provider. */
export interface TemplateBinding {
  /** The provider's template name (Ghasedak). */
  template?: string;
  /** The provider's template id (SMSAfzar). */
  templateId?: string;
  /**
   * The parameters: a list of your parameter names, in the provider's positional order (Ghasedak
   * `param1`…), or a map from your names to the provider's names. Omitted: your names are passed as they are.
   */
  params?: readonly string[] | Readonly<Record<string, string>>;
}

/**
 * One logical template: a binding per provider id, plus an optional plain-text fallback with `{name}`
 * placeholders for providers that have no binding.
 */
export type TemplateDefinition = { readonly text?: string } & {
  readonly [providerId: string]: TemplateBinding | string | undefined;
};

export type TemplateRegistry = Readonly<Record<string, TemplateDefinition>>;

interface HookEventBase {
  operation: SendOperation;
  /** The id of the provider this attempt goes to. */
  provider: string;
  /** 1 for the first provider tried, 2 for the next… */
  attempt: number;
  message: SmsMessage | readonly BatchMessage[] | TemplateMessage;
}

export type BeforeSendEvent = HookEventBase;
export interface SentEvent extends HookEventBase {
  result: SendResult;
  durationMs: number;
}
export interface SendErrorEvent extends HookEventBase {
  error: SmsError;
  /** Whether the client goes on to another provider after this error. */
  willFailover: boolean;
  durationMs: number;
}

/**
 * Observers of every send attempt. Payloads hold the message, result or error and the provider id, never
 * a provider object or a credential. A hook that throws is ignored: it never breaks a send.
 */
export interface SmsHooks {
  /** Return `false` to veto the send: it then fails with `ABORTED` and nothing is sent. */
  beforeSend?(event: BeforeSendEvent): boolean | void | Promise<boolean | void>;
  onSent?(event: SentEvent): void | Promise<void>;
  onError?(event: SendErrorEvent): void | Promise<void>;
  /**
   * Runs each attempt's request: call `run` inside your own context (a tracer's span, so the HTTP client's
   * spans nest under the attempt) and return its promise. `run` sends at most once however often it is called,
   * and the attempt is sent even if the hook throws or never calls it.
   */
  aroundAttempt?<T>(event: BeforeSendEvent, run: () => Promise<T>): Promise<T>;
}

export interface SmsClientOptions {
  providers: SmsProvider | readonly SmsProvider[];
  strategy?: SmsStrategy;
  /** Default `not-sent`: never risk a duplicate. */
  failover?: FailoverPolicy;
  templates?: TemplateRegistry;
  hooks?: SmsHooks;
  /**
   * Normalise national numbers with this country before any provider sees them (a country libphonenumber-js
   * knows, else `INVALID_INPUT`). Without it, national numbers go on as written to each provider.
   */
  defaultCountry?: CountryCode;
}

export interface RoutedCallOptions extends CallOptions {
  /** The id of the provider to use. */
  provider?: string;
}

export interface SendOptions extends RoutedCallOptions {
  failover?: FailoverPolicy;
}
