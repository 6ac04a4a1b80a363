// The explorer: a small local web server (node:http) that serves one page drawing the graph, and
// fixed JSON endpoints for it. Each endpoint runs one fixed, parameterised query from
// cypher/explorer/ (or the pack in cypher/queries/); the browser never sends Cypher.
//
//   GET /                         the page (src/explorer/public/index.html, style.css, favicon.svg)
//   GET /app.js, /layout-worker.js, /graph-loader.js  the page's scripts, bundled at start with sigma.js and
//                                 graphology from node_modules (src/explorer/bundle.ts; no CDN)
//   GET /api/meta                 counts per label and type (each type with its kind, caption and
//                                 colour: the registry's, else read from the graph and style.grass),
//                                 first and last article date, and the registry's relation types
//   GET /api/top-nodes?limit=     the most active actors alone (the start view's first picture:
//                                 node degrees only, no edge read)
//   GET /api/top?limit=           the most active actors and the edges between them (start view)
//   GET /api/expand?id=&limit=    one node's neighbours and edges
//   GET /api/graph?limit=         the whole graph
//                                 (these three: merged edges, see src/explorer/graph-payload.ts)
//   GET /api/graph-nodes          the whole graph's nodes only (drawn while its edges load)
//   GET /api/claims?source=&target=&type=&limit=   the claims behind one merged edge
//   GET /api/article?id=          an article's text and every claim found in it, with offsets
//   GET /api/timeline             edges per type and date (the time axis)
//   GET /api/search?q=&limit=     actors by name or alias
//   GET /api/node?id=             a node, its aliases, affiliations and edges
//   GET /api/edge?id=             one edge with its evidence, quote and article
//   GET /api/queries              the query pack: names, descriptions, parameters
//   GET /api/query/<name>?...     one query of the pack: {columns, rows}
//   GET /guide                    the pack as a Neo4j Browser guide (:play http://localhost:7475/guide)
//   GET /style.grass              the Browser style of cypher/style.grass, from the registry (:style http://localhost:7475/style.grass)
//                                 these two are the only resources other origins may read (CORS):
//                                 Neo4j Browser fetches them from its own page
//
// Every parameter is checked against the query file's header (src/neo4j/query-pack.ts: types,
// lengths, ranges, allowed values) before the database is asked: a bad one is a 400 with a JSON
// {error}. Unknown parameters, repeated parameters and over-long URLs are refused too. Only GET and
// HEAD are served. When bound to a loopback address, requests must name a loopback Host (guards
// against DNS rebinding: a web page elsewhere cannot make the browser talk to this server).

import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { GraphTarget } from '../neo4j/connection';
import { cypherDir } from '../neo4j/cypher';
import { browserStyle } from '../relations/browser-style';
import { RELATION_TYPES } from '../relations/registry';
import { runCypher, type PlainRow } from '../neo4j/cypher-runner';
import { findQuery, loadQueryPack, QueryParamError, validateParams, type PackQuery } from '../neo4j/query-pack';
import { browserGuideHtml } from './browser-guide';
import { bundlePage, type Bundle } from './bundle';
import { expandPayload, graphNodesPayload, timelinePayload, topPayload, wholeGraphPayload } from './graph-payload';
import { styleColours, type StyleColours } from './style-colours';

export const DEFAULT_PORT = 7475;
export const DEFAULT_HOST = '127.0.0.1';
const MAX_URL_LENGTH = 2048;

export interface ExplorerOptions {
  db: GraphTarget;
  /** Where the page's files are; default src/explorer/public. */
  publicDir?: string;
  /** The address the server is bound to: decides whether Host headers are checked. */
  host?: string;
  log?: (line: string) => void;
  /** The explorer's address as the guide names it. */
  guideExplorerUrl?: string;
}

interface StaticFile {
  file: string;
  type: string;
}

/** A request the server refuses: status and a message for the JSON body. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function staticFiles(publicDir: string): Map<string, StaticFile> {
  return new Map<string, StaticFile>([
    ['/', { file: path.join(publicDir, 'index.html'), type: 'text/html; charset=utf-8' }],
    ['/index.html', { file: path.join(publicDir, 'index.html'), type: 'text/html; charset=utf-8' }],
    ['/style.css', { file: path.join(publicDir, 'style.css'), type: 'text/css; charset=utf-8' }],
    ['/favicon.svg', { file: path.join(publicDir, 'favicon.svg'), type: 'image/svg+xml' }],
    ['/favicon.ico', { file: path.join(publicDir, 'favicon.svg'), type: 'image/svg+xml' }],
  ]);
}

/** The explorer's own queries (cypher/explorer/*.cypher), parsed and checked once. */
function explorerQueries(): Map<string, PackQuery> {
  return new Map(loadQueryPack(path.join(cypherDir(), 'explorer')).map((q) => [q.name, q]));
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Everything the page needs comes from this server; the page sets colours from script (CSSOM),
  // which style-src does not govern. The layout runs in a worker script from this server; CSV and
  // PNG downloads are blob: URLs the page makes itself.
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The host part of a Host header ("127.0.0.1:7475", "[::1]:7475", "localhost"). */
function hostName(header: string): string {
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (bracket) return bracket[1];
  return header.replace(/:\d+$/, '');
}

/** Query-string values as one value per name; a repeated name is refused rather than guessed. */
function searchParams(url: URL): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (Object.prototype.hasOwnProperty.call(params, key)) throw new HttpError(400, `parameter ${key} given twice`);
    params[key] = value;
  }
  return params;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, head: boolean): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(head ? undefined : text);
}

