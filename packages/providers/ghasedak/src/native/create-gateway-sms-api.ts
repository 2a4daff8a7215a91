import { SmsError, type CallOptions } from '@sms/core';
import { assertText, readInteger, readString } from '@sms/core/provider-utils';
import type { GhasedakGatewayAnswer, GhasedakGatewayTransport } from '../ghasedak-gateway-transport';
import { assignGatewayMessageDetails } from './assign-gateway-message-details';
import type { GhasedakGatewayContext } from './gateway-context';
import { toGatewayDate } from './gateway-dates';
import { lowerCaseKeys } from './gateway-fields';
import type {
  GhasedakGatewayBulkResponse,
  GhasedakGatewayMessageStatus,
  GhasedakGatewayOtpReceptor,
  GhasedakGatewayOtpResponse,
  GhasedakGatewayPairItem,
  GhasedakGatewayPairToPairResponse,
  GhasedakGatewaySingleResponse,
  GhasedakGatewaySmsApi,
} from './gateway-sms-api-types';
import { assertLineNumber, assertListValue, assertNonEmptyString, assertSendDate } from './ghasedak-inputs';
import { toGhasedakRecipients } from './ghasedak-recipients';
import { readGatewaySentMessage } from './read-gateway-sent-message';

/** `CheckSmsStatus` takes at most 100 ids per call. */
export const GHASEDAK_GATEWAY_MAX_STATUS_IDS = 100;
/** `SendOtpWithParams` takes `param1` … `param10`. */
export const GHASEDAK_GATEWAY_MAX_TEMPLATE_PARAMS = 10;

// The post* functions take values already validated and rendered for the wire (recipients as `09…`):
// `createGatewaySmsApi` below validates the native API's inputs, and the SmsProvider methods (unified/)
// validate their own before calling them. Fields left undefined are left out of the JSON body.

export interface GatewaySingleWire {
  message: string;
  receptor: string;
  lineNumber?: string | undefined;
  sendDate?: Date | undefined;
  clientReferenceId?: string | undefined;
  udh?: boolean | undefined;
}

export interface GatewayBulkWire {
  message: string;
  receptors: readonly string[];
  lineNumber?: string | undefined;
  sendDate?: Date | undefined;
  clientReferenceId?: string | undefined;
  isVoice?: boolean | undefined;
  udh?: boolean | undefined;
}

export interface GatewayPairItemWire {
  lineNumber: string;
  receptor: string;
  message: string;
  clientReferenceId?: string | undefined;
  sendDate?: Date | undefined;
}

export interface GatewayPairWire {
  items: readonly GatewayPairItemWire[];
  udh?: boolean | undefined;
}

interface GatewayOtpCommonWire {
  receptors: readonly GhasedakGatewayOtpReceptor[];
  templateName: string;
  sendDate?: Date | undefined;
  isVoice?: boolean | undefined;
  udh?: boolean | undefined;
}

export interface GatewayOtpWire extends GatewayOtpCommonWire {
  inputs: readonly { param: string; value: string }[];
}

export interface GatewayOtpWithParamsWire extends GatewayOtpCommonWire {
  params: readonly string[];
}

export interface GatewayStatusWire {
  ids: readonly string[];
  /** 1: the ids are message ids; 2: they are client reference ids. */
  type: 1 | 2;
}

function dateOrUndefined(date: Date | undefined): string | undefined {
  return date === undefined ? undefined : toGatewayDate(date);
}

function sentOrFail(
  transport: GhasedakGatewayTransport,
  answer: GhasedakGatewayAnswer,
  path: string,
  item: unknown,
): NonNullable<ReturnType<typeof readGatewaySentMessage>> {
  const sent = readGatewaySentMessage(item);
  if (sent === undefined)
    throw transport.unexpectedData(answer, path, 'a sent message with a receptor and a messageId');
  return sent;
}

function itemsOf(transport: GhasedakGatewayTransport, answer: GhasedakGatewayAnswer, path: string): unknown[] {
  const items = lowerCaseKeys(answer.envelope.data)?.items;
  if (!Array.isArray(items)) throw transport.unexpectedData(answer, path, 'an object with a list of items');
  return items;
}

