// Integration tests run the CLI as users do (`node bin/kg.js`, tests/setup/robust-helpers.ts),
// which runs the compiled dist/ when it matches src/. Global setup rebuilds a stale dist/ first,
// so the compiled CLI, not an old build and not the ts-node fallback, is what the tests exercise.
import * as path from 'node:path';

interface BuildScript {
  build(options: { ifStale: boolean; quiet: boolean }): number;
}
interface SourceHash {
  distIsFresh(): boolean;
}

export function ensureFreshBuild(): void {
  const root = path.join(__dirname, '..', '..');
  // Plain JavaScript modules of the project (scripts/), read with require as bin/kg.js does.
  const { build } = require(path.join(root, 'scripts', 'build.js')) as BuildScript;
  const { distIsFresh } = require(path.join(root, 'scripts', 'source-hash.js')) as SourceHash;
  if (build({ ifStale: true, quiet: true }) !== 0 || !distIsFresh()) {
    throw new Error('could not build dist/ (npm run build): the integration tests would run a stale CLI');
  }
}
