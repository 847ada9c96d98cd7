// CommonJS config: the package is "type": "module", and ts-jest's CommonJS mode avoids Node's
// experimental VM modules. Sources are compiled per file (isolatedModules) for speed; `pnpm typecheck`
// does the full type check.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'ES2022',
          esModuleInterop: true,
          isolatedModules: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
};