/** The relation types the explorer offers, with caption and colour: the registry's, in its order. */
export function registryTypes(): { name: string; kind: string; caption: string; colour: string; cameo: string | null; plover: string | null }[] {
  return RELATION_TYPES.map(({ name, kind, caption, colour, cameo, plover }) => ({ name, kind, caption, colour, cameo, plover }));
}

export class Explorer {
  private readonly files: Map<string, StaticFile>;
  private readonly queries: Map<string, PackQuery>;
  private readonly pack: PackQuery[];
  private readonly checkHost: boolean;
  private readonly guide: string;
  private readonly bundle: Bundle;
  private readonly colours: StyleColours;

  constructor(private readonly options: ExplorerOptions) {
    const publicDir = options.publicDir ?? path.join(__dirname, 'public');
    this.files = staticFiles(publicDir);
    this.bundle = bundlePage(publicDir);
    this.colours = styleColours();
    this.queries = explorerQueries();
    this.pack = loadQueryPack();
    this.checkHost = isLoopback(options.host ?? DEFAULT_HOST);
    this.guide = browserGuideHtml(this.pack, options.guideExplorerUrl);
  }

  private hostAllowed(req: http.IncomingMessage): boolean {
    return !this.checkHost || isLoopback(hostName(req.headers.host ?? ''));
  }

  private query(name: string): PackQuery {
    const query = this.queries.get(name);
    if (!query) throw new Error(`cypher/explorer/${name}.cypher is missing`);
    return query;
  }

  /** Runs one explorer query after validating `raw` against its header. */
  private async run(name: string, raw: Record<string, unknown>): Promise<PlainRow[]> {
    const query = this.query(name);
    const params = validateParams(query, raw);
    return (await runCypher(this.options.db, query.cypher, params)).rows;
  }

  /** The whole graph: its nodes and its merged edges, asked side by side (Neo4j runs them at once). */
  private async wholeGraph(raw: Record<string, string>): Promise<unknown> {
    const graph = this.query('graph');
    const params = validateParams(graph, raw);
    const [nodes, edges] = await Promise.all([this.run('graph-nodes', {}), runCypher(this.options.db, graph.cypher, params)]);
    return wholeGraphPayload(nodes[0], edges.rows, typeof params.limit === 'number' ? params.limit : undefined);
  }

