import { jsonResponse } from '../../server/json-response';
import { readJsonBody } from './read-json-body';
import { smsafzarError, smsafzarValidationError } from './smsafzar-errors';
import type { ValidationError } from './smsafzar-errors';
import type { SmsafzarHandler } from './smsafzar-handler';
import { messageError, requiredError, textValue } from './smsafzar-validation';

/**
 * `auth/token`: `{ userName, password, domain }` → `{ token, expiresIn }` (seconds). The 200 body is not
 * documented; this shape is the one the project fixed. Field names in validation errors follow the docs
 * (`UserName`, `Password`).
 */
export const handleAuthToken: SmsafzarHandler = ({ context, request, tokens }) => {
  const body = readJsonBody(request);
  const userName = textValue(body.userName);
  const password = textValue(body.password);
  const domain = textValue(body.domain);
  const errors: ValidationError[] = [];
  if (userName === undefined) errors.push(requiredError('UserName'));
  else if (userName.length < 6)
    errors.push(messageError('UserName', '.فیلد [ نام کاربری ] می بایست حداقل 6 کاراکتر باشد'));
  if (password === undefined) errors.push(requiredError('Password'));
  else if (password.length < 8)
    errors.push(messageError('Password', '.فیلد [ رمز عبور ] می بایست حداقل 8 کاراکتر باشد'));
  if (domain === undefined) errors.push(requiredError('Domain'));
  if (errors.length > 0) throw smsafzarValidationError(errors);
  const account = context.settings.smsafzarAccounts.find(
    (candidate) => candidate.userName === userName && candidate.password === password && candidate.domain === domain,
  );
  if (!account) throw smsafzarError(401, 401, '.نام کاربری، رمز عبور یا دامنه معتبر نمی باشد');
  return jsonResponse(200, tokens.issue(account));
};
