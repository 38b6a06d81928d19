/**
 * Browser tests of the built, localized client in Debian's Chromium (playwright-core).
 * They need a running server: set E2E_BASE_URL (e.g. http://127.0.0.1:3000) to an
 * origin that serves /ru/ and /en/ the way the API does.
 */
module.exports = {
  displayName: 'frontend-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['**/*.e2e.ts'],
  moduleFileExtensions: ['ts', 'js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testTimeout: 120_000,
  maxWorkers: 1,
};
