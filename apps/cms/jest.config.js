/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only (the tsconfig has isolatedModules); `pnpm typecheck` does the type checking.
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }],
  },
  // Must run before Strapi is required: it decides which .env file Strapi loads (none).
  setupFiles: ['<rootDir>/tests/helpers/test-env.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // A Strapi boot takes ~10 s on two cores; the whole file shares one.
  testTimeout: 60_000,
  // Test files boot their own Strapi on their own database, one after another.
  maxWorkers: 1,
};
