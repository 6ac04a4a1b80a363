// A state's one office named by its state in one place and by its holder's name in another:
// "Libya's prime minister has offered a truce ..." and, later, "Prime Minister Baghdadi
// al-Mahmoudi made the comments in Tripoli": the title is the person the article names with that
// office and no state, when there is exactly one and knowledge puts them in no other state.
import type { ArticleExtraction } from '../model/types';
import type { Knowledge } from '../extract/knowledge';
import { knownSide } from '../knowledge/derived/office-lookup';
import type { Referent } from './lone-words';

interface Unplaced {
  /** Named people with an office and no state, by office: [sentence, referent]. */
  byRole: Map<string, [number, Referent][]>;
  /** The sentences of each office title with a state ("role|state"). */
  titleSentences: Map<string, Set<number>>;
}

/** Read once per article (and referents): the stage stays linear however many titles it holds. */
const read = new WeakMap<readonly (Referent | null)[], Unplaced>();

function unplacedOf(x: ArticleExtraction, referents: readonly (Referent | null)[]): Unplaced {
  const known = read.get(referents);
  if (known) return known;
  const byRole = new Map<string, [number, Referent][]>();
  const titleSentences = new Map<string, Set<number>>();
  x.mentions.forEach((o, i) => {
    const referent = referents[i];
    if (o.label === 'Person' && o.kind === 'name' && referent && o.roleOf === undefined && o.role !== undefined) {
      const list = byRole.get(o.role);
      if (list) list.push([o.sentence, referent]);
      else byRole.set(o.role, [[o.sentence, referent]]);
    }
    if (o.kind === 'title' && o.role !== undefined && o.roleOf !== undefined) {
      const key = `${o.role}|${o.roleOf}`;
      titleSentences.set(key, (titleSentences.get(key) ?? new Set<number>()).add(o.sentence));
    }
  });
  const found = { byRole, titleSentences };
  read.set(referents, found);
  return found;
}

export function unplacedHolder(x: ArticleExtraction, index: number, referents: readonly (Referent | null)[], knowledge: Knowledge): Referent | null {
  const m = x.mentions[index];
  if (!m.role || !m.roleOf || !knowledge.uniqueOffices.has(m.role)) return null;
  const { byRole, titleSentences } = unplacedOf(x, referents);
  // "President Kagame called the Ugandan president": whoever stands beside the title is someone else
  const titled = titleSentences.get(`${m.role}|${m.roleOf}`) ?? new Set<number>();
  const found = new Map<string, Referent>();
  for (const office of knowledge.headOffices.get(m.role) ?? [m.role]) {
    for (const [sentence, referent] of byRole.get(office) ?? []) {
      if (titled.has(sentence)) continue;
      const side = knownSide(knowledge, referent.name);
      if (side === undefined || side === m.roleOf) found.set(referent.name, referent);
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}
