export { createMemoryProvider } from './create-memory-provider';
export type {
  MemoryCall,
  MemoryMessage,
  MemoryMethod,
  MemoryProvider,
  MemoryProviderOptions,
} from './create-memory-provider';
