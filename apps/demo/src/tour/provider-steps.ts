import type { Simulator } from '@sms/simulator';
import type { DemoActivity } from '../app/demo-activity';
import type { DemoHttp } from './demo-http';
import type { TourStep } from './tour-types';
import { waitUntil } from './wait-until';

interface SendAnswer {
  ticket: string;
  result: { provider: string; messages: { to: string; id?: string; status: string }[] };
}

interface StepContext {
  http: DemoHttp;
  provider: 'ghasedak' | 'smsafzar' | 'smspartner';
  simulator: Simulator | undefined;
  activity: DemoActivity;
}

/** Numbers in the notations a user would type: national, Persian digits, international. */
const RECIPIENTS = {
  ghasedak: ['09121234567', '۰۹۳۵ ۱۲۳ ۴۵۶۷', '+98 919 123 4567'],
  smsafzar: ['09121234568', '9351234568', '00989191234568'],
  smspartner: ['+33 6 12 34 56 78', '+33612345679', '0033612345680'],
};

const LINES = { ghasedak: '10008566', smsafzar: '10001000', smspartner: 'DemoShop' };

// SMS Partner schedules on 5-minute steps; an hour ahead on a step works for all three providers.
const inAnHour = (): string => new Date(Math.ceil((Date.now() + 3_600_000) / 300_000) * 300_000).toISOString();

const ids = (answer: SendAnswer): string => answer.result.messages.map((message) => message.id ?? '?').join(', ');

function expectCount(answer: SendAnswer, count: number, provider: string): void {
  if (answer.result.provider !== provider) throw new Error(`sent by ${answer.result.provider}, expected ${provider}`);
  if (answer.result.messages.length !== count || answer.result.messages.some((message) => message.id === undefined)) {
    throw new Error(`expected ${count} messages with ids, got ${JSON.stringify(answer.result.messages)}`);
  }
}

