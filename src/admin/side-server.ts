// A second local Neo4j server next to the project's own (src/admin/local-server.ts): same jars
// (lib/ and plugins/ are symlinked from the local install), its own cache dir (data, logs, conf,
// pid) and ports. For opening a store that neo4j-admin import built, and for benchmarks that
// must not wipe the developer's database.
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import * as net from 'node:net';
import { ensureInstalled, localServerConfig, serverPaths, type LocalServerConfig } from './local-server';

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The config of a server in `cacheDir` that shares the jars of an install (`from`, default the
 * local server's). Installs the jars first if needed (Maven, once). Start it with local-server's start(config), stop with stop(config).
 */
export async function sideServerConfig(
  cacheDir: string,
  options: { ports?: { bolt: number; http: number }; from?: LocalServerConfig } = {},
): Promise<LocalServerConfig> {
  const { ports } = options;
  const main = options.from ?? localServerConfig();
  await ensureInstalled(main, () => undefined);
  const from = serverPaths(main);
  const config: LocalServerConfig = {
    ...main,
    cacheDir,
    boltPort: ports?.bolt ?? (await freePort()),
    httpPort: ports?.http ?? (await freePort()),
  };
  const to = serverPaths(config);
  mkdirSync(to.home, { recursive: true });
  if (!existsSync(to.lib)) symlinkSync(from.lib, to.lib, 'dir');
  if (!existsSync(to.plugins)) symlinkSync(from.plugins, to.plugins, 'dir');
  copyFileSync(from.stampFile, to.stampFile);
  return config;
}
