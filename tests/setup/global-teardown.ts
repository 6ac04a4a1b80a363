// Stops what global-setup started, and nothing else.
import { stop } from '../../src/admin/local-server';
import { getTestServer } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const server = getTestServer();
  if (server?.kind === 'container') await server.stop();
  if (server?.kind === 'local' && server.startedHere) await stop(server.config, () => undefined);
}
