// The start-up phase of the bench (`npm run -s bench -- --phase startup`): wall time of
// `kg --help` and of `kg cypher 'RETURN 1'`, each a fresh `node bin/kg.js` process as a user runs
// it, from spawn to exit. The compiled CLI is built first if it is stale (scripts/build.js), so the
// figures are those of an installed kg. `kg cypher` needs a server: NEO4J_URI if set, else the
// bench's own side server (bench-data/neo4j, ports of its own), started here and stopped after.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const KG = join(ROOT, 'bin', 'kg.js');
const RUNS = 7;

export const STARTUP_TARGETS = { help_seconds: 0.3, cypher_seconds: 1 };

interface Timing {
  median: number;
  min: number;
  max: number;
}

function timeKg(args: string[], env: NodeJS.ProcessEnv): Timing {
  const seconds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const began = performance.now();
    const run = spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, env, encoding: 'utf8' });
    const took = (performance.now() - began) / 1000;
    if (run.status !== 0) throw new Error(`kg ${args.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
    seconds.push(took);
  }
  seconds.sort((a, b) => a - b);
  return { median: seconds[Math.floor(seconds.length / 2)], min: seconds[0], max: seconds[seconds.length - 1] };
}

type Log = (line: string) => void;

export async function phaseStartup(log: Log): Promise<Record<string, number | string>> {
  const { build } = require(join(ROOT, 'scripts', 'build.js')) as { build: (o: { ifStale: boolean }) => number };
  const { distIsFresh } = require(join(ROOT, 'scripts', 'source-hash.js')) as { distIsFresh: () => boolean };
  if (build({ ifStale: true }) !== 0 || !distIsFresh()) throw new Error('the compiled CLI could not be built (npm run build)');

  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  const help = timeKg(['--help'], env);
  log(`kg --help: median ${help.median.toFixed(3)} s (min ${help.min.toFixed(3)}, max ${help.max.toFixed(3)}, ${RUNS} runs)`);

  const local = await import('../src/admin/local-server');
  const { sideServerConfig } = await import('../src/admin/side-server');
  let stopAfter: Awaited<ReturnType<typeof sideServerConfig>> | null = null;
  if (!process.env.NEO4J_URI) {
    const side = await sideServerConfig(join(ROOT, 'bench-data', 'neo4j'));
    const before = await local.status(side);
    const running = await local.start(side, log);
    if (before.state === 'stopped') stopAfter = side;
    Object.assign(env, { NEO4J_URI: running.boltUri, NEO4J_USER: local.DEFAULT_USER, NEO4J_PASSWORD: local.serverPassword(side) });
  }
  try {
    timeKg(['cypher', 'RETURN 1'], env); // the server's first query plans it: not what a user waits for
    const cypher = timeKg(['cypher', 'RETURN 1'], env);
    log(`kg cypher 'RETURN 1': median ${cypher.median.toFixed(3)} s (min ${cypher.min.toFixed(3)}, max ${cypher.max.toFixed(3)}, ${RUNS} runs)`);
    const met = help.median <= STARTUP_TARGETS.help_seconds && cypher.median <= STARTUP_TARGETS.cypher_seconds;
    log(`targets: kg --help ≤ ${STARTUP_TARGETS.help_seconds} s, kg cypher ≤ ${STARTUP_TARGETS.cypher_seconds} s: ${met ? 'met' : 'MISSED'}`);
    return {
      help_seconds: help.median,
      help_min_seconds: help.min,
      cypher_seconds: cypher.median,
      cypher_min_seconds: cypher.min,
      runs: RUNS,
      help_target_met: String(help.median <= STARTUP_TARGETS.help_seconds),
      cypher_target_met: String(cypher.median <= STARTUP_TARGETS.cypher_seconds),
    };
  } finally {
    if (stopAfter) await local.stop(stopAfter, log);
  }
}
