// Two projects: `unit` needs nothing; `integration` gets a real Neo4j from tests/setup/.
//   npx jest --selectProjects unit
//   npx jest --selectProjects integration
/** @type {import('ts-jest').TsJestTransformerOptions} */
const tsJest = ['ts-jest', {}];

/** @type {import('jest').Config} */
module.exports = {
  // Community edition has one database, which integration tests wipe: two test files must never
  // run at once. (npm test passes --runInBand too; this covers a bare `npx jest`.)
  maxWorkers: 1,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      // Run only when an integration test is selected: the unit project never starts a server.
      globalSetup: '<rootDir>/tests/setup/global-setup.ts',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
    },
  ],
};
