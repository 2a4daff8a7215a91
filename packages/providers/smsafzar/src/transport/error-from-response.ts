import { type SmsError } from '@sms/core';
import { errorFromStatus, type HttpClient, type HttpResponse } from '@sms/core/provider-utils';
import { cleanProviderText, readErrorBody } from '../parsing/read-error-body';

/**
 * Maps an unsuccessful SMSAfzar answer to an `SmsError` by HTTP status and `errorCode`, as the documents
 * describe them. 4xx answers prove nothing was done (`not-sent`); 500 leaves the outcome `unknown` and keeps
 * the incident number as `providerCode`.
 */
export function errorFromResponse(http: HttpClient, response: HttpResponse): SmsError {
  const provider = http.provider;
  const status = response.statusCode;
  const body = readErrorBody(response.json);
  const code = body.errorCode;
  const said = body.errorMessage === undefined ? '' : ` SMSAfzar said: "${cleanProviderText(body.errorMessage)}".`;
  const codeText = code === undefined ? `HTTP ${status}` : `HTTP ${status}, errorCode ${code}`;
  const withCode = code === undefined ? { response } : { response, providerCode: code };

  if (status === 401) {
    return http.error(
      `${provider} refused the credentials (${codeText}).${said} Check the API key, or the userName, password and domain used for the token. Nothing was sent.`,
      { ...withCode, code: 'AUTHENTICATION', retryable: false },
    );
  }
  if (status === 403) {
    if (code === 1005) {
      return http.error(
        `This ${provider} account is not allowed to call this method (${codeText}).${said} Ask SMSAfzar to enable the method for the account. Nothing was sent.`,
        { ...withCode, code: 'PERMISSION' },
      );
    }
    if (code === 1006) {
      return http.error(
        `${provider} does not accept calls from this server's IP address (${codeText}).${said} Add the address to the allowed IPs of the web service in the SMSAfzar panel. Nothing was sent.`,
        { ...withCode, code: 'PERMISSION' },
      );
    }
    return http.error(`${provider} refused this call for this account or address (${codeText}).${said} Nothing was sent.`, { ...withCode, code: 'PERMISSION' });
  }
  if (status >= 500 && body.errorCode !== undefined) {
    return http.error(
      `${provider} failed with an internal error (${codeText}).${said} The request may have been processed, so check its status before sending again; ` +
        `quote incident ${code} to SMSAfzar support.`,
      { ...withCode, code: 'PROVIDER_ERROR', outcome: 'unknown' },
    );
  }
  if (status >= 400 && status < 500 && status !== 429 && code !== undefined) {
    switch (code) {
      case 1001: {
        const fields = body.validationErrors.map((item) =>
          item.errorMessage === undefined ? item.field : `${item.field} (${cleanProviderText(item.errorMessage)})`,
        );
        const list = fields.length === 0 ? '' : ` Invalid fields: ${fields.join('; ')}.`;
        return http.error(`${provider} refused the parameters (${codeText}).${list}${said} Fix them and send again. Nothing was sent.`, {
          ...withCode,
          code: 'INVALID_INPUT',
        });
      }
      case 1053:
        return http.error(
          `The sender line is not defined on this ${provider} account (${codeText}).${said} Pass a \`from\` or \`senderNumber\` the account owns. Nothing was sent.`,
          { ...withCode, code: 'INVALID_SENDER' },
        );
      case 1106:
        return http.error(
          `${provider} does not know this batchId (${codeText}).${said} It may be wrong, already sent or already canceled.`,
          { ...withCode, code: 'NOT_FOUND' },
        );
      case 1107:
        return http.error(`${provider} does not know this templateId (${codeText}).${said} Check the template id in the SMSAfzar panel. Nothing was sent.`, {
          ...withCode,
          code: 'TEMPLATE',
        });
      default:
        return http.error(`${provider} refused the request (${codeText}).${said} Nothing was sent.`, { ...withCode, code: 'INVALID_INPUT' });
    }
  }
  // 429, 5xx without SMSAfzar's envelope (an HTML 502 page) and anything unexpected.
  return errorFromStatus(http, response, body.errorMessage === undefined ? undefined : cleanProviderText(body.errorMessage));
}
