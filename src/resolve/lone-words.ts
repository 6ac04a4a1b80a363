// Lone words that name an actor without a fuller name in the text: a body acting ("Nvidia said")
// or an official named after an office ("Press Secretary Carney").
import type { EntityLabel, Mention } from '../model/types';
import { isDictionaryWord } from '../lang/en/dictionary';
import type { Knowledge } from '../knowledge';
import { officeIndex } from '../knowledge/derived/office-lookup';
import { holderOfTitledSurname } from '../knowledge/derived/office-index';

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
export function titledSurname(m: Mention): Referent | null {
  // a role ("Minister Toccafondi") or a title of address that says the gender ("Mr. Toccafondi")
  return (m.role || m.gender) && !m.canonical.includes(' ') && !isDictionaryWord(m.canonical.toLowerCase()) ? { label: 'Person', name: m.canonical } : null;
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
