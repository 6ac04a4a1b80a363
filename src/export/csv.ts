// Bulk path: GraphBatches -> neo4j-admin import files (`neo4j-admin database import full`), for
// loading a large corpus into a fresh database far faster than transactions can.
//
// The files describe the same graph the writer (src/neo4j/writer.ts) builds:
//   nodes-Article.csv                  (:Article {id, file, path, title, date, text})
//   nodes-<Label>.csv                  (:Entity:<Label> {id, name, aliases}) per entity label; an
//                                      Organization also {written} (src/resolve/written-names.ts)
//   rels-MENTIONS.csv                  (:Article)-[:MENTIONS {count}]->(:Entity)
//   rels-<TYPE>.csv                    (:Entity)-[:<TYPE> {id, article, evidence, start, end,
//                                       quote, role, cue, date, targets, targetFrom}]->(:Entity)
//   rels-<TYPE>-to-article.csv         the same, for claims with no addressee (-> their :Article)
// each with a separate header file (<name>.header.csv), and import.sh with the command line.
// Ids are the writer's: Entity ids and Article ids, in the id spaces Entity and Article. Absent
// values (null date, no quote) are empty fields, which the import leaves unset, as the writer
// does; entities merged across articles keep the writer's semantics (aliases added in order
// without duplicates, the name of the last article that names them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityLabel, GraphBatch, Relation } from '../model/types';
import { ChunkedFile } from './chunked-file';

/** Between the elements of an array field and between labels: a character no text contains. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** import.sh's arguments, one per line (paths relative to the CSV folder). */
export const IMPORT_ARGS_FILE = 'import.args';

const RELATION_PROPERTIES = 'id,article,evidence,start:long,end:long,quote,role,cue,date,targets:string[],targetFrom';

type RelationType = Relation['type'];

interface CsvFile {
  name: string;
  header: string;
  kind: 'nodes' | 'relationships';
}

/** A string field, always quoted (commas, quotes and newlines inside are safe); null is an empty field. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Math.trunc(value));
  return `"${value.replace(/"/g, '""')}"`;
}

function csvArray(values: string[]): string {
  return csvField(values.join(ARRAY_DELIMITER));
}

/** One CSV file of the import, counting its rows. */
class Sink {
  private readonly file: ChunkedFile;
  rows = 0;
  constructor(path: string) {
    this.file = new ChunkedFile(path);
  }
  row(fields: string[]): void {
    this.file.write(`${fields.join(',')}\n`);
    this.rows++;
  }
  close(): void {
    this.file.close();
  }
}

interface EntityRow {
  label: EntityLabel;
  name: string;
  aliases: string[];
  aliasSet: Set<string>;
  /** An organisation's full names as its articles write them (src/resolve/written-names.ts). */
  written: string[];
}

export interface CsvSummary {
  dir: string;
  nodes: number;
  relationships: number;
  /** File name -> rows. */
  files: Record<string, number>;
  /** The neo4j-admin arguments after `database import full` (paths relative to dir). */
  importArgs: string[];
}

