import type { SimulatorSettings } from '../../settings/simulator-settings';
import { GATEWAY_ERROR, GatewayFailure } from './gateway-failure';

const PLACEHOLDER = /%([A-Za-z0-9_]+)%/g;

/**
 * A panel template: the gateway's named ones (`templates.ghasedakGateway`), then the account's v2 verification
 * templates (`templates.ghasedak`, whose inputs are named param1..param10). 428 when neither has it.
 */
export function findGatewayTemplate(settings: SimulatorSettings, name: string): { text: string } {
  const template = settings.templates.ghasedakGateway[name] ?? settings.templates.ghasedak[name];
  if (!template)
    throw new GatewayFailure(
      GATEWAY_ERROR.invalidMessageTemplate,
      `InvalidMessageTemplate: no approved template named ${JSON.stringify(name)}`,
    );
  return template;
}

/** The template's input names, in the order they first appear (`%Code%` gives `Code`). */
export function templateParameterNames(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1] ?? ''))];
}

/** The text with every placeholder filled; 429 MissedParams naming those without a value. */
export function renderTemplate(text: string, values: Record<string, string>): string {
  const missing = templateParameterNames(text).filter((name) => values[name] === undefined);
  if (missing.length > 0)
    throw new GatewayFailure(GATEWAY_ERROR.missedParams, `MissedParams: no value for ${missing.join(', ')}`);
  return text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}
