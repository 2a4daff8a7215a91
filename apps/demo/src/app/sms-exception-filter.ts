import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { SmsError } from '@sms/core';
import { problemFromSmsError, sendProblem } from '@sms/express';
import type { Response } from 'express';

/** Answers an `SmsError` from any controller the way `@sms/express` does: a problem document with a fitting status. */
@Catch()
export class SmsExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (SmsError.isInstance(exception)) {
      sendProblem(response, problemFromSmsError(exception, { exposeErrorMessages: true }));
      return;
    }
    if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    response.status(500).json({ title: 'Internal Server Error', status: 500 });
  }
}
