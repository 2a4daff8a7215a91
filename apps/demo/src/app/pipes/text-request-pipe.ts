import { Injectable, type PipeTransform } from '@nestjs/common';
import type { SmsMessage } from '@sms/core';
import { parseSendRequest, resolveSendRequestRules, type SendRequestRules } from '@sms/core/server';
import { invalidBodyError } from './invalid-body-error';

/** A text message to send, and the provider the caller chose. */
export interface TextRequest {
  message: SmsMessage;
  provider?: string;
}

/**
 * Reads `{ to, text, from?, sendAt?, reference?, provider? }` with the server layer's send-request parser,
 * as `@sms/express`'s send route does: strictly, every problem at once.
 */
@Injectable()
export class TextRequestPipe implements PipeTransform<unknown, TextRequest> {
  private readonly rules: SendRequestRules = resolveSendRequestRules(
    { allowTemplates: false, defaultCountry: 'IR' },
    'TextRequestPipe',
  );

  transform(body: unknown): TextRequest {
    const parsed = parseSendRequest(body, this.rules);
    if (!parsed.ok) throw invalidBodyError(parsed.problems);
    if (parsed.request.kind !== 'text') throw invalidBodyError([{ pointer: '#', detail: 'Give `text`.' }]);
    const { message, provider } = parsed.request;
    return provider === undefined ? { message } : { message, provider };
  }
}
