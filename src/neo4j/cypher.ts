// Cypher lives in cypher/*.cypher, never in TypeScript strings: the files can be read, diffed
// and pasted into Neo4j Browser as they are. Every statement takes its data as parameters.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findProjectRoot } from '../admin/config';
import { expandRelationTypes } from './relation-cypher';

const cache = new Map<string, string>();

export function cypherDir(): string {
  return path.join(findProjectRoot(), 'cypher');
}

/** Reads cypher/<relativePath> once per process, with the registry's relation types filled in (relation-cypher.ts). */
export function loadCypher(relativePath: string): string {
  const file = path.join(cypherDir(), relativePath);
  let text = cache.get(file);
  if (text === undefined) {
    text = expandRelationTypes(fs.readFileSync(file, 'utf8'), relativePath);
    cache.set(file, text);
  }
  return text;
}

/**
 * Splits a script into statements: `//` comment lines are dropped and a statement ends with ';'
 * at the end of a line (so a ';' inside a string literal mid-line is left alone).
 */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split(/\r?\n/)) {
    if (line.trim().startsWith('//') || line.trim() === '') continue;
    current.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push(current.join('\n').trimEnd().slice(0, -1).trim());
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest !== '') statements.push(rest);
  return statements;
}

export function schemaStatements(): string[] {
  return splitStatements(loadCypher('schema.cypher'));
}
