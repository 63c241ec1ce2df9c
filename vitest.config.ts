import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'lambda/**/*.test.ts',
      'device-bridge/**/*.test.ts',
      'local/**/*.test.ts',
      'test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    globalSetup: ['test/setup/dynamodb.global.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
