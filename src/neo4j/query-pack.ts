// The analyst's query pack: one parameterised Cypher file per question, in cypher/queries/.
// Used by `kg query` and by the explorer server (src/explorer/), which also keeps its own fixed
// queries in cypher/explorer/ in the same format.
//
// A file starts with a header of `//` lines:
//
//   // description: All threats: who threatens whom, with the evidence and the date.
//   // param actor: name or alias of the speaker (Putin)
//   // param limit?: most rows to return (100)
//   // any other comment line: a note, shown by `kg query --list --verbose`
//
// `param NAME: meaning (example)` declares a required parameter, `param NAME?: ...` an optional one
// (sent as null when absent: the query gives it its default with coalesce). The type comes from
// the meaning and the example:
//   - "one of A|B|C" in the meaning            -> enum: exactly one of the values (case-insensitive)
//   - "one or more of A|B|C" in the meaning    -> enum list: an array, or a comma-separated string
//   - an integer example, e.g. (100)           -> integer; "N to M" in the meaning sets its range
//                                                 (default 1 to 1000)
//   - a YYYY-MM-DD example                     -> date, a real calendar date, as ISO text
//   - anything else                            -> string: trimmed, 1..200 characters, no control chars
// Values are always sent as query parameters, never put into the Cypher text, and a query is
// run only after every parameter has been checked: unknown names, missing required parameters,
// wrong types and out-of-range values are refused with a QueryParamError.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GraphTarget } from './connection';
import { cypherDir } from './cypher';
import { expandRelationTypes } from './relation-cypher';
import { runCypher, type CypherResult } from './cypher-runner';

export type ParamType = 'string' | 'integer' | 'date' | 'enum' | 'enum-list';

export interface ParamSpec {
  name: string;
  required: boolean;
  type: ParamType;
  /** The meaning, as written in the header. */
  description: string;
  example: string;
  /** enum and enum-list: the allowed values, in their canonical spelling. */
  values?: string[];
  /** integer: inclusive range. */
  min?: number;
  max?: number;
}

export interface PackQuery {
  /** File name without .cypher: what `kg query <name>` takes. */
  name: string;
  file: string;
  description: string;
  /** Header comment lines that are neither description nor param. */
  notes: string[];
  params: ParamSpec[];
  /** The whole file, header included (Neo4j ignores comments). */
  cypher: string;
}

/** A query file whose header is malformed, or which uses a parameter it does not declare. */
export class QueryPackError extends Error {
  override name = 'QueryPackError';
}

/** A parameter value was refused: the message says which and why (an HTTP 400, a usage error). */
export class QueryParamError extends Error {
  override name = 'QueryParamError';
}

export const MAX_STRING_LENGTH = 200;
export const MAX_LIST_LENGTH = 20;
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
const PARAM_LINE = /^param\s+([A-Za-z][A-Za-z0-9_]*)(\?)?\s*:\s*(.*?)\s*\(([^()]*)\)\s*$/;
const INTEGER = /^-?\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Control characters other than tab: nothing an analyst types, often a sign of a crafted request.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

function paramSpec(name: string, optional: boolean, description: string, example: string, file: string): ParamSpec {
  const spec: ParamSpec = { name, required: !optional, type: 'string', description, example };
  const list = /one or more of\s+([A-Za-z0-9_]+(?:\|[A-Za-z0-9_]+)+)/i.exec(description);
  const one = /one of\s+([A-Za-z0-9_]+(?:\|[A-Za-z0-9_]+)+)/i.exec(description);
  if (list) {
    spec.type = 'enum-list';
    spec.values = list[1].split('|');
  } else if (one) {
    spec.type = 'enum';
    spec.values = one[1].split('|');
  } else if (INTEGER.test(example)) {
    spec.type = 'integer';
    const range = /(-?\d+)\s+to\s+(-?\d+)/.exec(description);
    spec.min = range ? Number(range[1]) : 1;
    spec.max = range ? Number(range[2]) : 1000;
    if (spec.min > spec.max) throw new QueryPackError(`${file}: param ${name}: empty range ${spec.min} to ${spec.max}`);
  } else if (ISO_DATE.test(example)) {
    spec.type = 'date';
  }
  return spec;
}

/** Parses one query file's header; checks that the Cypher uses exactly the declared parameters. */
export function parseQueryFile(name: string, text: string, file = `${name}.cypher`): PackQuery {
  if (!NAME_PATTERN.test(name)) throw new QueryPackError(`${file}: a query name is lower-case letters, digits and dashes`);
  let description = '';
  const notes: string[] = [];
  const params: ParamSpec[] = [];
  const lines = text.split(/\r?\n/);
  let body = 0;
  for (; body < lines.length; body++) {
    const line = lines[body].trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    const comment = line.slice(2).trim();
    const param = PARAM_LINE.exec(comment);
    if (/^description\s*:/.test(comment)) {
      description = comment.replace(/^description\s*:\s*/, '');
    } else if (param) {
      if (params.some((p) => p.name === param[1])) throw new QueryPackError(`${file}: param ${param[1]} declared twice`);
      params.push(paramSpec(param[1], param[2] === '?', param[3], param[4].trim(), file));
    } else if (/^param\b/.test(comment)) {
      throw new QueryPackError(`${file}: cannot read "${comment}": write "param name: meaning (example)"`);
    } else {
      notes.push(comment);
    }
  }
  if (!description) throw new QueryPackError(`${file}: no "// description: ..." line in the header`);
  const cypher = lines.slice(body).join('\n');
  if (cypher.trim() === '') throw new QueryPackError(`${file}: no Cypher after the header`);
  // $name in the body (comments and string literals are ignored by this rough scan only if they
  // do not contain `$`: the pack's files do not).
  const used = new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  for (const p of params) if (!used.has(p.name)) throw new QueryPackError(`${file}: param ${p.name} is declared but never used`);
  for (const u of used) if (!params.some((p) => p.name === u)) throw new QueryPackError(`${file}: $${u} is used but not declared`);
  return { name, file, description, notes, params, cypher: text };
}

