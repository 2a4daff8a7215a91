export { createMemoryProvider } from '../memory/create-memory-provider';
export type {
  MemoryCall,
  MemoryMessage,
  MemoryMethod,
  MemoryProvider,
  MemoryProviderOptions,
} from '../memory/create-memory-provider';
export { describeProviderConformance } from './describe-provider-conformance';
export type { ConformanceContext, ProviderConformanceOptions } from './describe-provider-conformance';
export { usePerTest } from './use-per-test';
export { catchSmsError } from './catch-sms-error';
export { expectNoSecret } from './expect-no-secret';
