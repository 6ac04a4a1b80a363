// `kg serve [--port 7475] [--host 127.0.0.1]`: the explorer web page (src/explorer/server.ts),
// until Ctrl-C.
import { openGraphDatabase } from '../neo4j';
import { DEFAULT_HOST, DEFAULT_PORT, startExplorer } from '../explorer/server';
import type { Io } from './io';
import { EXIT, UsageError } from './report';

export interface ServeOptions {
  port?: string;
  host?: string;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port takes a port number (0-65535), got "${value}"`);
  return port;
}

function parseHost(value: string | undefined): string {
  const host = (value ?? DEFAULT_HOST).trim();
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(host)) throw new UsageError(`--host takes an address or host name, got "${value}"`);
  return host;
}

export async function serveCommand(options: ServeOptions, io: Io): Promise<number> {
  const port = parsePort(options.port);
  const host = parseHost(options.host);
  const db = await openGraphDatabase({ log: io.printError });
  let explorer;
  try {
    explorer = await startExplorer({ db, port, host, log: io.printError });
  } catch (err) {
    await db.close();
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on ${host} is already in use: pick another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${host}: not an address of this machine`);
    throw err;
  }
  io.print(`Explorer: ${explorer.url}  (graph from ${db.uri}; Ctrl-C to stop)`);
  if (host !== DEFAULT_HOST && host !== 'localhost') io.printError(`warning: listening on ${host}: anyone who can reach it can read the graph`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await explorer.close();
  await db.close();
  return EXIT.ok;
}
