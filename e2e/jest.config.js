/** Whole-stack tests. One stack (Strapi + `next start`) per test file, started in beforeAll. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  globalSetup: '<rootDir>/support/global-setup.ts',
  testTimeout: 180_000,
  maxWorkers: 1,
  // Keep-alive sockets to servers a test stopped must not keep CI waiting.
  forceExit: true,
};
