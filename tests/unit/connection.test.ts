// Connection config and error lines, and the local server's pure helpers. No database needed:
// the only network use is a connection refused by a free port on 127.0.0.1.
import * as net from 'node:net';
import { Neo4jError } from 'neo4j-driver';
import {
  connectionConfigFromEnv,
  describeConnectionError,
  GraphConnectionError,
  openGraphDatabase,
  redact,
} from '../../src/neo4j/connection';
import { loadCypher, splitStatements, schemaStatements } from '../../src/neo4j/cypher';
import { LocalServerError, localServerConfig, parseJavaMajor, parsePort, renderConfig, serverPaths } from '../../src/admin/local-server';

const SECRET = 'S3cret-Pa55word';

/** A driver error as the server or the driver would raise it (GQL status fields do not matter here). */
function driverError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('connectionConfigFromEnv', () => {
  test('defaults to the local server, whose password is read from its password file later, never a built-in one', () => {
    expect(connectionConfigFromEnv({})).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      user: 'neo4j',
      password: '',
      database: undefined,
      local: true,
    });
  });

  test('the local URI follows NEO4J_BOLT_PORT', () => {
    expect(connectionConfigFromEnv({ NEO4J_BOLT_PORT: '17687' }).uri).toBe('bolt://127.0.0.1:17687');
  });

  test('NEO4J_URI and friends select a remote server', () => {
    const env = { NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_USER: 'kg', NEO4J_PASSWORD: SECRET, NEO4J_DATABASE: 'news' };
    expect(connectionConfigFromEnv(env)).toEqual({ uri: 'neo4j+s://db.example:7687', user: 'kg', password: SECRET, database: 'news', local: false });
  });
});

describe('describeConnectionError', () => {
  const target = { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: SECRET };

  test('wrong password says so and never shows the password', () => {
    const err = driverError(`The client is unauthorized due to authentication failure (password ${SECRET}).`, 'Neo.ClientError.Security.Unauthorized');
    const line = describeConnectionError(err, target);
    expect(line).toMatch(/wrong user or password/);
    expect(line).toMatch(/NEO4J_PASSWORD/);
    expect(line).not.toContain(SECRET);
    expect(line).not.toContain('\n');
  });

  test('no server says how to start one or where to point', () => {
    const err = driverError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable');
    const line = describeConnectionError(err, target);
    expect(line).toMatch(/^No Neo4j server answers at bolt:\/\/127\.0\.0\.1:7687/);
    expect(line).toContain('npx kg neo4j start');
    expect(line).toContain('NEO4J_URI');
  });

  test('credentials inside the URI are hidden', () => {
    const line = describeConnectionError(new Error('boom'), { uri: `bolt://neo4j:${SECRET}@host:7687`, password: SECRET });
    expect(line).not.toContain(SECRET);
    expect(line).toContain('bolt://***@host:7687');
  });

  test('any other error is one redacted line', () => {
    const err = new Error(`first line mentions ${SECRET}\nsecond line`);
    const line = describeConnectionError(err, target);
    expect(line).toBe('Neo4j error at bolt://127.0.0.1:7687: first line mentions ***');
  });

  test('a missing database is named', () => {
    const err = driverError('Database does not exist. Database name: news.', 'Neo.ClientError.Database.DatabaseNotFound');
    expect(describeConnectionError(err, { ...target, database: 'news' })).toMatch(/no database "news": unset NEO4J_DATABASE/);
  });

  test('local server errors pass through as they are', () => {
    const err = new LocalServerError('Java 11 is too old for Neo4j 5.26: install Java 17.');
    expect(describeConnectionError(err, target)).toBe('Java 11 is too old for Neo4j 5.26: install Java 17.');
  });

  test('redact hides every occurrence', () => {
    expect(redact(`${SECRET} and ${SECRET}`, SECRET)).toBe('*** and ***');
    expect(redact('nothing to hide', '')).toBe('nothing to hide');
  });
});

