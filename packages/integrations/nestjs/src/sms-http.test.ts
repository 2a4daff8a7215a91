import 'reflect-metadata';
import {
  Body,
  Controller,
  HttpCode,
  Injectable,
  Module,
  Post,
  type DynamicModule,
  type INestApplication,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/testing';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { SmsClient, SmsModule } from './index';

/** A service and controller as a user writes them: class-typed injection, no decorator. */
@Injectable()
class OtpService {
  constructor(private readonly sms: SmsClient) {}

  async sendCode(phone: string, code: string) {
    const result = await this.sms.send({ to: phone, text: `Your code is ${code}` });
    return { id: result.messages[0]?.id, to: result.messages[0]?.to, status: result.messages[0]?.status };
  }
}

@Controller('otp')
class OtpController {
  constructor(private readonly otp: OtpService) {}

  @Post()
  @HttpCode(202)
  send(@Body() body: { phone: string; code: string }) {
    return this.otp.sendCode(body.phone, body.code);
  }
}

@Module({ controllers: [OtpController], providers: [OtpService] })
class OtpModule {}

@Module({})
class AppModule {
  static with(memory: MemoryProvider): DynamicModule {
    return { module: AppModule, imports: [SmsModule.forRoot({ providers: [memory], isGlobal: true }), OtpModule] };
  }
}

let app: INestApplication | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a controller on @nestjs/platform-express', () => {
  it('sends through the injected SmsClient and answers with the result', async () => {
    const memory = createMemoryProvider({ id: 'ghasedak' });
    app = await NestFactory.create(AppModule.with(memory), { logger: false });
    await app.init();

    const response = await request(app.getHttpServer())
      .post('/otp')
      .send({ phone: '0912 123 4567', code: '4821' })
      .expect(202);

    expect(response.body).toEqual({ id: 'ghasedak-1', to: '+989121234567', status: 'sent' });
    expect(memory.messages).toEqual([
      { id: 'ghasedak-1', to: '+989121234567', text: 'Your code is 4821', status: 'sent', segments: 1 },
    ]);
  });

  it('closes the client with the application', async () => {
    const memory = createMemoryProvider({ id: 'ghasedak' });
    app = await NestFactory.create(AppModule.with(memory), { logger: false });
    await app.listen(0, '127.0.0.1');
    expect(memory.closed).toBe(false);

    await app.close();
    app = undefined;

    expect(memory.closed).toBe(true);
  });
});