  /**
   * meta.cypher's counts. Each type found in the graph gets the registry's kind, caption and colour
   * (src/relations/registry.ts); a type the registry does not know (MENTIONS) keeps the kind read
   * from its edges and its colour from cypher/style.grass. Labels get their style.grass colour.
   */
  private async meta(params: Record<string, string>): Promise<unknown> {
    const row = (await this.run('meta', params))[0] ?? {};
    const list = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []);
    const registered = new Map(registryTypes().map((t) => [t.name, t]));
    return {
      ...row,
      labels: list(row.labels).map((l) => ({ ...l, colour: this.colours.labels[String(l.label)] ?? null })),
      types: list(row.types).map((t) => {
        const spec = registered.get(String(t.type));
        return spec
          ? { ...t, kind: spec.kind, caption: spec.caption, colour: spec.colour.toLowerCase() }
          : { ...t, caption: null, colour: this.colours.types[String(t.type)] ?? null };
      }),
      relationTypes: registryTypes(),
    };
  }

  private async api(route: string, params: Record<string, string>): Promise<unknown> {
    switch (route) {
      case '/api/meta':
        return this.meta(params);
      case '/api/top-nodes':
        return graphNodesPayload((await this.run('top-nodes', params))[0]);
      case '/api/top':
        return topPayload((await this.run('top', params))[0]);
      case '/api/expand':
        return expandPayload(await this.run('expand', params));
      case '/api/graph-nodes':
        return graphNodesPayload((await this.run('graph-nodes', params))[0]);
      case '/api/graph':
        return this.wholeGraph(params);
      case '/api/claims':
        return { claims: await this.run('claims', params) };
      case '/api/article': {
        const [article] = await this.run('article', params);
        if (!article) throw new HttpError(404, 'no such article');
        return article;
      }
      case '/api/timeline':
        return timelinePayload(await this.run('timeline', params));
      case '/api/search':
        return { results: await this.run('search', params) };
      case '/api/node': {
        const [node] = await this.run('node', params);
        if (!node) throw new HttpError(404, 'no such node');
        const edges = await this.run('node-edges', { id: params.id });
        return { node, edges };
      }
      case '/api/edge': {
        const [edge] = await this.run('edge', params);
        if (!edge) throw new HttpError(404, 'no such edge');
        return edge;
      }
      case '/api/queries':
        if (Object.keys(params).length > 0) throw new HttpError(400, 'this endpoint takes no parameters');
        return {
          queries: this.pack.map((q) => ({
            name: q.name,
            description: q.description,
            params: q.params.map(({ name, required, type, description, example, values, min, max }) => ({ name, required, type, description, example, values, min, max })),
          })),
        };
      default: {
        const match = /^\/api\/query\/([a-z][a-z0-9-]{0,63})$/.exec(route);
        const query = match ? findQuery(this.pack, match[1]) : undefined;
        if (!query) throw new HttpError(404, 'no such endpoint');
        const result = await runCypher(this.options.db, query.cypher, validateParams(query, params));
        return { columns: result.columns, rows: result.rows };
      }
    }
  }

  readonly handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    this.respond(req, res).catch((err: unknown) => {
      this.options.log?.(`explorer: ${(err as Error).message}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' }, false);
      else res.destroy();
    });
  };

  /**
   * The Browser guide and style: static text, readable from Neo4j Browser's origin. Browser fetches
   * them with extra headers (pragma, cache-control, sentry-trace), hence a preflight, whose
   * requested header names are granted: nothing here depends on them.
   */
  private sendShared(req: http.IncomingMessage, res: http.ServerResponse, what: 'guide' | 'style'): void {
    const requested = String(req.headers['access-control-request-headers'] ?? '');
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': /^[A-Za-z0-9-]+(\s*,\s*[A-Za-z0-9-]+){0,19}$/.test(requested) ? requested : 'pragma, cache-control',
      'Access-Control-Max-Age': '600',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const body = what === 'guide' ? Buffer.from(this.guide, 'utf8') : Buffer.from(browserStyle(cypherDir()), 'utf8');
    const type = what === 'guide' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    res.writeHead(200, { ...cors, 'X-Content-Type-Options': 'nosniff', 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private async respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const head = req.method === 'HEAD';
    try {
      const shared = req.url === '/guide' ? 'guide' : req.url === '/style.grass' ? 'style' : undefined;
      if (shared && (req.method === 'GET' || head || req.method === 'OPTIONS') && this.hostAllowed(req)) {
        this.sendShared(req, res, shared);
        return;
      }
      if (req.method !== 'GET' && !head) {
        res.setHeader('Allow', 'GET, HEAD');
        throw new HttpError(405, 'only GET and HEAD');
      }
      const rawUrl = req.url ?? '/';
      if (rawUrl.length > MAX_URL_LENGTH) throw new HttpError(414, 'URL too long');
      if (!this.hostAllowed(req)) throw new HttpError(421, 'this server answers only to localhost requests');
      let url: URL;
      try {
        url = new URL(rawUrl, 'http://localhost');
      } catch {
        throw new HttpError(400, 'malformed URL');
      }
      if (url.pathname.startsWith('/api/')) {
        const body = await this.api(url.pathname, searchParams(url));
        sendJson(res, 200, body, head);
        return;
      }
      const script = this.bundle.scripts.get(url.pathname);
      if (script !== undefined) {
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Length': Buffer.byteLength(script), 'Cache-Control': 'no-cache' });
        res.end(head ? undefined : script);
        return;
      }
      const file = this.files.get(url.pathname);
      if (!file) throw new HttpError(404, 'not found');
      const content = await fs.promises.readFile(file.file);
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Content-Length': content.length, 'Cache-Control': 'no-cache' });
      res.end(head ? undefined : content);
    } catch (err) {
      if (err instanceof HttpError) sendJson(res, err.status, { error: err.message }, head);
      else if (err instanceof QueryParamError) sendJson(res, 400, { error: err.message }, head);
      else if (isDatabaseError(err)) {
        this.options.log?.(`explorer: Neo4j: ${(err as Error).message.split('\n')[0]}`);
        sendJson(res, 503, { error: 'the graph database did not answer; is Neo4j running?' }, head);
      } else throw err;
    }
  }
}

function isDatabaseError(err: unknown): boolean {
  const e = err as { name?: string; code?: string };
  return e?.name === 'Neo4jError' || (typeof e?.code === 'string' && (/^Neo\./.test(e.code) || e.code === 'ServiceUnavailable' || e.code === 'SessionExpired'));
}

export interface RunningExplorer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Starts listening; resolves once the port is bound (port 0: any free port). */
export async function startExplorer(options: ExplorerOptions & { port?: number }): Promise<RunningExplorer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const explorer = new Explorer({ guideExplorerUrl: port ? `http://localhost:${port}/` : undefined, ...options, host });
  const server = http.createServer(explorer.handle);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
