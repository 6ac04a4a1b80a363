// What global-setup started, for global-teardown: both run in Jest's parent process and share
// its globals (but not module instances), so the record lives on globalThis.

import type { LocalServerConfig } from '../../src/admin/local-server';

export type TestServer =
  | { kind: 'external' }
  | { kind: 'container'; stop: () => Promise<void> }
  | { kind: 'local'; startedHere: boolean; config: LocalServerConfig };

const KEY = '__kgTestNeo4jServer';

export function setTestServer(server: TestServer): void {
  (globalThis as Record<string, unknown>)[KEY] = server;
}

export function getTestServer(): TestServer | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as TestServer | undefined;
}
