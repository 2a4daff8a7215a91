import { AnswerError } from '../../server/answer-error';
import { jsonResponse } from '../../server/json-response';
import type { ProviderResponse } from '../../server/provider-api';
import { toXml } from './to-xml';

export interface ElementError {
  elementId: string;
  message: string;
}

// French, as the SMS Partner API answers even on its English pages.
export const SMSPARTNER_MESSAGES: Record<number, string> = {
  1: 'Clé API requise',
  2: 'Numéro de téléphone requis',
  3: 'ID de message requis',
  4: 'Message introuvable',
  5: "L'envoi du SMS a déjà été annulé",
  6: "Impossible d'annuler l'envoi d'un SMS moins de 5 minutes avant l'envoi",
  7: "Impossible d'annuler un SMS déjà envoyé",
  10: 'Clé API incorrecte',
  11: 'Crédit insuffisant',
  14: 'Le numéro est dans la liste STOP SMS',
  15: 'Le numéro est déjà dans la liste',
  48: 'Les minutes doivent être comprises entre 5 et 55 par intervalle de 5',
  50: '500 numéros maximum',
  52: '10 SMS concaténés maximum',
  90: 'JSON mal formé',
};

export type ResponseFormat = 'json' | 'xml';

/** JSON by default; `_format=xml` gives the `<result><entry>…` list the seed shows. */
export function smspartnerAnswer(
  status: number,
  value: Record<string, unknown>,
  format: ResponseFormat,
  headers?: Record<string, string>,
): ProviderResponse {
  if (format === 'xml') {
    return {
      status,
      contentType: 'application/xml; charset=utf-8',
      body: toXml(value),
      ...(headers ? { headers } : {}),
    };
  }
  return jsonResponse(status, value, headers);
}

/** A `{ success: false, code, message }` answer: HTTP 401 for API key problems, 400 otherwise. */
export function smspartnerFailure(code: number, format: ResponseFormat = 'json', message?: string): AnswerError {
  const status = code === 1 || code === 10 ? 401 : 400;
  return new AnswerError(
    smspartnerAnswer(
      status,
      { success: false, code, message: message ?? SMSPARTNER_MESSAGES[code] ?? 'Erreur' },
      format,
    ),
  );
}

/** Code 9: the request broke validation constraints, listed in `errors`. */
export function smspartnerValidationFailure(errors: ElementError[], format: ResponseFormat = 'json'): AnswerError {
  return new AnswerError(smspartnerAnswer(400, { success: false, code: 9, errors }, format));
}

export const elementError = (field: string, message: string): ElementError => ({
  elementId: `children[${field}].data`,
  message,
});

export function smspartnerServerError(): ProviderResponse {
  // Code 500 of the error table: a problem while queueing.
  return jsonResponse(500, { success: false, code: 500, message: "Problème lors de la mise en file d'attente" });
}

export function smspartnerRateLimited(): ProviderResponse {
  return jsonResponse(429, { success: false, code: 429, message: 'Trop de requêtes' }, { 'Retry-After': '2' });
}

export function smspartnerTooLarge(): ProviderResponse {
  return jsonResponse(413, { success: false, code: 413, message: 'Requête trop volumineuse' });
}

export function smspartnerNotFound(): ProviderResponse {
  return jsonResponse(404, { success: false, code: 404, message: 'Route introuvable' });
}
