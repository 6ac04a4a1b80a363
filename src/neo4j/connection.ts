// Where the graph lives, from the environment:
//   NEO4J_URI       bolt://, neo4j:// (+s/+ssc) URI of a server; unset -> the project's local
//                   server at bolt://127.0.0.1:$NEO4J_BOLT_PORT (7687), started on demand
//   NEO4J_USER      default neo4j
//   NEO4J_PASSWORD  unset: for the local server, the password its first start generated and stored
//                   (src/admin/credentials.ts); for NEO4J_URI, none (the server says what it wants)
//   NEO4J_DATABASE  default: the server's default database (neo4j; Community has only that one)

import neo4j, { Driver, Neo4jError } from 'neo4j-driver';
import { loadCypher } from './cypher';
import { boltEndpoint, ServerStoppedAnswering, watchWhile } from './watchdog';
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_USER,
  LocalServerError,
  Logger,
  localPassword,
  localServerConfig,
  parsePort,
  serverPaths,
  start as startLocalServer,
  unknownPasswordMessage,
} from '../admin/local-server';

export interface ConnectionConfig {
  uri: string;
  user: string;
  password: string;
  /** undefined: the server's default database. */
  database: string | undefined;
  /** True when NEO4J_URI is unset: the project's local server, which can be started on demand. */
  local: boolean;
}

/** What the writer and the query runner need: a driver and the database to use. */
export interface GraphTarget {
  readonly driver: Driver;
  readonly database: string | undefined;
}

export interface GraphDatabase extends GraphTarget {
  readonly uri: string;
  /**
   * Runs `work` against this database, but gives up with GraphServerStalled (one line) when the
   * server stops answering meanwhile (watchdog.ts), instead of waiting for it forever.
   */
  guard<T>(work: () => Promise<T>): Promise<T>;
  /** Never waits more than a few seconds, even for a server that stopped answering. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Defaults to connectionConfigFromEnv(process.env). */
  config?: ConnectionConfig;
  /** Start the local server when NEO4J_URI is unset and it is not running (default true). */
  startLocal?: boolean;
  log?: Logger;
}

/** Thrown by openGraphDatabase; its message is describeConnectionError's single line. */
export class GraphConnectionError extends Error {
  override name = 'GraphConnectionError';
}

/** The server stopped answering while kg worked (GraphDatabase.guard); the message says a rerun is safe. */
export class GraphServerStalled extends GraphConnectionError {
  // Reported as the GraphConnectionError it is (one line); `stalled` tells the CLI to exit at once,
  // as sockets to a frozen server can keep the process alive.
  readonly stalled = true;
}

// Timeouts of the driver: a connection (TCP connect) in 10 s, a connection from the pool in 30 s,
// retries of a failed transaction for 20 s. A frozen server is the watchdog's (watchdog.ts).
const DRIVER_TIMEOUTS = { connectionTimeout: 10_000, connectionAcquisitionTimeout: 30_000, maxTransactionRetryTime: 20_000 };
const CLOSE_WAIT_MS = 3_000;

export function connectionConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectionConfig {
  const given = env.NEO4J_URI?.trim();
  const boltPort = parsePort(env.NEO4J_BOLT_PORT, 'NEO4J_BOLT_PORT', DEFAULT_BOLT_PORT);
  const { uri, user, password } = given ? credentialsInUri(given) : { uri: undefined, user: undefined, password: undefined };
  if ((user !== undefined && env.NEO4J_USER && env.NEO4J_USER !== user) || (password !== undefined && env.NEO4J_PASSWORD && env.NEO4J_PASSWORD !== password)) {
    throw new GraphConnectionError('NEO4J_URI holds a user:password and NEO4J_USER/NEO4J_PASSWORD hold other ones: keep one of the two.');
  }
  return {
    uri: uri || `bolt://127.0.0.1:${boltPort}`,
    user: user ?? (env.NEO4J_USER || DEFAULT_USER),
    // The local server's stored password is read in openGraphDatabase, after its first start made it.
    password: password ?? (env.NEO4J_PASSWORD || ''),
    database: env.NEO4J_DATABASE || undefined,
    local: !given,
  };
}

/**
 * `bolt://user:password@host:7687` -> the URI without them, and the (percent-decoded) user and
 * password: the driver ignores credentials in a URI, so they are taken out and used.
 */
export function credentialsInUri(uri: string): { uri: string; user?: string; password?: string } {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/@\s]*)@(.*)$/i.exec(uri);
  if (!m) return { uri };
  const colon = m[2].indexOf(':');
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      throw new GraphConnectionError('NEO4J_URI holds a user:password that is not valid percent-encoding: encode special characters (@ as %40, : as %3A) or use NEO4J_USER/NEO4J_PASSWORD.');
    }
  };
  const user = decode(colon < 0 ? m[2] : m[2].slice(0, colon));
  const password = colon < 0 ? undefined : decode(m[2].slice(colon + 1));
  return { uri: `${m[1]}${m[3]}`, user: user || undefined, password };
}

