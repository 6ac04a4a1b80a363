// A headline's subject that its mentions leave out: a bare surname ("Ortega Says Panama Wants
// Talks") or a bare title ("Foreign Secretary calls for ceasefire"), each standing for the person
// the article names in full below it.
import type { Sentence } from '../../model/types';
import { isHeadline } from '../mentions';
import type { ArticleView } from '../view';
import { personBySurname } from './antecedents';

/** Most words a headline's bare subject may have ("Chavez", "Ana Ruiz"). */
const HEADLINE_SUBJECT_WORDS = 2;

/**
 * "Ortega Says Panama Wants Talks": a headline's subject is a bare surname (the mentions of a
 * Title Case line leave it out) of a person the article names in full.
 */
export function headlineSurname(view: ArticleView, sentence: Sentence, last: number): number | null {
  if (sentence.index !== 0 && !isHeadline(sentence.tokens, view.knowledge)) return null;
  if (last >= HEADLINE_SUBJECT_WORDS || !sentence.tokens.slice(0, last + 1).every((t) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text))) return null;
  return personBySurname(view, sentence.tokens[last].normal);
}

/** Most words a headline's bare title may have ("Deputy Foreign Minister"). */
const HEADLINE_TITLE_WORDS = 4;

/**
 * "Foreign Secretary calls for enduring ceasefire": the headline opens with a title and no name;
 * the one person of the article named with that very office.
 */
export function headlineTitleHolder(view: ArticleView, sentence: Sentence, last: number): number | null {
  if (sentence.index !== 0 || last >= HEADLINE_TITLE_WORDS) return null;
  const words = sentence.tokens.slice(0, last + 1);
  if (!words.every((t) => /^\p{Lu}/u.test(t.text))) return null;
  const role = view.knowledge.roleOf.get(words.map((t) => t.normal).join(' '));
  // an office a state has one holder of ("Foreign Secretary"), not a kind of person ("Opposition Leader")
  if (role === undefined || !view.knowledge.uniqueOffices.has(role)) return null;
  // the very office ("Defence Minister" is not the foreign minister named below it), held by one
  // person only: of two opposition leaders the headline's could be either
  const holders = view.mentions.flatMap((m, i) => (m.label === 'Person' && m.kind === 'name' && m.role === role ? [i] : []));
  return holders.length > 0 && holders.every((h) => view.mentions[h].canonical === view.mentions[holders[0]].canonical) ? holders[0] : null;
}
