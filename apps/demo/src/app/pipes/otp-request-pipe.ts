import { Injectable, type PipeTransform } from '@nestjs/common';
import type { TemplateMessage } from '@sms/core';
import { parseSendRequest, resolveSendRequestRules, type SendRequestRules } from '@sms/core/server';
import { invalidBodyError } from './invalid-body-error';
import { isJsonObject } from './is-json-object';

/** The `otp` template to send, and the provider the caller chose. */
export interface OtpRequest {
  message: TemplateMessage;
  provider?: string;
}

/**
 * Reads `{ to, code, provider? }` as the template request `{ to, template: 'otp', params: { code } }`, with the
 * server layer's send-request parser; a problem with the code points at `#/code`.
 */
@Injectable()
export class OtpRequestPipe implements PipeTransform<unknown, OtpRequest> {
  private readonly rules: SendRequestRules = resolveSendRequestRules(
    { allowText: false, defaultCountry: 'IR' },
    'OtpRequestPipe',
  );

  transform(body: unknown): OtpRequest {
    if (!isJsonObject(body))
      throw invalidBodyError([{ pointer: '#', detail: 'The body must be a JSON object { to, code, provider? }.' }]);
    const { code, ...rest } = body;
    const parsed = parseSendRequest({ ...rest, template: 'otp', params: { code } }, this.rules);
    if (!parsed.ok)
      throw invalidBodyError(
        parsed.problems.map((problem) =>
          problem.pointer === '#/params/code' ? { ...problem, pointer: '#/code' } : problem,
        ),
      );
    if (parsed.request.kind !== 'template') throw invalidBodyError([{ pointer: '#', detail: 'Give `to` and `code`.' }]);
    const { message, provider } = parsed.request;
    return provider === undefined ? { message } : { message, provider };
  }
}
