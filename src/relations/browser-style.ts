// The Neo4j Browser style (cypher/style.grass): node styles and MENTIONS from cypher/style-base.grass,
// one section per relation type of the registry in place of its `@relation-types` line. `kg serve`
// serves this text at /style.grass; cypher/style.grass, the file to drag onto Browser, is written
// from it by scripts/generate-browser-style.ts, and a unit test fails when the file is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELATION_TYPES, type RelationTypeSpec } from './registry';

const MARKER = '@relation-types\n';

function section(spec: RelationTypeSpec): string {
  return [`relationship.${spec.name} {`, `  color: ${spec.colour};`, `  shaft-width: ${spec.shaftWidth}px;`, `  caption: "${spec.browserCaption}";`, '}', '', ''].join('\n');
}

export function browserStyle(cypherDir: string): string {
  const base = readFileSync(join(cypherDir, 'style-base.grass'), 'utf8');
  if (!base.includes(MARKER)) throw new Error(`${join(cypherDir, 'style-base.grass')} has no "@relation-types" line`);
  return base.replace(MARKER, RELATION_TYPES.map(section).join('').replace(/\n$/, ''));
}
