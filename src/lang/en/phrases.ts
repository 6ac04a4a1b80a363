// English phrase shapes that resolution and the lexicons test names and text against: the leading
// article of a name, "X of Y" links, definite descriptions, and the head of an office's title.
// The grammar words they use ("the", "of") are English itself; vocabulary lists stay in knowledge/.
import type { Token } from '../../model/types';

/** "the Kremlin" -> "Kremlin": a name without its leading article (any case). */
export function withoutLeadingArticle(phrase: string): string {
  return phrase.replace(/^the\s+/i, '');
}

/** A name as a mention writes it, without the article before it: "the PLO" -> "PLO". */
export function writtenName(surface: string): string {
  return withoutLeadingArticle(surface.trim());
}

/** "Putin [ of ] Russia", "X [ of the ] Y": only "of" (and an article) between two names. */
export function isOfLink(between: string): boolean {
  return /^\s+of\s+(?:the\s+)?$/i.test(between);
}

/** "IGAD [ (the ] Intergovernmental ...", "FARC[, ]Revolutionary ...": a comma or bracket, and an article, between two names in apposition. */
export function isAppositionGap(between: string): boolean {
  return /^\s*[,(]\s*(?:the\s+)?$/i.test(between);
}

/** A comma, or a comma and "and", between two names of a list ("the EU Commission, NATO, Canada"). */
export function isListGap(between: string): boolean {
  return /^\s*,\s*(?:and\s+)?(?:the\s+)?$/i.test(between);
}

/** "Minister for [Foreign Affairs]", "Ambassador to [Ukraine]": text before a name ends with a preposition that makes it part of a longer title. */
export function endsWithTitlePreposition(before: string): boolean {
  return /\b(?:for|of|to)\s+$/i.test(before);
}

/** "... the former Dutch prime minister", "the Dutch": text that ends in a definite description (not "Russia's ambassador"). */
const DEFINITE_DESCRIPTION = /(?:^|\s)[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\S{0,4}$/u;

export function endsWithDefiniteDescription(text: string): boolean {
  return DEFINITE_DESCRIPTION.test(text);
}

/** "National Electoral Board of Kenya" -> "National Electoral Board": a name before its "of". */
export function beforeOf(name: string): string {
  return name.split(/\s+of\s+/)[0];
}

/** The text after a phrase's last space, the whole phrase without one: a name's family name, a role's head word. */
export function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

/**
 * The office's head noun, so that a short description finds the full title: "secretary of state"
 * and "secretary" are both "secretary"; "deputy prime minister" is a deputy's office, not the
 * prime minister's; spokesman, spokeswoman and spokesperson are one.
 */
export function roleFamily(role: string): string {
  const deputy = /\b(deputy|vice)\b/.test(role) ? 'deputy ' : '';
  if (role.startsWith('spokes')) return `${deputy}spokes`;
  const head = beforeOf(role).trim();
  return `${deputy}${head.split(/\s+/).pop() ?? head}`;
}

/** Longest object a verb's next word may follow: "asked the Lebanese army to". */
const OBJECT_WORDS = 4;

/**
 * The token after a verb's short object ("asked him to", "asked the Lebanese army to", "asked
 * Ana Ruiz whether"): a pronoun, or a determiner and a few nouns, names and adjectives; the
 * verb's own next token when there is none.
 */
export function afterShortObject(tokens: readonly Token[], verb: number): number {
  let k = verb + 1;
  if (tokens[k]?.pos === 'PRON') return k + 1;
  if (tokens[k]?.pos === 'DET') k++;
  const first = k;
  while (k < tokens.length && k - first < OBJECT_WORDS && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[k].pos)) k++;
  return k === first ? verb + 1 : k;
}

/** Determiners that open a noun phrase a verb never follows as its subject ("no immediate Vietnamese comment"). */
const INDEFINITE = new Set(['no', 'a', 'an', 'any']);

/**
 * Is the word at `i` the head noun of an indefinite phrase the tagger read as a verb: "no
 * immediate Vietnamese comment", "a Chinese protest"? Only adjectives and names stand between the
 * determiner and it ("The Kremlin said" has "the", "A Kremlin official said" a noun between).
 */
export function headOfIndefinitePhrase(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'PROPN')) k--;
  return k < i - 1 && k >= 0 && tokens[k].pos === 'DET' && INDEFINITE.has(tokens[k].normal);
}
