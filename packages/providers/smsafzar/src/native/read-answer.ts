import { readJsonObject, type HttpClient, type HttpResponse } from '@sms/core/provider-utils';
import { errorFromResponse } from '../sms-afzar-errors';

/** The body of a successful answer as an object; any other answer becomes the matching `SmsError`. */
export function readAnswer(http: HttpClient, response: HttpResponse): Record<string, unknown> {
  if (response.statusCode < 200 || response.statusCode >= 300) throw errorFromResponse(http, response);
  return readJsonObject(http, response);
}