export async function postSendSingle(
  transport: GhasedakGatewayTransport,
  wire: GatewaySingleWire,
  options?: CallOptions,
): Promise<GhasedakGatewaySingleResponse> {
  const path = 'SendSingleSMS';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      json: {
        sendDate: dateOrUndefined(wire.sendDate),
        lineNumber: wire.lineNumber,
        receptor: wire.receptor,
        message: wire.message,
        clientReferenceId: wire.clientReferenceId,
        udh: wire.udh,
      },
    },
    options,
  );
  return { ...sentOrFail(transport, answer, path, answer.envelope.data), raw: answer.envelope.body };
}

export async function postSendBulk(
  transport: GhasedakGatewayTransport,
  wire: GatewayBulkWire,
  options?: CallOptions,
): Promise<GhasedakGatewayBulkResponse> {
  const path = 'SendBulkSMS';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      json: {
        sendDate: dateOrUndefined(wire.sendDate),
        lineNumber: wire.lineNumber,
        receptors: wire.receptors,
        message: wire.message,
        clientReferenceId: wire.clientReferenceId,
        isVoice: wire.isVoice,
        udh: wire.udh,
      },
    },
    options,
  );
  const data = lowerCaseKeys(answer.envelope.data);
  if (data === undefined || !Array.isArray(data.receptors))
    throw transport.unexpectedData(answer, path, 'an object with a list of receptors');
  const receptors = data.receptors.map((item) => {
    const sent = sentOrFail(transport, answer, path, item);
    return { receptor: sent.receptor, messageId: sent.messageId };
  });
  const response: GhasedakGatewayBulkResponse = { receptors, raw: answer.envelope.body };
  const cost = readInteger(data, 'cost');
  if (cost !== undefined) response.cost = cost;
  assignGatewayMessageDetails(response, data);
  return response;
}

export async function postSendPairToPair(
  transport: GhasedakGatewayTransport,
  wire: GatewayPairWire,
  options?: CallOptions,
): Promise<GhasedakGatewayPairToPairResponse> {
  const path = 'SendPairToPairSMS';
  const answer = await transport.call(
    {
      method: 'POST',
      path,
      json: {
        items: wire.items.map((item) => ({
          lineNumber: item.lineNumber,
          receptor: item.receptor,
          message: item.message,
          clientReferenceId: item.clientReferenceId,
          sendDate: dateOrUndefined(item.sendDate),
        })),
        udh: wire.udh,
      },
    },
    options,
  );
  return {
    items: itemsOf(transport, answer, path).map((item) => sentOrFail(transport, answer, path, item)),
    raw: answer.envelope.body,
  };
}

async function postOtp(
  transport: GhasedakGatewayTransport,
  path: string,
  json: Record<string, unknown>,
  options?: CallOptions,
): Promise<GhasedakGatewayOtpResponse> {
  const answer = await transport.call({ method: 'POST', path, json }, options);
  const response: GhasedakGatewayOtpResponse = {
    items: itemsOf(transport, answer, path).map((item) => sentOrFail(transport, answer, path, item)),
    raw: answer.envelope.body,
  };
  // The PHP SDK types totalCost as a string; both are read.
  const totalCost = readInteger(lowerCaseKeys(answer.envelope.data), 'totalcost');
  if (totalCost !== undefined) response.totalCost = totalCost;
  return response;
}

function otpReceptors(receptors: readonly GhasedakGatewayOtpReceptor[]): object[] {
  return receptors.map((receptor) => ({ mobile: receptor.mobile, clientReferenceId: receptor.clientReferenceId }));
}

export function postSendOtp(
  transport: GhasedakGatewayTransport,
  wire: GatewayOtpWire,
  options?: CallOptions,
): Promise<GhasedakGatewayOtpResponse> {
  return postOtp(
    transport,
    'SendOtpSMS',
    {
      sendDate: dateOrUndefined(wire.sendDate),
      receptors: otpReceptors(wire.receptors),
      templateName: wire.templateName,
      inputs: wire.inputs.map((input) => ({ param: input.param, value: input.value })),
      udh: wire.udh,
      isVoice: wire.isVoice,
    },
    options,
  );
}

export function postSendOtpWithParams(
  transport: GhasedakGatewayTransport,
  wire: GatewayOtpWithParamsWire,
  options?: CallOptions,
): Promise<GhasedakGatewayOtpResponse> {
  const json: Record<string, unknown> = {
    sendDate: dateOrUndefined(wire.sendDate),
    receptors: otpReceptors(wire.receptors),
    templateName: wire.templateName,
  };
  wire.params.forEach((value, index) => {
    json[`param${index + 1}`] = value;
  });
  json.isVoice = wire.isVoice;
  json.udh = wire.udh;
  return postOtp(transport, 'SendOtpWithParams', json, options);
}

