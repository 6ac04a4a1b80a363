// A server that stops answering must not hang kg (issue 13). The driver's timeouts do not cover
// it: its connection timeout ends when TCP connects, and a stopped JVM's kernel still accepts TCP
// connections, so a new connection waits forever for the Bolt handshake and a running query
// forever for its reply. While kg works, this watchdog opens a fresh connection every few seconds
// and sends the Bolt handshake (no password, no query); when several in a row get no answer at all
// (connected, but silent), the work is abandoned with one line. A busy server still answers handshakes (its network threads do
// them), so load alone does not trip it.
import * as net from 'node:net';
import * as tls from 'node:tls';

export interface BoltEndpoint {
  host: string;
  port: number;
  tls: boolean;
}

export interface WatchdogOptions {
  /** Time between probes. */
  everyMs: number;
  /** How long one probe waits for the handshake's answer. */
  probeTimeoutMs: number;
  /** Unanswered probes in a row that mean "stopped answering". */
  misses: number;
}

export const DEFAULT_WATCHDOG: WatchdogOptions = { everyMs: 5_000, probeTimeoutMs: 8_000, misses: 3 };

// Bolt handshake: magic 0x6060B017, then four proposed versions (5.0-5.4, 4.4, none, none).
const BOLT_HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0]);

/** Host, port and TLS of a bolt:// or neo4j:// URI (+s and +ssc mean TLS); null when it is not one. */
export function boltEndpoint(uri: string): BoltEndpoint | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!/^(bolt|neo4j)(\+s|\+ssc)?$/.test(scheme)) return null;
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 7687), tls: scheme.includes('+') };
}

/**
 * 'answered': a Bolt server sent its 4-byte answer to the handshake within `timeoutMs`; 'silent':
 * nothing came back in time (a frozen server); 'refused': the connection failed at once (no server
 * there: the driver reports that itself, better).
 */
export type ProbeResult = 'answered' | 'silent' | 'refused';

export function probeHandshake(endpoint: BoltEndpoint, timeoutMs: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const socket = endpoint.tls
      ? tls.connect({ host: endpoint.host, port: endpoint.port, servername: net.isIP(endpoint.host) ? undefined : endpoint.host, rejectUnauthorized: false })
      : net.connect({ host: endpoint.host, port: endpoint.port });
    let received = 0;
    let settled = false;
    const done = (result: ProbeResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done('silent'), timeoutMs);
    socket.on('error', () => done('refused'));
    socket.once(endpoint.tls ? 'secureConnect' : 'connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4) done('answered');
    });
    socket.on('close', () => done(received >= 4 ? 'answered' : 'refused'));
  });
}

/** Thrown when the server stops answering; its message is one line (connection.ts writes it). */
export class ServerStoppedAnswering extends Error {
  override name = 'ServerStoppedAnswering';
  constructor(readonly seconds: number) {
    super(`no answer for ${seconds} s`);
  }
}

/**
 * Runs `work`, probing `endpoint` meanwhile. Resolves or rejects as `work` does, unless the server
 * stops answering first: then `onStall` runs (to drop the connections) and it rejects with
 * ServerStoppedAnswering. `work` itself is left behind (it may never settle).
 */
export function watchWhile<T>(work: Promise<T>, endpoint: BoltEndpoint | null, onStall: () => void, options: WatchdogOptions = DEFAULT_WATCHDOG): Promise<T> {
  if (!endpoint) return work;
  return new Promise<T>((resolve, reject) => {
    let finished = false;
    let misses = 0;
    let timer: NodeJS.Timeout | undefined;
    const firstMiss = { at: 0 };
    const finish = (): void => {
      finished = true;
      if (timer) clearTimeout(timer);
    };
    const probe = async (): Promise<void> => {
      if (finished) return;
      const result = await probeHandshake(endpoint, options.probeTimeoutMs);
      if (finished) return;
      // Only silence counts: a refused connection is a dead server, which the driver reports itself.
      if (result !== 'silent') misses = 0;
      else if (misses++ === 0) firstMiss.at = Date.now() - options.probeTimeoutMs;
      if (misses >= options.misses) {
        finish();
        onStall();
        reject(new ServerStoppedAnswering(Math.round((Date.now() - firstMiss.at) / 1000)));
        return;
      }
      timer = setTimeout(() => void probe(), options.everyMs);
    };
    timer = setTimeout(() => void probe(), options.everyMs);
    work.then(
      (value) => {
        if (finished) return;
        finish();
        resolve(value);
      },
      (err: unknown) => {
        if (finished) return;
        finish();
        reject(err);
      },
    );
  });
}
