import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { SmsError } from '@sms/core';
import { problemFromSmsError } from '@sms/express';
import type { Response } from 'express';

/** Answers an `SmsError` from any controller the way `@sms/express` does: a problem document with a fitting status. */
@Catch()
export class SmsExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (SmsError.isInstance(exception)) {
      const problem = problemFromSmsError(exception, { exposeErrorMessages: true });
      if (exception.retryAfterMs !== undefined) response.setHeader('retry-after', String(Math.ceil(exception.retryAfterMs / 1000)));
      response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
      return;
    }
    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    response.status(500).json({ title: 'Internal Server Error', status: 500 });
  }
}
