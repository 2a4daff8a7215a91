import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared';

export default mergeConfig(sharedConfig, { test: { include: ['reliability/**/*.test.ts'], testTimeout: 120_000 } });