/** The queries of one folder (default cypher/queries/), sorted by name. */
export function loadQueryPack(dir: string = path.join(cypherDir(), 'queries')): PackQuery[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const where = path.join(path.basename(dir), f);
      return parseQueryFile(f.slice(0, -'.cypher'.length), expandRelationTypes(fs.readFileSync(path.join(dir, f), 'utf8'), where), where);
    });
}

/** Looks a query up by name; the name is never used to build a path. */
export function findQuery(pack: PackQuery[], name: string): PackQuery | undefined {
  return pack.find((q) => q.name === name);
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function checkString(spec: ParamSpec, value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') throw new QueryParamError(`${spec.name} must be text, got ${describeValue(value)}`);
  const text = value.trim();
  if (text === '') throw new QueryParamError(`${spec.name} must not be empty`);
  if (text.length > MAX_STRING_LENGTH) throw new QueryParamError(`${spec.name} is longer than ${MAX_STRING_LENGTH} characters`);
  if (CONTROL.test(text)) throw new QueryParamError(`${spec.name} contains control characters`);
  return text;
}

function checkEnum(spec: ParamSpec, value: unknown): string {
  const values = spec.values ?? [];
  const text = typeof value === 'string' ? value.trim() : undefined;
  const match = text === undefined ? undefined : values.find((v) => v.toLowerCase() === text.toLowerCase());
  if (match === undefined) throw new QueryParamError(`${spec.name} must be one of ${values.join(', ')}, got ${describeValue(value)}`);
  return match;
}

function checkValue(spec: ParamSpec, value: unknown): unknown {
  switch (spec.type) {
    case 'string':
      return checkString(spec, value);
    case 'integer': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && INTEGER.test(value.trim()) ? Number(value.trim()) : NaN;
      if (!Number.isSafeInteger(n)) throw new QueryParamError(`${spec.name} must be a whole number, got ${describeValue(value)}`);
      if (n < (spec.min ?? 1) || n > (spec.max ?? 1000)) throw new QueryParamError(`${spec.name} must be between ${spec.min} and ${spec.max}, got ${n}`);
      return n;
    }
    case 'date': {
      const text = typeof value === 'string' ? value.trim() : '';
      const time = ISO_DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
      if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
        throw new QueryParamError(`${spec.name} must be a date as YYYY-MM-DD, got ${describeValue(value)}`);
      }
      return text;
    }
    case 'enum':
      return checkEnum(spec, value);
    case 'enum-list': {
      const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').filter((s) => s.trim() !== '') : undefined;
      if (items === undefined) throw new QueryParamError(`${spec.name} must be a list of ${spec.values?.join(', ')}`);
      if (items.length > MAX_LIST_LENGTH) throw new QueryParamError(`${spec.name} has more than ${MAX_LIST_LENGTH} values`);
      return [...new Set(items.map((item) => checkEnum(spec, item)))];
    }
  }
}

/**
 * Checks raw values (from the command line, a URL or JSON) against the query's parameters and
 * returns the parameters to send: every declared one present, optional ones absent as null.
 * Empty strings count as absent.
 */
export function validateParams(query: Pick<PackQuery, 'name' | 'params'>, raw: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    const accepted = query.params.length ? `it takes ${query.params.map((p) => p.name).join(', ')}` : 'it takes none';
    throw new QueryParamError(`unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).join(', ')} for ${query.name}: ${accepted}`);
  }
  const params: Record<string, unknown> = {};
  for (const spec of query.params) {
    const value = Object.prototype.hasOwnProperty.call(raw, spec.name) ? raw[spec.name] : undefined;
    const absent = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (absent) {
      if (spec.required) throw new QueryParamError(`${query.name} needs ${spec.name}: ${spec.description} (e.g. ${spec.example})`);
      params[spec.name] = null;
    } else {
      params[spec.name] = checkValue(spec, value);
    }
  }
  return params;
}

/** Validates the values and runs the query; throws QueryParamError before touching the database. */
export async function runPackQuery(db: GraphTarget, query: PackQuery, raw: Record<string, unknown>): Promise<CypherResult> {
  return runCypher(db, query.cypher, validateParams(query, raw));
}

/** `name=value` pairs as typed on the command line (values stay text: validateParams types them). */
export function parseParamPairs(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new QueryParamError(`--param takes key=value, got "${pair}"`);
    params[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return params;
}

/** One line per parameter, for `kg query --list` and error messages. */
export function describeParams(query: PackQuery): string[] {
  return query.params.map((p) => {
    // Enums name their values in the meaning already.
    const type = p.type === 'enum' ? 'one value' : p.type === 'enum-list' ? 'comma-separated list' : p.type;
    const range = p.type === 'integer' ? ` ${p.min}..${p.max}` : '';
    return `${p.name}${p.required ? '' : ' (optional)'}: ${p.description} [${type}${range}] e.g. ${p.example}`;
  });
}
