import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoConfig } from '../src/config/demo-config';
import { createDemoApp, type DemoApp } from '../src/create-demo-app';
import { formatTable } from '../src/tour/print-table';
import { runTour } from '../src/tour/run-tour';
import type { TourRow } from '../src/tour/tour-types';

const CHROMIUM = '/usr/bin/chromium';
const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const onCi = Boolean(process.env.CI) && !['false', '0'].includes(String(process.env.CI).toLowerCase());

describe('the demo tour, end to end on the simulator', () => {
  let demo: DemoApp;
  let rows: TourRow[];

  beforeAll(async () => {
    // An empty environment: simulator mode, whatever credentials the machine running the tests has.
    demo = await createDemoApp({ config: readDemoConfig({}) });
    rows = await runTour(demo);
  });

  afterAll(async () => {
    await demo?.close();
  });

  it('works at every step', () => {
    const failed = rows.filter((row) => !row.ok);
    expect(failed, formatTable(failed)).toEqual([]);
  });

  it('covers every provider through every integration', () => {
    for (const provider of ['ghasedak', 'smsafzar', 'smspartner']) {
      const integrations = new Set(rows.filter((row) => row.provider === provider).map((row) => row.integration));
      for (const integration of ['express', 'nestjs', 'nodemailer'] as const)
        expect(integrations.has(integration), `${provider} through ${integration}`).toBe(true);
    }
    expect(rows.some((row) => row.provider === 'smspartner' && row.step.includes('delivery receipts') && row.ok)).toBe(
      true,
    );
    expect(rows.some((row) => row.step.startsWith('fail over') && row.ok)).toBe(true);
    expect(rows.find((row) => row.provider === 'ghasedak (gateway)')).toMatchObject({
      ok: true,
      result: expect.stringContaining('Your verification code is 4821'),
    });
  });

  it('left every message it sent in the simulator, with no duplicate of the money-safety step', () => {
    const messages = demo.simulator!.messages();
    expect(messages.filter((message) => message.text.startsWith('Demo tour: invoice'))).toHaveLength(3_000);
    expect(messages.filter((message) => message.text.startsWith('Demo tour: money safety'))).toHaveLength(1);
    for (const provider of ['ghasedak', 'smsafzar', 'smspartner'] as const) {
      expect(
        messages.some(
          (message) => message.provider === provider && message.text === `Demo tour: hello from ${provider}`,
        ),
      ).toBe(true);
    }
  });

  it("shows the tour's messages on the inbox page", { timeout: 60_000 }, async (context) => {
    if (!existsSync(CHROMIUM) && !onCi)
      context.skip(`${CHROMIUM} is missing and CI is not set: install it with apt-get install -y chromium`);
    expect(existsSync(CHROMIUM), `${CHROMIUM} must exist on CI`).toBe(true);
    const userDataDir = mkdtempSync(join(tmpdir(), 'sms-demo-chromium-'));
    const browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: BROWSER_FLAGS,
    });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(demo.simulator!.url);
      for (const provider of ['ghasedak', 'smsafzar', 'smspartner']) {
        await page
          .locator(`tr[data-provider="${provider}"]`, { hasText: `Demo tour: hello from ${provider}` })
          .first()
          .waitFor();
      }
      // The Persian text of the list step (it starts with Persian letters), rendered right-to-left.
      const persian = page.locator('tr[data-provider="ghasedak"] td.text', { hasText: 'سلام به همه' }).first();
      await persian.waitFor();
      expect(await persian.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
      const delivered = page.locator('tr[data-provider="smspartner"][data-status="delivered"]', {
        hasText: 'Demo tour: hello from smspartner',
      });
      await delivered.first().waitFor();
    } finally {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
