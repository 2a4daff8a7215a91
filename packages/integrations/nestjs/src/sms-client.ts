import type { SmsClient as CoreSmsClient } from '@sms/core';

/**
 * The default client as a DI token and a type: `constructor(private readonly sms: SmsClient)` needs no
 * decorator. The value injected is the client `createSmsClient` built, not an instance of this class.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class SmsClient {}

// Declaration merging gives the class every member of core's interface without restating (and drifting from)
// them; the class is never instantiated (Nest injects core's client under it), so no member goes unimplemented.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SmsClient extends CoreSmsClient {}