describe('openGraphDatabase', () => {
  test('a refused connection becomes one clear line without the password', async () => {
    const port = await freePort();
    const config = { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: SECRET, database: undefined, local: false };
    const err = await openGraphDatabase({ config }).then(
      () => new Error('connected to nothing?'),
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(GraphConnectionError);
    expect(err.message).toMatch(new RegExp(`^No Neo4j server answers at bolt://127\\.0\\.0\\.1:${port}: .*npx kg neo4j start`));
    expect(err.message).not.toContain(SECRET);
  });

  test('a malformed NEO4J_URI is reported as such', async () => {
    const config = { uri: 'http//nowhere', user: 'neo4j', password: SECRET, database: undefined, local: false };
    const err = await openGraphDatabase({ config }).then(
      () => new Error('connected to nothing?'),
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(GraphConnectionError);
    expect(err.message).toMatch(/NEO4J_URI "http\/\/nowhere" is not a Neo4j URI/);
    expect(err.message).not.toContain(SECRET);
  });
});

describe('local server helpers', () => {
  test('java versions', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_382"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('no java here')).toBeNull();
  });

  test('ports', () => {
    expect(parsePort(undefined, 'NEO4J_BOLT_PORT', 7687)).toBe(7687);
    expect(parsePort('17687', 'NEO4J_BOLT_PORT', 7687)).toBe(17687);
    expect(() => parsePort('bolt', 'NEO4J_BOLT_PORT', 7687)).toThrow(/NEO4J_BOLT_PORT=bolt is not a TCP port/);
  });

  test('a too short password is refused without echoing it', () => {
    expect(() => localServerConfig({ NEO4J_PASSWORD: 'tiny123' })).toThrow(LocalServerError);
    expect(() => localServerConfig({ NEO4J_PASSWORD: 'tiny123' })).not.toThrow(/tiny123/);
  });

  test('neo4j.conf listens on loopback only, with the configured ports and no password', () => {
    const config = localServerConfig({ NEO4J_HOME_DIR: '/tmp/kg-neo4j-test', NEO4J_BOLT_PORT: '17687', NEO4J_HTTP_PORT: '17474', NEO4J_PASSWORD: SECRET });
    const conf = renderConfig(config, serverPaths(config));
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:17687');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:17474');
    expect(conf).toContain('server.https.enabled=false');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('server.directories.data=/tmp/kg-neo4j-test/data');
    expect(conf).not.toContain(SECRET);
  });

  test('neo4j.conf: HTTP serves Browser only (no query endpoint), and never allows every origin', () => {
    const config = localServerConfig({ NEO4J_HOME_DIR: '/tmp/kg-neo4j-test' });
    const conf = renderConfig(config, serverPaths(config));
    expect(conf).toContain('server.http_enabled_modules=BROWSER\n');
    expect(conf).toContain('dbms.security.http_access_control_allow_origin=http://127.0.0.1:7475\n');
    expect(config.password).toBeUndefined();
    expect(serverPaths(config).passwordFile).toBe('/tmp/kg-neo4j-test/password');
  });
});

describe('cypher files', () => {
  test('every write statement loads and takes its data as parameters', () => {
    for (const name of ['write-batch/write-articles.cypher', 'write/existing-entities.cypher']) {
      const text = loadCypher(name);
      expect(text).toMatch(/\$\w+/);
      expect(text).not.toMatch(/\$\{|\{\{/); // no template placeholders left in the text sent
    }
  });

  test('schema statements are idempotent', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements.filter((s) => s.startsWith('CREATE'))) expect(statement).toContain('IF NOT EXISTS');
  });

  test('splitStatements drops comments and splits on line-final semicolons', () => {
    expect(splitStatements('// c\nRETURN 1;\n\nRETURN "a;b"\n  AS x;\nRETURN 3')).toEqual(['RETURN 1', 'RETURN "a;b"\n  AS x', 'RETURN 3']);
  });
});
