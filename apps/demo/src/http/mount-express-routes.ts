import type { SmsClient } from '@sms/core';
import { sendSmsHandler, sms, smsErrorHandler, webhookRouter } from '@sms/express';
import express, { type Express } from 'express';
import type { DemoActivity } from '../app/demo-activity';

export interface ExpressRoutesSettings {
  client: SmsClient;
  activity: DemoActivity;
  webhookSecret: string;
}

/**
 * The `@sms/express` side of the app, on the Express instance under Nest: the route helper, the
 * `req.sms` middleware, and the SMS Partner webhook router for replies (its delivery receipts go to Nest's
 * `SmsWebhookModule`).
 */
export function mountExpressRoutes(app: Express, settings: ExpressRoutesSettings): void {
  const { client, activity } = settings;
  app.post('/express/messages', express.json(), sendSmsHandler(client, { allowProvider: true }));
  app.get('/express/providers', sms(client), (request, response) => {
    response.json(request.sms.providers.map((provider) => ({ id: provider.id, capabilities: provider.capabilities })));
  });
  if (client.providers.some((provider) => provider.id === 'smspartner')) {
    app.use(
      '/express/webhooks/smspartner',
      webhookRouter({
        provider: client.provider('smspartner'),
        secret: settings.webhookSecret,
        onDeliveryReport: (report) => activity.recordDeliveryReport(report),
        onInbound: (message) => activity.recordInbound(message),
      }),
    );
  }
  app.use('/express', smsErrorHandler());
}
