// Lone words that name an actor without a fuller name in the text: a body acting ("Nvidia said")
// or an official named after an office ("Press Secretary Carney").
import type { EntityLabel, Mention } from '../model/types';
import { isDictionaryWord } from '../lang/en/dictionary';
import type { Knowledge } from '../knowledge';
import { officeIndex } from '../knowledge/derived/office-lookup';
import { holderOfTitledSurname, nameKey } from '../knowledge/derived/office-index';

/** What a mention refers to before ids are assigned: a label and a canonical name. */
export interface Referent {
  label: EntityLabel;
  name: string;
}

/**
 * "Press Secretary Carney", "High Representative Borrell", "Mr. Toccafondi": a lone name the text writes after an office or a title of address
 * is a person even where no fuller name is known (news names officials so); not a common
 * word ("Minister Office").
 */
export function titledSurname(m: Mention, knowledge: Knowledge): Referent | null {
  // a role ("Minister Toccafondi") or a title of address that says the gender ("Mr. Toccafondi")
  if (!(m.role || m.gender) || m.canonical.includes(' ')) return null;
  // a common word is a surname only where knowledge has a holder of the title by that name
  // ("President Bush" with no date to tell father from son, "Secretary Rice")
  return !isDictionaryWord(m.canonical.toLowerCase()) || knownTitledSurname(m, knowledge) ? { label: 'Person', name: m.canonical } : null;
}

function knownTitledSurname(m: Mention, knowledge: Knowledge): boolean {
  if (!m.role) return false;
  const ending = ` ${nameKey(m.canonical)}`;
  return (officeIndex(knowledge).byTitle.get(m.role) ?? []).some((h) => [h.name, ...h.aliases].some((n) => nameKey(n).endsWith(ending)));
}

/**
 * "President Bush" in an article of 2007: the holder of the office named, with that surname, on
 * the article's date (the dated office holders of knowledge), where the article names no fuller name.
 */
export function datedTitledSurname(m: Mention, knowledge: Knowledge, date: string | null | undefined): Referent | null {
  if (!m.role || !date || m.canonical.includes(' ')) return null;
  const held = holderOfTitledSurname(officeIndex(knowledge), m.role, m.canonical, date);
  return held ? { label: 'Person', name: held.holder.name } : null;
}

/**
 * "President Bush" in an undated article that names the year 2000: it was written after the
 * latest year it names, so the holder is the one of that title and surname whose government office
 * lasted to that year or beyond (George W. Bush, not his father); none where several did.
 */
export function boundedTitledSurname(m: Mention, knowledge: Knowledge, latestYear: number | null): Referent | null {
  if (!m.role || latestYear === null || m.canonical.includes(' ')) return null;
  const ending = ` ${nameKey(m.canonical)}`;
  const year = String(latestYear);
  const lasted = (officeIndex(knowledge).byTitle.get(m.role) ?? []).filter(
    (h) => [h.name, ...h.aliases].some((n) => nameKey(n).endsWith(ending)) && h.roles.some((r) => !r.fallback && r.sector === 'GOV' && (!r.to || r.to.slice(0, 4) >= year)),
  );
  const names = new Set(lasted.map((h) => h.name));
  return names.size === 1 ? { label: 'Person', name: [...names][0] } : null;
}

/** The latest year from 1900 on that the text writes, or null. */
export function latestYearIn(text: string): number | null {
  let latest: number | null = null;
  for (const match of text.matchAll(YEAR)) latest = Math.max(latest ?? 0, Number(match[0]));
  return latest;
}

const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * "Nvidia said": a lone word that acts as a body and is nobody's name is an organisation, if the
 * article writes it somewhere inside a sentence, where its capital is not the sentence's
 * ("Delegates said" opens its sentence, and "delegates" is written in lower case elsewhere).
 */
export function loneBody(m: Mention, insideSentences: Set<string>): Referent | null {
  return m.actsAsBody && insideSentences.has(m.canonical) ? { label: 'Organization', name: m.canonical } : null;
}

/** "President Bush ... Bush said": a lone surname the article also writes after a title is that titled person. */
export function sameSurnameAsTitled(mentions: Mention[], referents: (Referent | null)[]): void {
  const titled = new Map<string, Referent>();
  mentions.forEach((m, i) => {
    const r = referents[i];
    if (r && m.label === 'Person' && m.role && !m.canonical.includes(' ')) titled.set(m.canonical, r);
  });
  mentions.forEach((m, i) => {
    // also "Mr. Clinton", which alone is only the surname, after "President Clinton" of 1999
    const bare = referents[i] === null || !referents[i]?.name.includes(' ');
    if (bare && m.label === 'Person' && m.kind !== 'title') referents[i] = titled.get(m.canonical) ?? referents[i];
  });
}
