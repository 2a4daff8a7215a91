import type { CallOptions } from '@sms/core';

/** `GetOtpTemplateParameters`. */
export interface GhasedakGatewayTemplateParameters {
  /** The names to give `sendOtp`'s `inputs[].param` (e.g. `["Code", "Name"]`). */
  params: string[];
  /** The template text with its `%Code%` placeholders. */
  message: string;
  raw: unknown;
}

/** `provider.native.templates` of the gateway. */
export interface GhasedakGatewayTemplatesApi {
  parameters(templateName: string, options?: CallOptions): Promise<GhasedakGatewayTemplateParameters>;
}
