import { defineConfig } from 'vitest/config';

// The package's own tests (`npm test` in device-bridge/): no DynamoDB, no backend.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
