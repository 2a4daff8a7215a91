import { SmsError, type SmsClient } from '@sms/core';
import type { RequestHandler } from 'express';

declare global {
  // Express's own augmentation point: every Request (Express 4 and 5 typings) gets `sms`.
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting Express.Request is only possible through its namespace
  namespace Express {
    interface Request {
      /** The SMS client put there by the `sms(client)` middleware of `@sms/express`. */
      sms: SmsClient;
    }
  }
}

/**
 * A middleware that puts the client on `req.sms` for the handlers after it.
 *
 * ```ts
 * app.use(sms(client));
 * app.post('/welcome', async (req, res) => { await req.sms.send({ to, text }); res.sendStatus(204); });
 * ```
 */
export function sms(client: SmsClient): RequestHandler {
  if (typeof client?.send !== 'function') {
    throw new SmsError('sms() needs an SmsClient (from createSmsClient) as its argument.', { code: 'INVALID_INPUT' });
  }
  return (request, _response, next) => {
    request.sms = client;
    next();
  };
}
