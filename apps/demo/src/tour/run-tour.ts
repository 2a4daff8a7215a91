import type { DemoApp } from '../create-demo-app';
import { PROVIDER_IDS } from '../sms/demo-provider-settings';
import { clientSteps } from './client-steps';
import { createDemoHttp } from './demo-http';
import { gatewaySteps } from './gateway-steps';
import { providerSteps } from './provider-steps';
import type { TourReporter, TourRow, TourStep } from './tour-types';

/**
 * Drives every step through the app's own HTTP endpoints, for each configured provider, then the Ghasedak
 * gateway step and the client-level steps (simulator mode only: they talk to the simulator directly or inject
 * faults). Every step runs even when one fails.
 */
export async function runTour(demo: DemoApp, reporter: TourReporter = {}): Promise<TourRow[]> {
  const http = createDemoHttp(demo.url);
  const configured = new Set(demo.client.providers.map((provider) => provider.id));
  const steps: TourStep[] = PROVIDER_IDS.filter((provider) => configured.has(provider)).flatMap((provider) =>
    providerSteps({ http, provider, simulator: demo.simulator, activity: demo.activity }),
  );
  if (demo.simulator !== undefined) {
    steps.push(...gatewaySteps(demo.simulator));
    steps.push(...clientSteps(http, demo.simulator, demo.activity, reporter));
  }

  const rows: TourRow[] = [];
  for (const step of steps) {
    reporter.stepStarted?.(step);
    const started = performance.now();
    let row: TourRow;
    try {
      const result = await step.run();
      row = {
        step: step.step,
        provider: step.provider,
        integration: step.integration,
        ok: true,
        result,
        ms: Math.round(performance.now() - started),
      };
    } catch (error) {
      const result = error instanceof Error ? error.message : String(error);
      row = {
        step: step.step,
        provider: step.provider,
        integration: step.integration,
        ok: false,
        result,
        ms: Math.round(performance.now() - started),
      };
    }
    rows.push(row);
    reporter.stepFinished?.(row);
  }
  return rows;
}
