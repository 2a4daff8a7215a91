// What each benchmarked provider sends and how our package for it is created. Keys are throw-away values
// for the local server; nothing here reaches a real provider.
export const TEXT = 'Your verification code is 482913';

/** `count` distinct valid Iranian mobile numbers in E.164: +98 912 0000000, +98 912 0000001, … */
export function iranianRecipients(count) {
  return Array.from({ length: count }, (_, index) => `+98912${String(index).padStart(7, '0')}`);
}

// `connections` and `dispatcher` may be undefined: every provider then takes its own default.
export const PROVIDER_SETUPS = {
  ghasedak: {
    packageName: '@sms/ghasedak',
    endpoint: 'v2/sms/send/simple',
    recipient: '+989121234567',
    async create(baseUrl, connections, dispatcher) {
      const { createGhasedak } = await import('@sms/ghasedak');
      return createGhasedak({ apiKey: 'bench-ghasedak-key', lineNumber: '10008566', baseUrl, connections, dispatcher });
    },
  },
  smsafzar: {
    packageName: '@sms/smsafzar',
    endpoint: 'messages/send',
    recipient: '+989121234567',
    async create(baseUrl, connections, dispatcher) {
      const { createSmsAfzar } = await import('@sms/smsafzar');
      return createSmsAfzar({
        apiKey: 'bench-smsafzar-key',
        senderNumber: '10001000',
        baseUrl,
        connections,
        dispatcher,
      });
    },
  },
  smspartner: {
    packageName: '@sms/smspartner',
    endpoint: 'v1/send',
    recipient: '+33612345678',
    async create(baseUrl, connections, dispatcher) {
      const { createSmsPartner } = await import('@sms/smspartner');
      return createSmsPartner({ apiKey: 'bench-smspartner-key', sender: 'Bench', baseUrl, connections, dispatcher });
    },
  },
};

/** The `connections` default of every provider (core's `createHttpClient`): the raw baseline uses the same. */
export const DEFAULT_CONNECTIONS = 32;
