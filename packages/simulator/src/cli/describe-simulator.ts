import type { Simulator } from '../simulator';

/** What the CLI prints once the simulator listens: where to point clients, and with which credentials. */
export function describeSimulator(simulator: Simulator): string {
  const { baseUrls, credentials } = simulator;
  return [
    `SMS simulator listening on ${simulator.url}`,
    `Inbox page:  ${simulator.url}/`,
    '',
    "Base URLs (each in place of the provider's real one) and test credentials:",
    `  Ghasedak     ${baseUrls.ghasedak}    header apikey: ${credentials.ghasedak.apiKey}`,
    `  Ghasedak gateway ${baseUrls.ghasedakGateway}    header ApiKey: ${credentials.ghasedak.apiKey}`,
    `  SMSAfzar     ${baseUrls.smsafzar}    header X-Api-Key: ${credentials.smsafzar.apiKey}`,
    `               JWT from auth/token: userName ${credentials.smsafzar.userName}, password ${credentials.smsafzar.password}, domain ${credentials.smsafzar.domain}`,
    `  SMS Partner  ${baseUrls.smspartner}  apiKey: ${credentials.smspartner.apiKey}`,
    '',
    'Press Ctrl+C to stop.',
  ].join('\n');
}
