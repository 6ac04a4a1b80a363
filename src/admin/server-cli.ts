// `kg neo4j install|start|stop|status|new-password`: thin command-line layer over local-server.ts.
// scripts/neo4j.ts runs it too (CI).

import { LocalServerError, ServerStatus, ensureInstalled, localServerConfig, start, status, stop } from './local-server';
import { newPassword } from './new-password';

export const SERVER_COMMANDS = ['install', 'start', 'stop', 'status', 'new-password'] as const;
export type ServerCommand = (typeof SERVER_COMMANDS)[number];

type Print = (line: string) => void;

function describeStatus(s: ServerStatus): string {
  const version = s.version ? `Neo4j ${s.version}` : 'Neo4j (not installed)';
  if (s.state === 'stopped') {
    const stale = s.stalePidFile ? ' (stale pid file: the last server died without stop)' : '';
    return `${version}: stopped${stale}; cache ${s.cacheDir}`;
  }
  return `${version}: ${s.state} (pid ${s.pid}) at ${s.boltUri}, browser ${s.browserUrl}, log ${s.logFile}`;
}

/** Runs one command; resolves with the process exit code (status: 0 running, 3 not running, as LSB). */
export async function runServerCommand(args: string[], print: Print = console.log, printError: Print = console.error): Promise<number> {
  const command = args[0];
  if (!SERVER_COMMANDS.includes(command as ServerCommand)) {
    printError(`usage: neo4j ${SERVER_COMMANDS.join('|')}`);
    return 2;
  }
  try {
    const config = localServerConfig();
    switch (command as ServerCommand) {
      case 'install': {
        const result = await ensureInstalled(config, printError);
        print(`Neo4j ${result.version} ${result.fromCache ? 'already installed' : `installed in ${result.seconds}s`} in ${result.home}`);
        return 0;
      }
      case 'start':
        print(describeStatus(await start(config, printError)));
        return 0;
      case 'stop': {
        const result = await stop(config, printError);
        print(result.wasRunning ? `Neo4j stopped (pid ${result.pid}${result.forced ? ', killed after timeout' : ''})` : 'Neo4j was not running');
        return 0;
      }
      case 'new-password':
        print(`Neo4j user neo4j has a new password, stored in ${await newPassword(config, printError)}`);
        return 0;
      case 'status': {
        const current = await status(config);
        print(describeStatus(current));
        return current.state === 'stopped' ? 3 : 0;
      }
    }
  } catch (err) {
    if (err instanceof LocalServerError) {
      printError(`error: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
