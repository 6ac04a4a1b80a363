// Cypher that names relation types takes them from the registry (src/relations/registry.ts), so
// a new type reaches the writer, the schema, the query pack and the explorer queries without an
// edit to any .cypher file. Files in cypher/ may hold:
//
//   {{relationTypes}}      STATEMENT|THREAT|PROPOSAL|AFFILIATED_WITH   (every type, `|`-joined)
//   {{claimTypes}}         STATEMENT|THREAT|PROPOSAL                   (the claim types)
//   {{relationTypeList}}   'STATEMENT', 'THREAT', ...                  (a Cypher list's items)
//   {{claimPlurals}}       statements, threats, proposals              (column names)
//
// and blocks that repeat once per type, between two comment lines:
//
//   // {{#each relation}}        (or {{#each claim}})
//   CREATE INDEX {{lower}}_id IF NOT EXISTS FOR ()-[r:{{type}}]-() ON (r.id);
//   // {{/each}}
//
// where {{type}} is the name, {{lower}} its lower case, {{plural}} the registry's plural.
// A placeholder this file does not know is an error, never left in the text sent to Neo4j.
import { RELATION_TYPES, type RelationTypeSpec } from '../relations/registry';

const BLOCK = /^[ \t]*\/\/ \{\{#each (relation|claim)\}\}[ \t]*\r?\n([\s\S]*?)^[ \t]*\/\/ \{\{\/each\}\}[ \t]*(?:\r?\n|$)/gm;

function typesOf(which: string): readonly RelationTypeSpec[] {
  return which === 'claim' ? RELATION_TYPES.filter((t) => t.kind === 'claim') : RELATION_TYPES;
}

function perType(body: string, spec: RelationTypeSpec): string {
  return body.replace(/\{\{(type|lower|plural)\}\}/g, (_, key: string) => (key === 'type' ? spec.name : key === 'lower' ? spec.name.toLowerCase() : spec.plural));
}

const INLINE: Record<string, () => string> = {
  relationTypes: () => RELATION_TYPES.map((t) => t.name).join('|'),
  claimTypes: () => typesOf('claim').map((t) => t.name).join('|'),
  relationTypeList: () => RELATION_TYPES.map((t) => `'${t.name}'`).join(', '),
  claimPlurals: () => typesOf('claim').map((t) => t.plural).join(', '),
};

/** The text of a cypher/ file with the registry's types filled in. */
export function expandRelationTypes(text: string, where = 'cypher'): string {
  const blocks = text.replace(BLOCK, (_, which: string, body: string) => typesOf(which).map((spec) => perType(body, spec)).join(''));
  const expanded = blocks.replace(/\{\{([A-Za-z]+)\}\}/g, (whole, key: string) => {
    const fill = INLINE[key];
    if (!fill) throw new Error(`${where}: unknown placeholder ${whole}`);
    return fill();
  });
  if (/\{\{[#/]/.test(expanded)) throw new Error(`${where}: a {{#each}} block is not closed by // {{/each}}`);
  return expanded;
}
