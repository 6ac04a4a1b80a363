// Knowledge's people.json holds today's office holders: "the Iranian foreign minister" in an
// undated article is today's only if the article is of today. An article that names, with the
// same unique office, someone else than knowledge's holder ("Iran's President Mahmoud
// Ahmadinejad" where knowledge has today's president) is of another time: there a title that names
// nobody is not today's holder (it stays a title, and a speaker's title stands for its state).
import type { Mention } from '../model/types';
import type { Knowledge } from './knowledge';
import { normalizeWord } from '../nlp';
import { lastWord } from '../lang/en/phrases';

/** Does the article name, in full and with a unique office, a holder other than knowledge's? */
export function ofAnotherTime(mentions: readonly Mention[], knowledge: Knowledge): boolean {
  for (const m of mentions) {
    if (m.label !== 'Person' || m.kind !== 'name' || !m.role || !m.roleOf || !knowledge.uniqueOffices.has(m.role) || !m.canonical.includes(' ')) continue;
    const today = currentHolder(knowledge, m.role, m.roleOf);
    if (today !== undefined && surname(today) !== surname(m.canonical)) return true;
  }
  return false;
}

/** A full name's last word, compared as the lexicon compares words ("Erdoğan" and "Erdogan" meet). */
const surname = (name: string): string => normalizeWord(lastWord(name.trim()));

const holdersCache = new WeakMap<Knowledge, Map<string, string>>();

/** Knowledge's holder of a unique office today (people.json), if it knows one: looked up in an index built once per knowledge. */
export function currentHolder(knowledge: Knowledge, role: string, roleOf: string): string | undefined {
  let holders = holdersCache.get(knowledge);
  if (!holders) {
    holders = new Map();
    // the first person knowledge lists for an office, as a scan of the list would find
    for (const p of knowledge.people) if (p.role && p.roleOf && !holders.has(`${p.role}\u0000${p.roleOf}`)) holders.set(`${p.role}\u0000${p.roleOf}`, p.canonical);
    holdersCache.set(knowledge, holders);
  }
  return holders.get(`${role}\u0000${roleOf}`);
}

/**
 * The holder of a unique office a title names, when knowledge's holder of today may be meant: the
 * article is of today, and no word narrows the title ("Iran's new president", "the interim
 * president" may be someone else than today's holder). Many ambassadors, one president.
 */
export function todaysHolder(knowledge: Knowledge, role: string | undefined, roleOf: string | undefined, modifiers: readonly string[] | undefined, today: boolean): string | undefined {
  if (!today || !role || !roleOf || modifiers?.length || !knowledge.uniqueOffices.has(role)) return undefined;
  return currentHolder(knowledge, role, roleOf);
}
