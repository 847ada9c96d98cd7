import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: import.meta.dirname });

/**
 * Components and pages run in jsdom; route handlers, the proxy and pure modules in node (they use
 * Request/Response and node:crypto): such a test file starts with a `@jest-environment node` docblock.
 * @type {import('jest').Config}
 */
const config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
  },
  testMatch: ['<rootDir>/**/*.test.ts', '<rootDir>/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/\\.next'],
  modulePathIgnorePatterns: ['<rootDir>/\\.next'],
};

export default createJestConfig(config);