function readStatus(item: unknown): GhasedakGatewayMessageStatus | undefined {
  const fields = lowerCaseKeys(item);
  const messageId = readString(fields, 'messageid');
  if (fields === undefined || messageId === undefined) return undefined;
  const status: GhasedakGatewayMessageStatus = { messageId, status: readInteger(fields, 'status'), raw: item };
  const receptor = readString(fields, 'receptor');
  const price = readInteger(fields, 'price');
  if (receptor !== undefined) status.receptor = receptor;
  if (price !== undefined) status.price = price;
  assignGatewayMessageDetails(status, fields);
  return status;
}

export async function getCheckSmsStatus(
  transport: GhasedakGatewayTransport,
  wire: GatewayStatusWire,
  options?: CallOptions,
): Promise<GhasedakGatewayMessageStatus[]> {
  const path = 'CheckSmsStatus';
  // `Ids` comma-joined and `Type` as the integer, the form the docs and the newest SDKs send.
  const answer = await transport.call(
    { method: 'GET', path, query: { Ids: wire.ids.join(','), Type: String(wire.type) } },
    options,
  );
  const data = answer.envelope.data ?? [];
  if (!Array.isArray(data)) throw transport.unexpectedData(answer, path, 'a list of statuses');
  return data.map(readStatus).filter((status) => status !== undefined);
}

function invalid(provider: string, message: string): SmsError {
  return new SmsError(`${message} Nothing was sent.`, { code: 'INVALID_INPUT', provider });
}

function assertNonEmptyList(list: unknown, provider: string, name: string): readonly unknown[] {
  if (!Array.isArray(list) || list.length === 0)
    throw invalid(provider, `${name} for ${provider} must be a non-empty list.`);
  return list;
}

function optionalBoolean(value: unknown, provider: string, name: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw invalid(provider, `${name} for ${provider} must be true or false; got ${JSON.stringify(value)}.`);
}

/** A client reference id: no commas, since `CheckSmsStatus` takes them comma-joined. */
export function assertClientReferenceId(value: unknown, provider: string, name = 'clientReferenceId'): string {
  return assertListValue(value, provider, name);
}

