// Writes cypher/style.grass from cypher/style-base.grass and the relation registry. Run after
// adding a relation type: npx ts-node --transpile-only scripts/generate-browser-style.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserStyle } from '../src/relations/browser-style';

const dir = join(__dirname, '..', 'cypher');
writeFileSync(join(dir, 'style.grass'), browserStyle(dir));
console.log(`wrote ${join(dir, 'style.grass')}`);
