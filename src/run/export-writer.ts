// The JSON export (../shared/eval/README.md) written article by article: byte for byte what
// `JSON.stringify(toExport(articles), null, 2)` gives, without holding the articles. Edges go to
// temp files as they come (they follow the nodes in the document) and are copied in at the end;
// only the nodes (one per entity, with their aliases and article ids) stay in memory.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeSpillDir } from './spill';
import { ChunkedFile as Output } from '../export/chunked-file';
import type { Entity, ExportDocument, ResolvedArticle } from '../model/types';
import { exportMentions, toExport } from '../graph';
import type { ArticleMeta } from './protocol';

/** What JSON.stringify([[value]], null, 2) puts around the value (which it indents by four spaces). */
const NESTED_OPEN = '[\n  [\n'.length;
const NESTED_CLOSE = '\n  ]\n]'.length;

/**
 * One element of a top-level array, as JSON.stringify(doc, null, 2) indents it: the value
 * stringified two arrays deep, where it has the document's indentation, and cut out (no regex pass
 * over the text to indent it afterwards).
 */
function element(value: unknown): string {
  return elements([value]);
}

/**
 * Several elements of a top-level array, joined by ',\n' as JSON.stringify(doc, null, 2) writes
 * them: one JSON.stringify for all of an article's edges or mentions (one call per element cost
 * twice as much: most of a call is its own overhead on these small objects). Empty: ''.
 */
function elements(values: readonly unknown[]): string {
  if (values.length === 0) return '';
  const nested = JSON.stringify([values], null, 2);
  return nested.slice(NESTED_OPEN, nested.length - NESTED_CLOSE);
}

interface NodeAcc {
  node: Entity;
  aliases: Set<string>;
  articles: Set<string>;
}

export class ExportWriter {
  private readonly tmpDir: string;
  private readonly edgesFile: string;
  private readonly edges: Output;
  private edgeCount = 0;
  private readonly nodes = new Map<string, NodeAcc>();
  private readonly mentionsFile: string;
  private readonly mentions: Output;
  private mentionCount = 0;

  constructor(
    private readonly path: string,
    private readonly articles: ArticleMeta[],
  ) {
    // In a temp folder, not next to the export: `--json /dev/stdout` works, and a run killed with
    // kill -9 leaves nothing the next run does not remove (spill.ts).
    this.tmpDir = makeSpillDir();
    this.edgesFile = join(this.tmpDir, 'edges.tmp');
    this.edges = new Output(this.edgesFile);
    this.mentionsFile = join(this.tmpDir, 'mentions.tmp');
    this.mentions = new Output(this.mentionsFile);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  get edgeTotal(): number {
    return this.edgeCount;
  }

  /** Adds one article, in the order of `articles`. */
  add(article: ResolvedArticle): void {
    for (const e of article.entities) {
      const acc = this.nodes.get(e.id);
      if (!acc) {
        this.nodes.set(e.id, { node: { ...e, aliases: [...e.aliases], articles: [...e.articles] }, aliases: new Set(e.aliases), articles: new Set(e.articles) });
        continue;
      }
      for (const alias of e.aliases) {
        if (!acc.aliases.has(alias)) {
          acc.aliases.add(alias);
          acc.node.aliases.push(alias);
        }
      }
      for (const id of e.articles) {
        if (!acc.articles.has(id)) {
          acc.articles.add(id);
          acc.node.articles.push(id);
        }
      }
    }
    // Edges as toExport shapes them; `targets` names come from the corpus-wide first node of each id.
    const { edges } = toExport([article]);
    edges.forEach((edge, i) => {
      if (edge.targets) edge.targets = (article.relations[i].targets ?? []).map((t) => this.nodes.get(t)?.node.name ?? t);
    });
    if (edges.length > 0) this.edges.write(`${this.edgeCount === 0 ? '' : ',\n'}${elements(edges)}`);
    this.edgeCount += edges.length;
    const mentions = exportMentions(article);
    if (mentions.length > 0) this.mentions.write(`${this.mentionCount === 0 ? '' : ',\n'}${elements(mentions)}`);
    this.mentionCount += mentions.length;
  }

  /** Writes the document and removes the temp file. */
  finish(): { nodes: number; edges: number } {
    this.edges.close();
    this.mentions.close();
    let out: Output | null = null;
    try {
      out = new Output(this.path);
      out.write('{\n');
      writeArray(out, 'articles', this.articles.map(({ id, file, title, date, url, outlet }) => ({ id, file, title, date, ...(url ? { url } : {}), ...(outlet ? { outlet } : {}) })));
      out.write(',\n');
      const nodes: ExportDocument['nodes'] = [...this.nodes.values()].map(({ node: n }) => ({ id: n.id, label: n.label, name: n.name, aliases: n.aliases, articles: n.articles }));
      writeArray(out, 'nodes', nodes);
      out.write(',\n  "edges": ');
      copyArray(out, this.edgesFile, this.edgeCount);
      out.write(',\n  "mentions": ');
      copyArray(out, this.mentionsFile, this.mentionCount);
      out.write('\n}\n');
    } finally {
      out?.close();
      rmSync(this.tmpDir, { recursive: true, force: true });
    }
    return { nodes: this.nodes.size, edges: this.edgeCount };
  }

  /** Gives up: removes the temp file (the export file is not written). */
  abort(): void {
    for (const output of [this.edges, this.mentions]) {
      try {
        output.close();
      } catch {
        // already closed
      }
    }
    rmSync(this.tmpDir, { recursive: true, force: true });
  }
}

function writeArray(out: Output, key: string, values: unknown[]): void {
  out.write(`  ${JSON.stringify(key)}: `);
  if (values.length === 0) {
    out.write('[]');
    return;
  }
  out.write('[\n');
  values.forEach((v, i) => out.write(`${i === 0 ? '' : ',\n'}${element(v)}`));
  out.write('\n  ]');
}

/** A top-level array whose elements were written to `file`. */
function copyArray(out: Output, file: string, count: number): void {
  if (count === 0) {
    out.write('[]');
    return;
  }
  out.write('[\n');
  out.flush();
  copyInto(file, out.descriptor);
  out.write('\n  ]');
}

function copyInto(file: string, fd: number): void {
  const input = openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  try {
    for (;;) {
      const n = readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      writeSync(fd, buffer, 0, n);
    }
  } finally {
    closeSync(input);
  }
}
