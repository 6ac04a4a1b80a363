// Two projects: `unit` needs nothing; `integration` gets a real Neo4j from tests/setup/.
//   npx jest --selectProjects unit
//   npx jest --selectProjects integration
/** @type {import('ts-jest').TsJestTransformerOptions} */
const tsJest = ['ts-jest', {}];

/** @type {import('jest').Config} */
module.exports = {
  // Community edition has one database, which integration tests wipe: two test files must never
  // run at once, so there is one worker.
  maxWorkers: 1,
  // That worker is a child process, replaced once a test file leaves it above this size. Run in
  // band (one process for all 130-odd files), the heap grows by 40-50 MB per file that loads the
  // knowledge and the wink model, and a full run ended out of memory at 4 GB.
  workerIdleMemoryLimit: '1GB',
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