export class CsvExportWriter {
  private readonly sinks = new Map<string, Sink>();
  private readonly files: CsvFile[] = [];
  private readonly entities = new Map<string, EntityRow>();
  private readonly articles = new Set<string>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.open({ name: 'nodes-Article', header: 'id:ID(Article),file,path,title,date,text,:LABEL', kind: 'nodes' });
    this.open({ name: 'rels-MENTIONS', header: ':START_ID(Article),:END_ID(Entity),count:long,:TYPE', kind: 'relationships' });
  }

  private open(file: CsvFile): Sink {
    let sink = this.sinks.get(file.name);
    if (!sink) {
      sink = new Sink(join(this.dir, `${file.name}.csv`));
      this.sinks.set(file.name, sink);
      this.files.push(file);
      writeFileSync(join(this.dir, `${file.name}.header.csv`), `${file.header}\n`);
    }
    return sink;
  }

  private relationSink(type: RelationType, toArticle: boolean): Sink {
    const end = toArticle ? 'Article' : 'Entity';
    return this.open({
      name: `rels-${type}${toArticle ? '-to-article' : ''}`,
      header: `:START_ID(Entity),:END_ID(${end}),${RELATION_PROPERTIES},:TYPE`,
      kind: 'relationships',
    });
  }

  /** Adds one article's batch (the same batch the writer would write in one transaction). */
  add(batch: GraphBatch): void {
    const a = batch.article;
    if (this.articles.has(a.id)) return; // the writer would rewrite it: one node, one set of edges
    this.articles.add(a.id);
    this.open(this.files[0]).row([csvField(a.id), csvField(a.file), csvField(a.path), csvField(a.title), csvField(a.date), csvField(a.text), csvField('Article')]);
    for (const node of batch.nodes) {
      const row = this.entities.get(node.id);
      if (!row) {
        this.entities.set(node.id, { label: node.label, name: node.name, aliases: [...node.aliases], aliasSet: new Set(node.aliases), written: [...(node.written ?? [])] });
        continue;
      }
      row.name = node.name;
      for (const alias of node.aliases) {
        if (!row.aliasSet.has(alias)) {
          row.aliasSet.add(alias);
          row.aliases.push(alias);
        }
      }
      for (const form of node.written ?? []) if (!row.written.includes(form)) row.written.push(form);
    }
    const mentions = this.sinks.get('rels-MENTIONS') as Sink;
    for (const m of batch.mentions) mentions.row([csvField(a.id), csvField(m.entity), csvField(m.count), csvField('MENTIONS')]);
    for (const r of batch.relations) {
      const toArticle = r.target === null;
      this.relationSink(r.type, toArticle).row([
        csvField(r.source),
        csvField(toArticle ? r.article : r.target),
        csvField(r.id),
        csvField(r.article),
        csvField(r.evidence),
        csvField(r.start),
        csvField(r.end),
        csvField(r.quote ?? null),
        csvField(r.role ?? null),
        csvField(r.cue ?? null),
        csvField(r.date ?? null),
        r.targetNames && r.targetNames.length > 0 ? csvArray(r.targetNames) : '',
        csvField(r.targetFrom ?? null),
        csvField(r.type),
      ]);
    }
  }

  /** Writes the entity files and import.sh; closes everything. */
  finish(): CsvSummary {
    const byLabel = new Map<EntityLabel, [string, EntityRow][]>();
    for (const entry of this.entities) byLabel.set(entry[1].label, [...(byLabel.get(entry[1].label) ?? []), entry]);
    for (const label of [...byLabel.keys()].sort()) {
      // an organisation or a state keeps the full names its articles write, as the writer does (cypher/write-batch)
      const written = label === 'Organization' || label === 'State';
      const sink = this.open({ name: `nodes-${label}`, header: `id:ID(Entity),name,aliases:string[],${written ? 'written:string[],' : ''}:LABEL`, kind: 'nodes' });
      for (const [id, row] of byLabel.get(label) ?? []) sink.row([csvField(id), csvField(row.name), csvArray(row.aliases), ...(written ? [csvArray(row.written)] : []), csvArray(['Entity', label])]);
    }
    const files: Record<string, number> = {};
    let nodes = 0;
    let relationships = 0;
    for (const file of this.files) {
      const sink = this.sinks.get(file.name) as Sink;
      sink.close();
      files[`${file.name}.csv`] = sink.rows;
      if (file.kind === 'nodes') nodes += sink.rows;
      else relationships += sink.rows;
    }
    const importArgs = neo4jAdminImportArgs(this.files);
    writeFileSync(join(this.dir, 'import.sh'), importScript(importArgs), { mode: 0o755 });
    // The same arguments as a picocli @-file (one per line), for `neo4j-admin ... @import.args`.
    writeFileSync(join(this.dir, IMPORT_ARGS_FILE), `${importArgs.join('\n')}\n`);
    return { dir: this.dir, nodes, relationships, files, importArgs };
  }
}

function neo4jAdminImportArgs(files: CsvFile[]): string[] {
  const ordered = [...files.filter((f) => f.kind === 'nodes'), ...files.filter((f) => f.kind === 'relationships')];
  const args = ordered.map((f) => `--${f.kind}=${f.name}.header.csv,${f.name}.csv`);
  return [...args, `--array-delimiter=${ARRAY_DELIMITER_OPTION}`, '--multiline-fields=true', '--id-type=string'];
}

function importScript(args: string[]): string {
  return [
    '#!/bin/sh',
    '# Loads these files into a NEW database with neo4j-admin. Stop the server first. The database',
    '# must not exist, or replace it: sh import.sh neo4j --overwrite-destination=true',
    '#   NEO4J_HOME=/path/to/neo4j sh import.sh [database] [more neo4j-admin options]',
    '# NEO4J_HOME: a Neo4j 5 install (bin/neo4j-admin), or the jars-only install of `kg neo4j`',
    '# (.neo4j/home: lib/ only, run through java). The data directory is the one of',
    '# $NEO4J_CONF/neo4j.conf (default $NEO4J_HOME/conf).',
    'set -e',
    ': "${NEO4J_HOME:?set NEO4J_HOME}"',
    'DATABASE="${1:-neo4j}"',
    '[ $# -gt 0 ] && shift',
    'cd "$(dirname "$0")"',
    'if [ -x "$NEO4J_HOME/bin/neo4j-admin" ]; then',
    '  ADMIN="$NEO4J_HOME/bin/neo4j-admin"',
    'else',
    '  ADMIN="java -cp $NEO4J_HOME/lib/* org.neo4j.server.startup.Neo4jAdminCommand"',
    'fi',
    'export NEO4J_HOME',
    'set -f # the classpath wildcard is for java, not the shell',
    '$ADMIN database import full \\',
    ...args.map((a) => `  ${a} \\`),
    '  "$@" "$DATABASE"',
    '',
  ].join('\n');
}
