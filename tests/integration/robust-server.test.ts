// The local server as an attacker or an unlucky user meets it (issue 13). This file runs a local
// Neo4j of its own (src/admin: cache dir <test server's>-hardening or NEO4J_HARDEN_TEST_HOME_DIR,
// jars shared with the test server, free ports), because it needs a first start and rotates the
// password; the shared test server is not touched.
//   1. a port held by another program: the message names that program's pid and command;
//   2. the first start generates a password that no command line shows (every process's
//      /proc/<pid>/cmdline is sampled meanwhile), stores it owner-only, keeps the folders 0700;
//   3. `kg` reads the stored password; a server whose password kg does not know gets one line,
//      and `kg neo4j new-password` is the way forward;
//   4. a web page cannot reach the graph: the HTTP API answers a preflight and a POST from a
//      foreign Origin and Host with no Access-Control-Allow-Origin and no data.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { serverPaths, start, stop, type LocalServerConfig } from '../../src/admin/local-server';
import { sideServerConfig } from '../../src/admin/side-server';
import { testServerConfig } from '../setup/test-server-config';
import { cliEnv, freePort, hasStackTrace, lines, runKg, sleep } from '../setup/robust-helpers';

jest.setTimeout(6 * 60_000);

const log = (line: string): void => void process.stderr.write(`[server test] ${line}\n`);
let config: LocalServerConfig;

/** The environment of a `kg` child that uses this file's server as "the local server". */
function localEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return cliEnv({
    NEO4J_URI: undefined,
    NEO4J_USER: undefined,
    NEO4J_PASSWORD: undefined,
    NEO4J_DATABASE: undefined,
    NEO4J_HOME_DIR: config.cacheDir,
    NEO4J_BOLT_PORT: String(config.boltPort),
    NEO4J_HTTP_PORT: String(config.httpPort),
    ...overrides,
  });
}

function mode(file: string): number {
  return statSync(file).mode & 0o777;
}

beforeAll(async () => {
  const cacheDir = process.env.NEO4J_HARDEN_TEST_HOME_DIR || `${testServerConfig().cacheDir}-hardening`;
  const side = await sideServerConfig(cacheDir, { from: testServerConfig(), ports: { bolt: await freePort(), http: await freePort() } });
  // global-setup put the shared test server's password in NEO4J_PASSWORD: this server makes its own.
  config = { ...side, password: undefined };
  await stop(config, log); // left running by an interrupted run
  rmSync(serverPaths(config).data, { recursive: true, force: true });
  rmSync(serverPaths(config).passwordFile, { force: true });
});

afterAll(async () => {
  if (config) await stop(config, log);
});

test('a port held by another program: the message names its pid and command, and says it is not our Neo4j', async () => {
  const holder: ChildProcess = spawn(process.execPath, ['-e', `require('net').createServer().listen(${config.boltPort}, '127.0.0.1', () => console.log('up'))`], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise((resolve) => holder.stdout?.once('data', resolve));
    const err = await start(config, log).then(() => null, (e: Error) => e);
    expect(err?.message).toMatch(new RegExp(`^Port ${config.boltPort} \\(Bolt\\) on 127\\.0\\.0\\.1 is taken by pid ${holder.pid} \\(.*node -e .*\\), a program that is not the local Neo4j server of `));
    expect(err?.message).not.toContain('\n');
  } finally {
    holder.kill();
  }
});