/**
 * Opens a driver and checks that the server answers and accepts the credentials and database,
 * so that callers fail here with one clear line rather than in the middle of a write.
 */
export async function openGraphDatabase(options: OpenOptions = {}): Promise<GraphDatabase> {
  let config = options.config ?? connectionConfigFromEnv();
  if (config.local && options.startLocal !== false) {
    try {
      await startLocalServer(localServerConfig(), options.log);
    } catch (err) {
      throw new GraphConnectionError(describeConnectionError(err, config));
    }
  }
  if (config.local && config.password === '') config = { ...config, password: storedLocalPassword() };
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { userAgent: 'news-kg', ...DRIVER_TIMEOUTS });
  } catch (err) {
    throw new GraphConnectionError(describeConnectionError(err, config));
  }
  // `uri` is for display (summaries, errors): a user:password@ in NEO4J_URI must not be printed.
  const uri = redact(config.uri, config.password);
  const endpoint = boltEndpoint(config.uri);
  const close = (): Promise<void> => closeWithin(driver, CLOSE_WAIT_MS);
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await watchWhile(work(), endpoint, () => void close());
    } catch (err) {
      if (err instanceof ServerStoppedAnswering) throw new GraphServerStalled(stalledMessage(uri, err.seconds));
      throw err;
    }
  };
  // A plain session, not executeQuery: managed transactions retry "no server" for 20 s.
  const session = driver.session({ database: config.database });
  try {
    await guard(() => session.run(loadCypher('ping.cypher')));
  } catch (err) {
    void session.close();
    await close();
    if (err instanceof GraphServerStalled) throw err;
    throw new GraphConnectionError(describeConnectionError(err, config));
  }
  await session.close();
  return { driver, database: config.database, uri, guard, close };
}

function stalledMessage(uri: string, seconds: number): string {
  return (
    `Neo4j at ${uri} stopped answering (no reply for ${seconds} s: its process is stopped, frozen or cut off), so kg gave up. ` +
    'Every article is written whole in one transaction, so the graph holds only whole articles: once the server answers again, run the same command again.'
  );
}

/** driver.close(), but never waiting more than `ms`: closing politely needs a server that answers. */
async function closeWithin(driver: Driver, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([driver.close().catch(() => undefined), waited]);
  } finally {
    clearTimeout(timer);
  }
}

/** The local server's generated password; a server set up before passwords were generated gets one line on what to do. */
function storedLocalPassword(): string {
  const server = localServerConfig();
  const password = localPassword(server, serverPaths(server));
  if (password === null) throw new GraphConnectionError(unknownPasswordMessage(server, serverPaths(server)));
  return password;
}

// ------------------------------------------------------------------ errors

function errorCode(err: unknown): string {
  if (err instanceof Neo4jError) return err.code;
  if (typeof err === 'object' && err !== null && 'code' in err) return String((err as { code: unknown }).code);
  return '';
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Removes the password and any user:password@ in URIs from a text shown to the user. */
export function redact(text: string, password: string | undefined): string {
  let out = text.replace(/\/\/[^/@\s]*@/g, '//***@');
  if (password) out = out.split(password).join('***');
  return out;
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

const START_HINT = 'start the local one with `npx kg neo4j start`, or set NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD) to a running server';

/**
 * One line that says what went wrong and how to fix it. It never contains the password: the
 * driver's messages are not trusted to leave it out, so the result is redacted as a whole.
 */
export function describeConnectionError(
  err: unknown,
  target: Pick<ConnectionConfig, 'uri'> & Partial<Pick<ConnectionConfig, 'user' | 'password' | 'database'>>,
): string {
  const code = errorCode(err);
  const message = errorMessage(err);
  const uri = redact(target.uri, target.password);
  const user = target.user ?? DEFAULT_USER;
  let line: string;
  if (err instanceof LocalServerError) {
    line = message;
  } else if (code === 'Neo.ClientError.Security.Unauthorized') {
    line = `Neo4j at ${uri} refused user "${user}": wrong user or password (set NEO4J_USER/NEO4J_PASSWORD; unset, the local server's is read from .neo4j/password, made at its first start).`;
  } else if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    line = `Neo4j at ${uri} blocks user "${user}" after too many wrong passwords: wait a few seconds and check NEO4J_PASSWORD.`;
  } else if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    line = `Neo4j at ${uri} has no database "${target.database ?? ''}": unset NEO4J_DATABASE (Community has only "neo4j") or create it.`;
  } else if (code === 'ServiceUnavailable' || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND/.test(message)) {
    line = `No Neo4j server answers at ${uri}: ${START_HINT}.`;
  } else if (/scheme|Invalid URL|parse/i.test(message) && !code.startsWith('Neo.')) {
    line = `NEO4J_URI "${uri}" is not a Neo4j URI: use bolt://host:7687 or neo4j://host:7687.`;
  } else {
    line = `Neo4j error at ${uri}${code ? ` (${code})` : ''}: ${firstLine(message)}`;
  }
  return redact(firstLine(line), target.password);
}
