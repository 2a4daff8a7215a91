import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator';
import { startSimulator } from '../start-simulator';
import { formCall, jsonCall } from '../test-support/http-call';

const CHROMIUM = '/usr/bin/chromium';
const ARGUMENTS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const onCi = Boolean(process.env.CI) && !['false', '0'].includes(String(process.env.CI).toLowerCase());

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function sendPersian(simulator: Simulator, text: string, receptor: string): Promise<string> {
  const answer = await formCall(
    `${simulator.baseUrls.ghasedak}/v2/sms/send/simple`,
    { message: text, receptor },
    { apikey: 'ghasedak-test-key' },
  );
  return String(answer.json.items[0]);
}

function requireChromium(context: { skip(note: string): void }): void {
  // Locally the test needs Debian's chromium (apt-get install -y chromium); on CI it is installed, so its absence fails.
  if (!existsSync(CHROMIUM) && !onCi)
    context.skip(`${CHROMIUM} is missing and CI is not set: install it with apt-get install -y chromium`);
  expect(existsSync(CHROMIUM), `${CHROMIUM} must exist on CI`).toBe(true);
}

async function openBrowserPage(): Promise<Page> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sms-simulator-chromium-'));
  cleanups.push(() => rmSync(userDataDir, { recursive: true, force: true }));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGUMENTS,
  });
  cleanups.push(() => browser.close());
  return browser.pages()[0] ?? (await browser.newPage());
}

describe('inbox page in a browser', () => {
  it(
    'shows a Persian message right-to-left, delivers it on a click and updates without a reload',
    { timeout: 60_000 },
    async (context) => {
      requireChromium(context);
      const simulator = await startSimulator({ deliveryDelayMs: null });
      cleanups.push(() => simulator.close());
      const persian = 'کد تأیید شما ۱۲۳۴ است';
      const id = await sendPersian(simulator, persian, '09121234567');

      const page = await openBrowserPage();
      await page.goto(simulator.url);

      const row = page.locator('tr[data-provider="ghasedak"]', { hasText: persian });
      await row.waitFor();
      const text = row.locator('td.text');
      expect(await text.getAttribute('dir')).toBe('auto');
      const direction = await text.evaluate((element) => {
        // Runs in the page; the package's TypeScript settings carry no DOM library.
        const window = globalThis as unknown as { getComputedStyle(target: unknown): { direction: string } };
        return [window.getComputedStyle(element).direction, element.matches(':dir(rtl)')];
      });
      expect(direction).toEqual(['rtl', true]);
      expect(await row.locator('td.encoding').textContent()).toBe('UCS-2 · 1 part');
      expect(await row.getAttribute('data-status')).toBe('sent');

      await row.locator('button[data-action="deliver"]').click();
      await page.locator('tr[data-provider="ghasedak"][data-status="delivered"]', { hasText: persian }).waitFor();
      expect(simulator.messages()[0]).toMatchObject({ id, status: 'delivered' });
      expect(await row.locator('button[data-action="deliver"]').isDisabled()).toBe(true);

      // A message sent and failed after the page loaded shows up, and changes, without a reload.
      const secondId = await sendPersian(simulator, 'پیام دوم', '09121234568');
      await page.locator('tr[data-status="sent"]', { hasText: 'پیام دوم' }).waitFor();
      simulator.fail(secondId);
      await page.locator('tr[data-status="failed"]', { hasText: 'پیام دوم' }).waitFor();

      // The provider filter hides the other providers' rows.
      await page.selectOption('#provider-filter', 'smspartner');
      await row.waitFor({ state: 'hidden' });
    },
  );

  it('labels each Ghasedak message with the API it came through', { timeout: 60_000 }, async (context) => {
    requireChromium(context);
    const simulator = await startSimulator({ deliveryDelayMs: null });
    cleanups.push(() => simulator.close());
    await sendPersian(simulator, 'از نسخه دو', '09121234567');
    await jsonCall(
      `${simulator.baseUrls.ghasedakGateway}SendSingleSMS`,
      { receptor: '09121234567', message: 'از درگاه' },
      { ApiKey: simulator.credentials.ghasedak.apiKey },
    );

    const page = await openBrowserPage();
    await page.goto(simulator.url);
    const gateway = page.locator('tr[data-provider="ghasedak"]', { hasText: 'از درگاه' });
    await gateway.waitFor();
    expect(await gateway.getAttribute('data-api')).toBe('gateway');
    expect(await gateway.locator('td.provider .api').textContent()).toBe('gateway');
    const v2 = page.locator('tr[data-provider="ghasedak"]', { hasText: 'از نسخه دو' });
    expect(await v2.locator('td.provider .api').textContent()).toBe('v2');
  });

  it('gets new messages over one server-sent event stream, without polling', { timeout: 60_000 }, async (context) => {
    requireChromium(context);
    const simulator = await startSimulator({ deliveryDelayMs: null });
    cleanups.push(() => simulator.close());
    const page = await openBrowserPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/inbox/')) requested.push(pathname);
    });

    await page.goto(simulator.url);
    await page.locator('#connection', { hasText: 'live' }).waitFor();
    await page.locator('#empty').waitFor();
    await sendPersian(simulator, 'پیام تازه', '09121234567');
    await page.locator('tr[data-status="sent"]', { hasText: 'پیام تازه' }).waitFor();
    simulator.fail(simulator.messages()[0]!.id);
    await page.locator('tr[data-status="failed"]', { hasText: 'پیام تازه' }).waitFor();
    expect(await page.locator('#empty').isHidden()).toBe(true);

    // The page's assets, then a single event stream: no /inbox/api/state request, none repeated.
    expect(requested.sort()).toEqual(['/inbox/events', '/inbox/inbox.css', '/inbox/inbox.js']);
  });
});