describe('the first start', () => {
  let samples: string;
  let password: string;

  beforeAll(async () => {
    // A sampler in its own process: start() runs neo4j-admin synchronously, which would block one in this one.
    const sampler = spawn(process.execPath, ['-e', SAMPLER], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    sampler.stdout?.setEncoding('utf8').on('data', (s: string) => (out += s));
    await sleep(300);
    await start(config, log);
    sampler.stdin?.end();
    await new Promise((resolve) => sampler.on('close', resolve));
    samples = out;
    password = readFileSync(serverPaths(config).passwordFile, 'utf8').trim();
  });

  test('generates a random password that no command line shows', () => {
    expect(password).toMatch(/^[0-9a-f]{32}$/);
    const admin = samples.split('\n').filter((line) => line.includes('set-initial-password'));
    log(`${samples.split('\n').length} command lines sampled, ${admin.length} of neo4j-admin set-initial-password`);
    expect(admin.length).toBeGreaterThan(0); // the sampler saw the moment the password is set
    for (const line of admin) expect(line).toMatch(/set-initial-password @\S+\.args\s*$/);
    expect(samples).not.toContain(password);
  });

  test('no argument file with the password is left behind', () => {
    const run = readdirSync(serverPaths(config).run);
    expect(run).toContain('kg-neo4j.pid'); // the folder the argument file was written to
    expect(run.filter((f) => f.endsWith('.args'))).toEqual([]);
  });

  test('the password file and the server folders are readable by the owner only', () => {
    const paths = serverPaths(config);
    expect(mode(paths.passwordFile)).toBe(0o600);
    for (const dir of [config.cacheDir, paths.data, paths.confDir, paths.logs, paths.run]) expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(paths.data, 'dbms', 'auth.ini')) & 0o077).toBe(0);
    expect(readFileSync(paths.confFile, 'utf8')).not.toContain(password);
  });

  test('kg reads the stored password (no NEO4J_PASSWORD) and never prints it', async () => {
    const run = await runKg(['cypher', 'RETURN 40 + 2 AS answer'], localEnv());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('42');
    expect(run.stdout).not.toContain(password);
  });

  test('a server whose password kg does not know: one line on how to proceed; new-password is the way forward', async () => {
    const paths = serverPaths(config);
    const aside = `${paths.passwordFile}.aside`;
    renameSync(paths.passwordFile, aside); // as a server set up before passwords were generated
    try {
      const lost = await runKg(['cypher', 'RETURN 1'], localEnv());
      expect(lost.code).toBe(1);
      expect(hasStackTrace(lost.stderr)).toBe(false);
      expect(lines(lost.stderr)).toEqual([expect.stringMatching(/^error: The local Neo4j in .* was set up before kg generated passwords.*NEO4J_PASSWORD=<its password> npx kg neo4j new-password/)]);

      const rotated = await runKg(['neo4j', 'new-password'], localEnv({ NEO4J_PASSWORD: password }));
      expect(rotated.code).toBe(0);
      expect(rotated.stdout).toContain(paths.passwordFile);
    } finally {
      rmSync(aside, { force: true });
    }
    const fresh = readFileSync(paths.passwordFile, 'utf8').trim();
    expect(fresh).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh).not.toBe(password);
    expect(mode(paths.passwordFile)).toBe(0o600);
    const again = await runKg(['cypher', 'RETURN 1 AS one'], localEnv());
    expect(again.code).toBe(0);
    // The old password is refused from now on.
    const driver = neo4j.driver(`bolt://127.0.0.1:${config.boltPort}`, neo4j.auth.basic('neo4j', password));
    try {
      await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await driver.close();
    }
    password = fresh;
  });

  describe('a web page cannot reach the graph over HTTP', () => {
    const EVIL = 'https://evil.example';

    function request(method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
      return new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: config.httpPort, method, path: urlPath, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (s: string) => (text += s));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    }

    const QUERY_ENDPOINTS = ['/db/neo4j/tx/commit', '/db/neo4j/tx', '/db/neo4j/query/v2'];

    test.each(QUERY_ENDPOINTS)('%s: a preflight from a foreign origin gets no Access-Control-Allow-Origin', async (endpoint) => {
      const res = await request('OPTIONS', endpoint, { Origin: EVIL, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-headers']).toBeUndefined();
    });

    test.each(QUERY_ENDPOINTS)('%s: a POST with the right password, a foreign Origin and a foreign Host gets no data', async (endpoint) => {
      const auth = `Basic ${Buffer.from(`neo4j:${password}`).toString('base64')}`;
      const body = JSON.stringify({ statements: [{ statement: 'MATCH (n) RETURN count(n) AS nodes' }], statement: 'RETURN 1 AS one' });
      const res = await request('POST', endpoint, { Origin: EVIL, Host: 'evil.example:7474', Authorization: auth, 'Content-Type': 'application/json', Accept: 'application/json' }, body);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.status).toBe(404);
      expect(res.body).not.toMatch(/"results"|"data"|nodes|"one"/);
    });

    test('what HTTP still serves (Browser and its discovery document) never allows a foreign or any origin', async () => {
      for (const urlPath of ['/', '/browser/']) {
        const res = await request('GET', urlPath, { Origin: EVIL, Host: 'evil.example:7474' });
        expect(res.status).toBe(200);
        expect(res.headers['access-control-allow-origin']).toBe('http://127.0.0.1:7475'); // kg serve's origin only
        expect(res.body).not.toContain('"transaction"'); // the discovery document no longer offers the HTTP API
      }
    });
  });
});

/** Prints every process command line that mentions neo4j-admin or kg, until its stdin closes. */
const SAMPLER = `
const fs = require('fs');
let open = true;
process.stdin.on('end', () => (open = false)).resume();
const seen = new Set();
(function sample() {
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\\d+$/.test(pid) || pid === String(process.pid)) continue;
    let cmd;
    try { cmd = fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\\0').join(' '); } catch { continue; }
    const key = pid + ' ' + cmd;
    if (!seen.has(key)) { seen.add(key); process.stdout.write(cmd + '\\n'); }
  }
  if (open) setTimeout(sample, 5); else process.exit(0);
})();
`;
