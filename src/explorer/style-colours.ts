// Colours per node label and relation type for the explorer, read from cypher/style.grass (the
// Neo4j Browser style the project ships), so the page has no list of types or colours of its own.
// A type the style does not name gets no colour here; the page then picks one from its name.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { cypherDir } from '../neo4j/cypher';

export interface StyleColours {
  labels: Record<string, string>;
  types: Record<string, string>;
}

const RULE = /^(node|relationship)\.([A-Za-z_][A-Za-z0-9_]*)\s*\{([^}]*)\}/gm;
const COLOUR = /(?:^|[\s;])color:\s*(#[0-9A-Fa-f]{3,8})\s*;/;

/** `node.Person { color: #4C8EDA; ... }` -> labels.Person = '#4C8EDA'. */
export function parseStyleColours(grass: string): StyleColours {
  const out: StyleColours = { labels: {}, types: {} };
  for (const m of grass.matchAll(RULE)) {
    const colour = COLOUR.exec(m[3]);
    if (!colour) continue;
    (m[1] === 'node' ? out.labels : out.types)[m[2]] = colour[1].toLowerCase();
  }
  return out;
}

export function styleColours(file = path.join(cypherDir(), 'style.grass')): StyleColours {
  try {
    return parseStyleColours(fs.readFileSync(file, 'utf8'));
  } catch {
    return { labels: {}, types: {} };
  }
}
