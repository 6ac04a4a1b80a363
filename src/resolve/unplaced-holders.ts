// A state's one office named by its state in one place and by its holder's name in another:
// "Libya's prime minister has offered a truce ..." and, later, "Prime Minister Baghdadi
// al-Mahmoudi made the comments in Tripoli": the title is the person the article names with that
// office and no state, when there is exactly one and knowledge puts them in no other state.
import type { ArticleExtraction } from '../model/types';
import type { Knowledge } from '../extract/knowledge';
import { knownSide } from '../knowledge/derived/office-lookup';
import type { Referent } from './lone-words';

export function unplacedHolder(x: ArticleExtraction, index: number, referents: readonly (Referent | null)[], knowledge: Knowledge): Referent | null {
  const m = x.mentions[index];
  if (!m.role || !m.roleOf || !knowledge.uniqueOffices.has(m.role)) return null;
  const offices = knowledge.headOffices.get(m.role) ?? new Set([m.role]);
  // "President Kagame called the Ugandan president": whoever stands beside the title is someone else
  const titled = new Set(x.mentions.filter((o) => o.kind === 'title' && o.role === m.role && o.roleOf === m.roleOf).map((o) => o.sentence));
  const found = new Map<string, Referent>();
  x.mentions.forEach((other, i) => {
    const referent = referents[i];
    if (other.label !== 'Person' || other.kind !== 'name' || !referent || other.roleOf !== undefined || !offices.has(other.role ?? '')) return;
    if (titled.has(other.sentence)) return;
    const side = knownSide(knowledge, referent.name);
    if (side === undefined || side === m.roleOf) found.set(referent.name, referent);
  });
  return found.size === 1 ? [...found.values()][0] : null;
}