/** Every step of the tour for one provider, through the app's own HTTP endpoints. */
export function providerSteps(context: StepContext): TourStep[] {
  const { http, provider, simulator, activity } = context;
  const recipients = RECIPIENTS[provider];
  const first = recipients[0]!;
  let sentTicket: string | undefined;
  let sentIds: string[] = [];
  const step = (name: string, integration: TourStep['integration'], run: () => Promise<string>): TourStep => ({
    step: name,
    provider,
    integration,
    run,
  });

  const steps: TourStep[] = [
    step('send one message', 'nestjs', async () => {
      const answer = await http<SendAnswer>('POST', '/api/messages', {
        to: first,
        text: `Demo tour: hello from ${provider}`,
        provider,
      });
      expectCount(answer, 1, provider);
      sentTicket = answer.ticket;
      sentIds = answer.result.messages.map((message) => message.id!);
      return `1 sent, id ${ids(answer)}`;
    }),
    step('send to a list', 'nestjs', async () => {
      const answer = await http<SendAnswer>('POST', '/api/messages', {
        to: recipients,
        text: 'سلام به همه (Demo tour)',
        provider,
      });
      expectCount(answer, recipients.length, provider);
      return `${answer.result.messages.length} sent (${answer.result.messages.map((message) => message.to).join(', ')})`;
    }),
    step('send a personalised batch', 'nestjs', async () => {
      const messages = recipients.map((to, index) => ({ to, text: `Demo tour: order ${index + 1}, shipped, thanks` }));
      const answer = await http<SendAnswer>('POST', '/api/messages/batch', { messages, provider });
      expectCount(answer, messages.length, provider);
      return `${answer.result.messages.length} personalised, ids ${ids(answer)}`;
    }),
    step('send an OTP (template registry)', 'nestjs', async () => {
      const answer = await http<SendAnswer>('POST', '/api/messages/otp', { to: first, code: '4821', provider });
      expectCount(answer, 1, provider);
      const recorded = simulator
        ?.messages({ provider })
        .find((message) => message.id === answer.result.messages[0]!.id);
      const how =
        recorded === undefined
          ? 'sent'
          : recorded.template !== undefined
            ? `native template ${recorded.template.id}`
            : `text fallback "${recorded.text}"`;
      return `${how}`;
    }),
    step('schedule, then cancel', 'nestjs', async () => {
      const sendAt = inAnHour();
      const scheduled = await http<SendAnswer>('POST', '/api/messages/scheduled', {
        to: first,
        text: 'Demo tour: see you in an hour',
        sendAt,
        provider,
      });
      if (scheduled.result.messages[0]?.status !== 'scheduled')
        throw new Error(`expected scheduled, got ${scheduled.result.messages[0]?.status}`);
      const canceled = await http<{ canceled: string[] }>('POST', `/api/messages/${scheduled.ticket}/cancel`);
      if (canceled.canceled.length === 0) throw new Error('nothing was canceled');
      return `scheduled for ${sendAt.slice(11, 16)} UTC, canceled ${canceled.canceled.join(', ')}`;
    }),
    step('read delivery status', 'nestjs', async () => {
      if (sentTicket === undefined) throw new Error('the first send did not work');
      const ticket = sentTicket;
      const reports = await waitUntil('a final delivery status', async () => {
        const answer = await http<{ id: string; status: string; providerStatus: unknown }[]>(
          'GET',
          `/api/messages/${ticket}/status`,
        );
        return answer.length > 0 && answer.every((report) => report.status === 'delivered') ? answer : undefined;
      });
      return reports
        .map((report) => `${report.id}: ${report.status} (raw ${JSON.stringify(report.providerStatus)})`)
        .join('; ');
    }),
    step('read the balance', 'nestjs', async () => {
      const balance = await http<{ amount: number; currency?: string }>('GET', `/api/balance?provider=${provider}`);
      if (!Number.isFinite(balance.amount)) throw new Error(`unreadable balance ${JSON.stringify(balance)}`);
      return `${balance.amount.toLocaleString('en-US')} ${balance.currency ?? ''}`.trim();
    }),
    step('send through the Express route helper', 'express', async () => {
      const answer = await http<{ provider: string; messages: { id?: string }[] }>('POST', '/express/messages', {
        to: first,
        text: 'Demo tour: via Express',
        provider,
      });
      if (answer.provider !== provider || answer.messages.length !== 1)
        throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
      return `202, id ${answer.messages[0]?.id}`;
    }),
    step('send a notification through Nodemailer', 'nodemailer', async () => {
      const info = await http<{ messageId: string; accepted: string[]; rejected: string[] }>(
        'POST',
        '/api/notifications',
        {
          to: [first, 'not a phone'],
          text: 'Demo tour: your parcel is on its way',
          provider,
        },
      );
      if (info.accepted.length !== 1 || info.rejected.length !== 1)
        throw new Error(`accepted ${info.accepted}, rejected ${info.rejected}`);
      return `accepted ${info.accepted.join(', ')}, rejected "${info.rejected.join(', ')}", messageId ${info.messageId}`;
    }),
  ];

  if (simulator !== undefined) {
    if (provider === 'smspartner') {
      steps.push(
        step('receive delivery receipts (webhook)', 'nestjs', async () => {
          const reports = await waitUntil('delivery receipts through the Nest webhook controller', async () => {
            const found = activity.webhookEvents.filter(
              (event) => event.type === 'delivery-report' && sentIds.includes(event.report.id),
            );
            return found.length > 0 ? found : undefined;
          });
          return `${reports.length} receipt(s): ${reports.map((event) => (event.type === 'delivery-report' ? `${event.report.id} ${event.report.status}` : '')).join(', ')}`;
        }),
        step('receive a reply (webhook)', 'express', async () => {
          const text = `Demo tour: reply ${Date.now()}`;
          simulator.receive({ provider, from: '+33612345678', to: LINES.smspartner, text });
          const event = await waitUntil('a reply through the webhook router', async () =>
            activity.webhookEvents.find((candidate) => candidate.type === 'inbound' && candidate.message.text === text),
          );
          return `inbound from ${event.type === 'inbound' ? event.message.from : '?'}: "${text}"`;
        }),
      );
    } else {
      steps.push(
        step('list inbound messages', 'nestjs', async () => {
          const text = `Demo tour: reply ${Date.now()}`;
          simulator.receive({ provider, from: first, to: LINES[provider], text });
          const messages = await http<{ from: string; text: string }[]>('GET', `/api/inbound?provider=${provider}`);
          const found = messages.find((message) => message.text === text);
          if (found === undefined) throw new Error(`the reply is not among ${messages.length} inbound messages`);
          return `${messages.length} inbound, latest from ${found.from}`;
        }),
      );
    }
  }
  return steps;
}
