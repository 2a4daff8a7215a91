import { Catch, Inject, Optional, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { SmsError } from '@sms/core';
import { errorAnswer, type ProblemOptions } from '@sms/core/server';
import { writeAnswer } from '../http/write-answer';
import { SMS_EXCEPTION_FILTER_OPTIONS, type SmsExceptionFilterOptions } from './sms-exception-filter-options';

/**
 * Answers an `SmsError` thrown by any route as an `application/problem+json` document with a fitting status
 * (and `Retry-After`), the same answers as `@sms/express`, from `@sms/core/server`'s `errorAnswer`. Every other
 * exception goes to Nest's own handling (`BaseExceptionFilter`), unchanged.
 *
 * ```ts
 * providers: [{ provide: APP_FILTER, useClass: SmsExceptionFilter }]
 * ```
 */
@Catch()
export class SmsExceptionFilter extends BaseExceptionFilter {
  private readonly problemOptions: ProblemOptions;

  constructor(@Optional() @Inject(SMS_EXCEPTION_FILTER_OPTIONS) options: SmsExceptionFilterOptions = {}) {
    super(options.httpAdapter);
    this.problemOptions = {
      exposeErrorMessages: options.exposeErrorMessages,
      includeRaw: options.includeRaw,
      problemType: options.problemType,
    };
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    const answer = host.getType() === 'http' ? errorAnswer(exception, this.problemOptions) : undefined;
    if (answer === undefined) {
      super.catch(exception, host);
      return;
    }
    const adapter = this.applicationRef ?? this.httpAdapterHost?.httpAdapter;
    if (adapter === undefined) {
      throw new SmsError(
        'SmsExceptionFilter has no HTTP adapter: register it with { provide: APP_FILTER, useClass: SmsExceptionFilter }, or create it with new SmsExceptionFilter({ httpAdapter: app.getHttpAdapter() }).',
        { code: 'INVALID_INPUT' },
      );
    }
    const response: unknown = host.switchToHttp().getResponse();
    if (adapter.isHeadersSent(response)) adapter.end(response);
    else writeAnswer(adapter, response, answer);
  }
}
