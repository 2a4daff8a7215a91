import type { Simulator } from '@sms/simulator';
import type { DemoActivity } from '../app/demo-activity';
import { DemoHttpError, type DemoHttp } from './demo-http';
import type { TourReporter, TourStep } from './tour-types';

interface SendAnswer {
  result: { provider: string; messages: { id?: string }[] };
}

const BATCH_SIZE = 3_000;
const BATCH_REQUEST = 500;

/** Steps about the client itself: failover, money safety, and a large batch with progress. */
export function clientSteps(
  http: DemoHttp,
  simulator: Simulator,
  activity: DemoActivity,
  reporter: TourReporter,
): TourStep[] {
  return [
    {
      step: 'fail over after a refusal (429)',
      provider: 'ghasedak → smsafzar',
      integration: 'client',
      run: async () => {
        simulator.fault({ provider: 'ghasedak', kind: 'rate-limited', times: 1 });
        const before = activity.attempts.length;
        const answer = await http<SendAnswer>('POST', '/api/messages', {
          to: '09121234599',
          text: 'Demo tour: failover',
        });
        const attempts = activity.attempts.slice(before);
        if (answer.result.provider !== 'smsafzar')
          throw new Error(`sent by ${answer.result.provider}, expected smsafzar after Ghasedak's 429`);
        return attempts
          .map((attempt) => `${attempt.provider} ${attempt.outcome === 'sent' ? 'sent' : attempt.code}`)
          .join(' → ');
      },
    },
    {
      step: 'no failover when the outcome is unknown',
      provider: 'ghasedak',
      integration: 'client',
      run: async () => {
        const text = `Demo tour: money safety ${Date.now()}`;
        simulator.fault({ provider: 'ghasedak', kind: 'accept-then-drop', times: 1 });
        let problem: { code?: string; outcome?: string } | undefined;
        try {
          await http('POST', '/api/messages', { to: '09121234598', text });
        } catch (error) {
          if (!(error instanceof DemoHttpError)) throw error;
          problem = error.body as typeof problem;
        }
        if (problem?.outcome !== 'unknown')
          throw new Error(`expected an unknown outcome, got ${JSON.stringify(problem)}`);
        const copies = simulator.messages().filter((message) => message.text === text);
        if (copies.length !== 1 || copies[0]!.provider !== 'ghasedak') {
          throw new Error(
            `expected exactly one copy at Ghasedak, found ${copies.map((message) => message.provider).join(', ') || 'none'}`,
          );
        }
        return `${problem.code}, outcome unknown; the provider has 1 copy, nothing sent elsewhere`;
      },
    },
    {
      step: `personalised batch of ${BATCH_SIZE.toLocaleString('en-US')}`,
      provider: 'ghasedak',
      integration: 'nestjs',
      run: async () => {
        let sent = 0;
        reporter.progress?.('batch', 0, BATCH_SIZE);
        for (let start = 0; start < BATCH_SIZE; start += BATCH_REQUEST) {
          const messages = Array.from({ length: Math.min(BATCH_REQUEST, BATCH_SIZE - start) }, (_, offset) => {
            const index = start + offset;
            return {
              to: `0912${String(2_000_000 + index).padStart(7, '0')}`,
              text: `Demo tour: invoice ${index + 1} is ready`,
            };
          });
          const answer = await http<SendAnswer>('POST', '/api/messages/batch', { messages, provider: 'ghasedak' });
          sent += answer.result.messages.filter((message) => message.id !== undefined).length;
          reporter.progress?.('batch', start + messages.length, BATCH_SIZE);
        }
        if (sent !== BATCH_SIZE) throw new Error(`${sent} of ${BATCH_SIZE} have ids`);
        return `${sent.toLocaleString('en-US')} sent in ${BATCH_SIZE / BATCH_REQUEST} calls (${BATCH_SIZE / 100} provider requests of 100)`;
      },
    },
  ];
}
