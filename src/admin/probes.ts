// Network probes of the local server's ports: does Bolt answer, does a port accept or bind, and
// when a port is taken, which process holds it (from /proc/net/tcp* and /proc/<pid>/fd on Linux).
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { ENTRY_POINT, HOST, LocalServerError, type LocalServerConfig } from './config';
import { commandLineOf } from './processes';

// Bolt handshake: magic 0x6060B017, then four proposed versions (5.0-5.4, 4.4, none, none).
const BOLT_HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0, 0, 0, 0, 0, 0, 0, 0,
]);

/**
 * True when a Bolt server answers the handshake on host:port. Needs no password, so it tells
 * "server up" apart from "wrong password", which the driver reports at connect time.
 */
export function boltAnswers(port: number, host: string = HOST, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    let received = 0;
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received >= 4) done(true);
    });
    socket.on('close', () => done(received >= 4));
  });
}

/** True when something accepts TCP connections on host:port (connecting, not binding: no race with the server). */
export function tcpAccepts(port: number, host: string = HOST, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => done(true));
  });
}

/** True when nothing listens on host:port (binding it succeeds). */
export function portFree(port: number, host: string = HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The process listening on a TCP port, as far as /proc shows it (a process of another user shows no pid). */
export interface PortHolder {
  pid: number | null;
  /** Its command line, shortened; null when its pid is not visible. */
  command: string | null;
  /** Owner uid of the socket. */
  uid: number | null;
}

/** Listening sockets on `port` in /proc/net/tcp and tcp6: their inodes and owner uids. */
function listeningSockets(port: number): { inode: string; uid: number }[] {
  const found: { inode: string; uid: number }[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const row of text.split('\n').slice(1)) {
      const fields = row.trim().split(/\s+/);
      const local = fields[1];
      // state 0A is LISTEN; the port is the hex after the last colon of the local address
      if (!local || fields[3] !== '0A' || parseInt(local.slice(local.lastIndexOf(':') + 1), 16) !== port) continue;
      found.push({ inode: fields[9] ?? '', uid: Number(fields[7]) });
    }
  }
  return found.filter((s) => s.inode !== '' && s.inode !== '0');
}

/** Which process holds `port`: the first whose open files include one of its listening sockets. */
export function portHolder(port: number): PortHolder | null {
  const sockets = listeningSockets(port);
  if (sockets.length === 0) return null;
  const wanted = new Set(sockets.map((s) => `socket:[${s.inode}]`));
  let pids: string[] = [];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    // no /proc
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (wanted.has(target)) {
        const command = commandLineOf(Number(pid)).trim();
        return { pid: Number(pid), command: command.length > 80 ? `${command.slice(0, 79)}…` : command, uid: sockets[0]?.uid ?? null };
      }
    }
  }
  return { pid: null, command: null, uid: sockets[0]?.uid ?? null };
}

/** "pid 4242 (node server.js), not a Neo4j server of this project": what a port-taken message names. */
export function describePortHolder(holder: PortHolder | null, isBolt: boolean, config: LocalServerConfig): string {
  const ours = (command: string | null): string | null => {
    const home = command?.includes(ENTRY_POINT) ? /--home-dir=(\S+)/.exec(command)?.[1] : undefined;
    return home ? path.dirname(home) : null;
  };
  if (holder?.pid != null) {
    const other = ours(holder.command);
    const what = other
      ? `the local Neo4j server of another cache dir (${other}), not the one of ${config.cacheDir}`
      : `${isBolt ? 'a Neo4j server' : 'a program'} that is not the local Neo4j server of ${config.cacheDir}`;
    return `pid ${holder.pid} (${printableCommand(holder.command ?? '?')}), ${what}`;
  }
  const who = holder?.uid != null ? `a process of user id ${holder.uid} (its pid is not visible to you)` : 'a process this system does not name';
  return `${who}, ${isBolt ? 'a Neo4j server' : 'a program'} that is not the local Neo4j server of ${config.cacheDir}`;
}

function printableCommand(command: string): string {
  return JSON.stringify(command).slice(1, -1);
}

export async function assertPortFree(port: number, what: string, envName: string, config: LocalServerConfig): Promise<void> {
  if (await portFree(port)) return;
  const holder = describePortHolder(portHolder(port), await boltAnswers(port), config);
  throw new LocalServerError(
    `Port ${port} (${what}) on ${HOST} is taken by ${holder}: stop it, or pick free ports with ${envName}, or use that server with NEO4J_URI.`,
  );
}