export function createGatewaySmsApi(context: GhasedakGatewayContext): GhasedakGatewaySmsApi {
  const { transport, provider } = context;
  const lineOf = (lineNumber: unknown, name = 'lineNumber'): string | undefined =>
    lineNumber === undefined ? context.lineNumber : assertLineNumber(lineNumber, provider, name);
  const receptorOf = (value: unknown, name: string): string => {
    if (typeof value !== 'string') throw invalid(provider, `${name} for ${provider} must be one phone number.`);
    return toGhasedakRecipients(value, provider, 'iranian-mobile').wire[0]!;
  };
  const sendDateOf = (value: unknown): Date | undefined =>
    value === undefined ? undefined : assertSendDate(value, provider);
  const referenceOf = (value: unknown, name = 'clientReferenceId'): string | undefined =>
    value === undefined ? undefined : assertClientReferenceId(value, provider, name);
  const otpReceptorsOf = (receptors: unknown): GhasedakGatewayOtpReceptor[] =>
    assertNonEmptyList(receptors, provider, 'receptors').map((receptor, index) => {
      const given = receptor as Partial<GhasedakGatewayOtpReceptor> | null;
      const mobile = receptorOf(given?.mobile, `receptors[${index}].mobile`);
      const clientReferenceId = referenceOf(given?.clientReferenceId, `receptors[${index}].clientReferenceId`);
      return clientReferenceId === undefined ? { mobile } : { mobile, clientReferenceId };
    });

  return {
    async sendSingle(sms, options) {
      assertText(sms.message, provider);
      return postSendSingle(
        transport,
        {
          message: sms.message,
          receptor: receptorOf(sms.receptor, 'receptor'),
          lineNumber: lineOf(sms.lineNumber),
          sendDate: sendDateOf(sms.sendDate),
          clientReferenceId: referenceOf(sms.clientReferenceId),
          udh: optionalBoolean(sms.udh, provider, 'udh'),
        },
        options,
      );
    },

    async sendBulk(sms, options) {
      assertText(sms.message, provider);
      assertNonEmptyList(sms.receptors, provider, 'receptors');
      return postSendBulk(
        transport,
        {
          message: sms.message,
          receptors: toGhasedakRecipients(sms.receptors, provider, 'iranian-mobile').wire,
          lineNumber: lineOf(sms.lineNumber),
          sendDate: sendDateOf(sms.sendDate),
          clientReferenceId: referenceOf(sms.clientReferenceId),
          isVoice: optionalBoolean(sms.isVoice, provider, 'isVoice'),
          udh: optionalBoolean(sms.udh, provider, 'udh'),
        },
        options,
      );
    },

    async sendPairToPair(sms, options) {
      const items = assertNonEmptyList(sms?.items, provider, 'items').map((value, index): GatewayPairItemWire => {
        const item = value as GhasedakGatewayPairItem;
        assertText(item?.message, provider);
        const lineNumber = lineOf(item.lineNumber, `items[${index}].lineNumber`);
        if (lineNumber === undefined) {
          throw new SmsError(
            `SendPairToPairSMS needs a sender line for every item: set lineNumber on items[${index}] or the lineNumber setting of createGhasedak(). Nothing was sent.`,
            { code: 'INVALID_SENDER', provider },
          );
        }
        return {
          lineNumber,
          receptor: receptorOf(item.receptor, `items[${index}].receptor`),
          message: item.message,
          clientReferenceId: referenceOf(item.clientReferenceId, `items[${index}].clientReferenceId`),
          sendDate: sendDateOf(item.sendDate),
        };
      });
      return postSendPairToPair(transport, { items, udh: optionalBoolean(sms.udh, provider, 'udh') }, options);
    },

    async sendOtp(otp, options) {
      // A template without placeholders takes an empty list.
      if (!Array.isArray(otp.inputs))
        throw invalid(provider, `inputs for ${provider} must be a list of { param, value }.`);
      const inputs = otp.inputs.map((value: unknown, index: number) => {
        const input = value as { param?: unknown; value?: unknown } | null;
        return {
          param: assertNonEmptyString(input?.param, provider, `inputs[${index}].param`),
          value: assertNonEmptyString(input?.value, provider, `inputs[${index}].value`),
        };
      });
      return postSendOtp(
        transport,
        {
          receptors: otpReceptorsOf(otp.receptors),
          templateName: assertNonEmptyString(otp.templateName, provider, 'templateName'),
          inputs,
          sendDate: sendDateOf(otp.sendDate),
          isVoice: optionalBoolean(otp.isVoice, provider, 'isVoice'),
          udh: optionalBoolean(otp.udh, provider, 'udh'),
        },
        options,
      );
    },

    async sendOtpWithParams(otp, options) {
      const params = assertNonEmptyList(otp.params, provider, 'params');
      if (params.length > GHASEDAK_GATEWAY_MAX_TEMPLATE_PARAMS) {
        throw invalid(
          provider,
          `SendOtpWithParams takes at most ${GHASEDAK_GATEWAY_MAX_TEMPLATE_PARAMS} params (param1 … param10); got ${params.length}.`,
        );
      }
      return postSendOtpWithParams(
        transport,
        {
          receptors: otpReceptorsOf(otp.receptors),
          templateName: assertNonEmptyString(otp.templateName, provider, 'templateName'),
          params: params.map((value, index) => assertNonEmptyString(value, provider, `params[${index}]`)),
          sendDate: sendDateOf(otp.sendDate),
          isVoice: optionalBoolean(otp.isVoice, provider, 'isVoice'),
          udh: optionalBoolean(otp.udh, provider, 'udh'),
        },
        options,
      );
    },

    async status(query, options) {
      const byReference = typeof query === 'object' && query !== null && 'clientReferenceIds' in query;
      const ids = assertNonEmptyList(
        byReference ? query.clientReferenceIds : (query as { messageIds?: unknown } | null)?.messageIds,
        provider,
        byReference ? 'clientReferenceIds' : 'messageIds',
      );
      if (ids.length > GHASEDAK_GATEWAY_MAX_STATUS_IDS) {
        throw invalid(
          provider,
          `CheckSmsStatus takes at most ${GHASEDAK_GATEWAY_MAX_STATUS_IDS} ids per call; got ${ids.length}. Split the list.`,
        );
      }
      return getCheckSmsStatus(
        transport,
        {
          ids: ids.map((id, index) => assertListValue(id, provider, `ids[${index}]`)),
          type: byReference ? 2 : 1,
        },
        options,
      );
    },
  };
}
