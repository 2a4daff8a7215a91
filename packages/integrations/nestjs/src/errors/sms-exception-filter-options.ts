import type { HttpServer } from '@nestjs/common';
import type { ProblemOptions } from '@sms/core/server';

/** The token under which a module may provide `SmsExceptionFilterOptions` to a filter Nest creates. */
export const SMS_EXCEPTION_FILTER_OPTIONS = 'SMS_EXCEPTION_FILTER_OPTIONS';

export interface SmsExceptionFilterOptions extends ProblemOptions {
  /**
   * The application's HTTP adapter, for a filter created with `new` (`app.useGlobalFilters(new
   * SmsExceptionFilter({ httpAdapter: app.getHttpAdapter() }))`). A filter Nest creates (`APP_FILTER`,
   * `@UseFilters(SmsExceptionFilter)`) finds it itself.
   */
  httpAdapter?: HttpServer;
}
