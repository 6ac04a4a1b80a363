// Runs one ad-hoc Cypher query (the `kg cypher` command) and returns plain JSON-able rows.

import neo4j, { Integer, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';
import type { GraphTarget } from './connection';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };
export type PlainRow = Record<string, PlainValue>;

export interface CypherResult {
  columns: string[];
  rows: PlainRow[];
  /** Non-zero update counters (nodesCreated, propertiesSet, ...). */
  counters: Record<string, number>;
}

/** Integers beyond 2^53 become strings: a JS number would silently round them. */
function plainInteger(value: Integer): number | string {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

function plainProperties(properties: Record<string, unknown>): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toPlain(value);
  return out;
}

/** Neo4j values to JSON: Integer -> number, Node/Relationship/Path -> objects, temporal -> ISO text. */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (isInt(value)) return plainInteger(value);
  if (isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: plainProperties(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainProperties(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      segments: value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })),
    };
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: { [key: string]: PlainValue } = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (ArrayBuffer.isView(value)) return Array.from(value as Uint8Array);
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>);
  return String(value);
}

/**
 * Parameters usually come from JSON, where 10 and 10.0 are the same: whole numbers are sent as
 * Cypher integers, which LIMIT, SKIP and range() require.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

/**
 * Runs `query` as an auto-commit transaction, so it may also be schema or
 * `CALL { ... } IN TRANSACTIONS`, which managed transactions refuse.
 */
export async function runCypher(db: GraphTarget, query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const session = db.driver.session({ database: db.database });
  try {
    const running = session.run(query, toNeo4jParams(params));
    // keys() also names the columns of a query that returned no rows.
    const columns = (await running.keys()).map(String);
    const result = await running;
    const rows = result.records.map((record) => {
      const row: PlainRow = {};
      for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
      return row;
    });
    const counters: Record<string, number> = {};
    for (const [name, count] of Object.entries(result.summary.counters.updates())) {
      if (count !== 0) counters[name] = count;
    }
    return { columns, rows, counters };
  } finally {
    await session.close();
  }
}
