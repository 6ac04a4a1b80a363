// Lone words that name an actor without a fuller name in the text: a body acting ("Nvidia said")
// or an official named after an office ("Press Secretary Carney").
import type { EntityLabel, Mention } from '../model/types';
import { isDictionaryWord } from '../lang/en/dictionary';

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
 * "Nvidia said": a lone word that acts as a body and is nobody's name is an organisation, if the
 * article writes it somewhere inside a sentence, where its capital is not the sentence's
 * ("Delegates said" opens its sentence, and "delegates" is written in lower case elsewhere).
 */
export function loneBody(m: Mention, insideSentences: Set<string>): Referent | null {
  return m.actsAsBody && insideSentences.has(m.canonical) ? { label: 'Organization', name: m.canonical } : null;
}

