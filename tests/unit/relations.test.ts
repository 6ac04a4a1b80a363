// The relation registry (src/relations/registry.ts) is the one place a relation type is defined:
// this test fails when a registered type is missing from the writer, the schema, the query pack,
// the explorer (its queries and /api/meta), the Neo4j Browser style or the knowledge.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cypherDir, loadCypher, schemaStatements } from '../../src/neo4j/cypher';
import { loadQueryPack } from '../../src/neo4j/query-pack';
import { expandRelationTypes } from '../../src/neo4j/relation-cypher';
import { registryTypes } from '../../src/explorer/server';
import { browserStyle } from '../../src/relations/browser-style';
import { detectorOf } from '../../src/relations/detectors';
import { CLAIM_TYPE_NAMES, RELATION_TYPES, relationType } from '../../src/relations/registry';

const writer = loadCypher('write-batch/write-articles.cypher');
const schema = schemaStatements();
const pack = loadQueryPack();
const explorer = loadQueryPack(path.join(cypherDir(), 'explorer'));

describe.each(RELATION_TYPES.map((t) => [t.name, t] as const))('relation type %s', (name, spec) => {
  test('the batch writer deletes an article\'s old edges of the type through its index and creates new ones', () => {
    expect(writer).toContain(`MATCH ()-[r:${name} {article: id}]->() USING INDEX SEEK r:${name}(article) DELETE r`);
    expect(writer).toContain(`$${spec.plural} AS c`);
    expect(writer).toContain(`CREATE (s)-[r:${name} {id: c.id[i]`);
    expect(writer).toMatch(new RegExp(`RETURN count\\(r\\) AS ${spec.plural}\\n`));
    expect(writer).toMatch(new RegExp(`^\\s+${spec.plural},$`, 'm')); // in the final RETURN
  });

  test('the schema indexes its id and its article', () => {
    expect(schema).toContain(`CREATE INDEX ${name.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${name}]-() ON (r.id)`);
    expect(schema).toContain(`CREATE INDEX ${name.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${name}]-() ON (r.article)`);
  });

  test('the query pack finds it: edge evidence, timeline, neighbourhood (and top speakers for claims)', () => {
    for (const query of ['edge-evidence', 'timeline', 'neighbourhood', 'shortest-path']) {
      expect(pack.find((q) => q.name === query)?.cypher).toMatch(new RegExp(`[:|]${name}[|\\]]`));
    }
    const timelineType = pack.find((q) => q.name === 'timeline')?.params.find((p) => p.name === 'type');
    expect(timelineType?.values).toContain(name);
    if (spec.kind === 'claim') {
      const top = pack.find((q) => q.name === 'top-speakers')?.cypher ?? '';
      expect(top).toContain(`WHEN '${name}' THEN 1 ELSE 0 END) AS ${spec.plural}`);
      expect(pack.find((q) => q.name === 'actor-said-about')?.cypher).toMatch(new RegExp(`[:|]${name}[|\\]]`));
    }
  });

  test('the explorer offers it: its queries, its filter values and /api/meta', () => {
    for (const query of ['edge', 'node-edges']) expect(explorer.find((q) => q.name === query)?.cypher).toContain(name);
    // The explorer's graph queries take every edge that starts at an actor, whatever its type; the
    // page's type filters come from /api/meta (registryTypes).
    for (const query of ['graph', 'expand']) expect(explorer.find((q) => q.name === query)?.cypher).toMatch(/MATCH \(s:Entity\)-\[r\]->\(t\)|WHERE startNode\(r\):Entity/);
    expect(registryTypes()).toContainEqual(expect.objectContaining({ name, colour: spec.colour, caption: spec.caption }));
  });

  test('a claim type has a detector, and its knowledge section is in cues.json or en/verbal-conflict.json', () => {
    if (spec.kind !== 'claim') return;
    expect(detectorOf(name).type).toBe(name);
    const sections = [path.join('en', 'cues.json'), path.join('en', 'verbal-conflict.json')].flatMap((file) => Object.keys(JSON.parse(readFileSync(path.join(cypherDir(), '..', 'knowledge', file), 'utf8')) as Record<string, unknown>));
    if (spec.knowledgeSection !== null) expect(sections).toContain(spec.knowledgeSection);
  });

  test('the Neo4j Browser style colours it, and cypher/style.grass is up to date', () => {
    expect(browserStyle(cypherDir())).toContain(`relationship.${name} {\n  color: ${spec.colour};`);
    expect(readFileSync(path.join(cypherDir(), 'style.grass'), 'utf8')).toBe(browserStyle(cypherDir())); // else: npx ts-node --transpile-only scripts/generate-browser-style.ts
  });
});

describe('the registry', () => {
  test('names, plurals and colours are unique; claim types are the registered claims', () => {
    for (const key of ['name', 'plural', 'colour'] as const) expect(new Set(RELATION_TYPES.map((t) => t[key])).size).toBe(RELATION_TYPES.length);
    expect(CLAIM_TYPE_NAMES).toEqual(RELATION_TYPES.filter((t) => t.kind === 'claim').map((t) => t.name));
    expect(() => relationType('GOSSIP')).toThrow(/unknown relation type GOSSIP/);
  });

  test('cypher templates: blocks repeat per type, unknown placeholders are refused', () => {
    const text = expandRelationTypes('A\n// {{#each claim}}\nX {{type}} {{lower}} {{plural}}\n// {{/each}}\nB [{{relationTypeList}}]');
    expect(text.split('\n')).toEqual(['A', ...CLAIM_TYPE_NAMES.map((n) => `X ${n} ${n.toLowerCase()} ${relationType(n).plural}`), `B [${RELATION_TYPES.map((t) => `'${t.name}'`).join(', ')}]`]);
    expect(() => expandRelationTypes('MATCH ()-[:{{nope}}]-()')).toThrow(/unknown placeholder \{\{nope\}\}/);
    expect(() => expandRelationTypes('// {{#each relation}}\nX')).toThrow(/not closed/);
  });
});
