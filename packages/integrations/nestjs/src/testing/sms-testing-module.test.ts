import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SmsError, type SmsClient as CoreSmsClient } from '@sms/core';
import { describe, expect, it } from 'vitest';
import { InjectSms, SMS_CLIENT, SmsClient, getSmsClientToken } from '../index';
import { InjectSmsRecorder, SMS_RECORDER, SmsRecorder, SmsTestingModule, getSmsRecorderToken } from './index';
import { useTestingModules } from '../test-support/use-testing-modules';

const { compile } = useTestingModules();

/** Application code as a user writes it: it knows nothing about tests. */
@Injectable()
class WelcomeService {
  constructor(readonly sms: SmsClient) {}

  async welcome(phone: string, name: string): Promise<string | undefined> {
    const result = await this.sms.send({ to: phone, text: `Welcome, ${name}!`, reference: `welcome-${name}` });
    return result.messages[0]?.id;
  }
}

describe('SmsTestingModule', () => {
  it('records what application code sends, exposed through the injectable SmsRecorder', async () => {
    const moduleRef = await compile({ imports: [SmsTestingModule.forRoot()], providers: [WelcomeService] });

    const id = await moduleRef.get(WelcomeService).welcome('09121234567', 'Ada');

    const recorder = moduleRef.get(SmsRecorder);
    expect(moduleRef.get(SMS_RECORDER)).toBe(recorder);
    expect(recorder.messages).toEqual([
      {
        provider: 'memory',
        id: 'memory-1',
        to: '+989121234567',
        text: 'Welcome, Ada!',
        reference: 'welcome-Ada',
        status: 'sent',
        segments: 1,
      },
    ]);
    expect(id).toBe('memory-1');
    expect(recorder.lastMessage?.text).toBe('Welcome, Ada!');
    expect(recorder.calls.map((call) => [call.provider, call.method])).toEqual([['memory', 'send']]);
  });

  it('provides the client under the same tokens as SmsModule', async () => {
    const moduleRef = await compile({ imports: [SmsTestingModule.forRoot()] });

    const client = moduleRef.get(SmsClient);
    expect(moduleRef.get(SMS_CLIENT)).toBe(client);
    expect(client.providers).toEqual(moduleRef.get(SmsRecorder).providers);
  });

  it('lets a test make the provider fail, and records the failed call', async () => {
    const moduleRef = await compile({ imports: [SmsTestingModule.forRoot()], providers: [WelcomeService] });
    const recorder = moduleRef.get(SmsRecorder);
    recorder
      .provider()
      .failWith(new SmsError('No credit left.', { code: 'INSUFFICIENT_CREDIT', provider: 'memory' }), 1);

    await expect(moduleRef.get(WelcomeService).welcome('09121234567', 'Ada')).rejects.toMatchObject({
      code: 'INSUFFICIENT_CREDIT',
    });
    await moduleRef.get(WelcomeService).welcome('09121234567', 'Grace');

    expect(recorder.calls.map((call) => call.method)).toEqual(['send', 'send']);
    expect(recorder.messages.map((message) => message.text)).toEqual(['Welcome, Grace!']);
  });

  it('mirrors a multi-provider setup with several memory providers and client options', async () => {
    const moduleRef = await compile({
      imports: [
        SmsTestingModule.forRoot({
          memoryProviders: [
            { id: 'ghasedak' },
            { id: 'smspartner', defaultCountry: 'FR', capabilities: { templates: false } },
          ],
          templates: { otp: { text: 'Code {code}', ghasedak: { template: 'otp', params: ['code'] } } },
        }),
      ],
    });
    const client = moduleRef.get(SmsClient);
    const recorder = moduleRef.get(SmsRecorder);

    await client.sendTemplate({ to: '09121234567', template: 'otp', params: { code: '1234' } });
    await client.send({ to: '06 12 34 56 78', text: 'Bonjour' }, { provider: 'smspartner' });

    expect(recorder.messages.map((message) => [message.provider, message.to, message.text])).toEqual([
      ['ghasedak', '+989121234567', 'otp: 1234'],
      ['smspartner', '+33612345678', 'Bonjour'],
    ]);
    expect(recorder.provider('smspartner').capabilities.templates).toBe(false);
    expect(() => recorder.provider('twilio')).toThrow(/No memory provider "twilio".*ghasedak, smspartner/);
  });

  it('forgets everything on reset', async () => {
    const moduleRef = await compile({ imports: [SmsTestingModule.forRoot()], providers: [WelcomeService] });
    await moduleRef.get(WelcomeService).welcome('09121234567', 'Ada');
    const recorder = moduleRef.get(SmsRecorder);

    recorder.reset();

    expect(recorder.messages).toEqual([]);
    expect(recorder.calls).toEqual([]);
    expect(recorder.lastMessage).toBeUndefined();
  });

  it('gives each compiled module fresh providers, even from one shared module definition', async () => {
    const shared = SmsTestingModule.forRoot();
    const first = await compile({ imports: [shared], providers: [WelcomeService] });
    const second = await compile({ imports: [shared] });

    await first.get(WelcomeService).welcome('09121234567', 'Ada');

    expect(first.get(SmsRecorder).messages).toHaveLength(1);
    expect(second.get(SmsRecorder).messages).toEqual([]);
  });

  it('stands in for a named client next to the default one', async () => {
    @Injectable()
    class Campaign {
      constructor(
        @InjectSms('marketing') readonly sms: CoreSmsClient,
        @InjectSmsRecorder('marketing') readonly recorder: SmsRecorder,
      ) {}
    }

    const moduleRef = await compile({
      imports: [
        SmsTestingModule.forRoot(),
        SmsTestingModule.forRoot({ name: 'marketing', memoryProviders: [{ id: 'bulk' }] }),
      ],
      providers: [Campaign],
    });
    const campaign = moduleRef.get(Campaign);

    await campaign.sms.send({ to: '09121234567', text: 'Sale' });

    expect(campaign.recorder.messages.map((message) => [message.provider, message.text])).toEqual([['bulk', 'Sale']]);
    expect(moduleRef.get(SmsRecorder).messages).toEqual([]);
    expect(moduleRef.get(getSmsRecorderToken('marketing'))).toBe(campaign.recorder);
    expect(moduleRef.get(getSmsClientToken('marketing'))).toBe(campaign.sms);
    expect(moduleRef.get(SmsClient)).not.toBe(campaign.sms);
  });

  it('isGlobal makes the client and recorder visible to every module', async () => {
    @Module({ providers: [WelcomeService], exports: [WelcomeService] })
    class WelcomeModule {}

    const moduleRef = await compile({ imports: [SmsTestingModule.forRoot({ isGlobal: true }), WelcomeModule] });
    await moduleRef.get(WelcomeService).welcome('09121234567', 'Ada');

    expect(moduleRef.get(SmsRecorder).messages).toHaveLength(1);
  });

  it('closes the memory providers when the module closes', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [SmsTestingModule.forRoot()] }).compile();
    const recorder = moduleRef.get(SmsRecorder);
    expect(recorder.closed).toBe(false);

    await moduleRef.close();

    expect(recorder.closed).toBe(true);
  });
});
