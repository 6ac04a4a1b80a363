// English word forms the extraction relies on: verb base forms where wink's lemma is missing or
// wrong, the possessive clitic, -ing and -ed forms, and the present tense that the tagger misreads
// as a plural noun. Every rule about English spelling lives here, not in the stages.
import type { Token } from '../../model/types';
import { remembered } from '../../memo';

/** Irregular verbs of saying whose form no suffix cut gives back. */
export const IRREGULAR = new Map(Object.entries({ said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', written: 'write', spoke: 'speak' }));

// baseForm is asked of nearly every token, several times: the suffix cut of a word is remembered.
/** "warns" -> "warn", "denies" -> "deny": a plain cut of inflection suffixes. */
const cutSuffix = remembered((word) => word.replace(/(ies)$/, 'y').replace(/(es|s|ed|ing)$/, ''));

/** suffixCut; a word that does not end in s, d or g has none of the suffixes (most words: no look-up). */
export function suffixCut(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 115 || last === 100 || last === 103 ? cutSuffix(word) : word;
}

/** The verb's base form: wink's lemma, or a plain suffix cut for Title Case headlines ("Warns"). */
export function baseForm(t: Token): string {
  return t.base ?? computeBaseForm(t);
}

/** baseForm without the token's own copy: what the nlp stage stores as `base` when it makes a token. */
export function computeBaseForm(t: Pick<Token, 'normal' | 'pos' | 'lemma'>): string {
  const irregular = IRREGULAR.get(t.normal);
  if (irregular !== undefined) return irregular;
  if (t.pos === 'VERB' || t.pos === 'AUX') return t.lemma;
  return suffixCut(t.normal);
}

/** The possessive clitic as a token of its own: "Russia" "'s" (normalised: ’ is '). */
export function isPossessive(t: Token | undefined): boolean {
  return t?.normal === "'s";
}

/** "Honduras' ambassador": the apostrophe alone after a name in -s is its possessive. */
export function bareApostrophe(tokens: readonly Token[], j: number): boolean {
  // j may be past the sentence's end ("... announced the expulsion of Paris" as its last words)
  return /^['’]$/.test(tokens[j]?.text ?? '') && /s$/i.test(tokens[j - 1]?.text ?? '');
}

/** "leaders", "rights": a noun whose lemma is shorter than its form and that ends in s ("news", "crisis" keep theirs). */
export function isPluralNoun(t: Token): boolean {
  return t.pos === 'NOUN' && t.normal.endsWith('s') && t.lemma !== t.normal;
}

/** A name's possessive ending, cut: "Putin's" -> "Putin". */
export function withoutPossessive(text: string): string {
  return text.replace(/[’']s$/, '');
}

/** "speaking", "sitting": a present participle or gerund, by its spelling. */
export function isIngForm(word: string): boolean {
  return /ing$/.test(word);
}

/** "speaking", "asked": a participle, by its spelling. */
export function isParticipleForm(word: string): boolean {
  return /(ing|ed)$/.test(word);
}

/** "had mistreated", "has tortured": a past participle after a form of "have" that the tagger read as an adjective or a noun. */
export function perfectParticipleAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return (t.pos === 'ADJ' || t.pos === 'NOUN') && t.normal.endsWith('ed') && before?.pos === 'AUX' && before.lemma === 'have';
}

/** "Says" -> "say", "Rejects" -> "reject", "Pushes" -> "push": the base forms a Title Case present-tense verb may have. */
export function presentTenseBases(t: Token): string[] {
  const lemma = t.lemma !== t.normal ? t.lemma : t.normal.replace(/e?s$/, '');
  return [lemma, t.normal.slice(0, -1), t.normal.replace(/es$/, '')];
}

/** Words after a verb of saying that start what is said: punctuation, "that", "out" ("points out"). */
const CLAUSE_AFTER_SPEECH_VERB = new Set(['.', ',', ';', ':', 'that', 'out', '—']);

/**
 * "“...,” Viguerie notes.", "Bozell points out that ...": a verb of saying in the present tense that
 * the tagger reads as a plural noun after a name. Its base form, or null when it is a noun.
 */
export function speechVerbTaggedAsNoun(tokens: Token[], i: number, speechVerbs: ReadonlySet<string>): string | null {
  const t = tokens[i];
  if (!t || t.pos !== 'NOUN' || tokens[i - 1]?.pos !== 'PROPN' || !/^\p{Ll}+s$/u.test(t.text)) return null;
  const base = speechVerbs.has(t.lemma) ? t.lemma : t.normal.slice(0, -1);
  if (!speechVerbs.has(base)) return null;
  const next = tokens[i + 1];
  if (!next || CLAUSE_AFTER_SPEECH_VERB.has(next.normal) || /^["“]$/.test(next.text)) return base;
  // "Japan demands China revoke ...", "..., and Chile urges the parties to ...": an object after a
  // name that is its clause's subject (no verb before it in the clause: "the Iran talks" stay a noun)
  return OBJECT_START.has(next.pos) && !verbInClauseBefore(tokens, i) ? base : null;
}

/**
 * "has joined the United States in warning Iran against ...": a gerund after "in" that the tagger
 * read as a noun ("warning"), whose verb is one of saying and whose object is a name, is that verb;
 * its base form, or null. "in a warning to Iran", "in warning of" stay nouns.
 */
export function gerundTaggedAsNoun(tokens: Token[], i: number, speechVerbs: ReadonlySet<string>): string | null {
  const t = tokens[i];
  if (!t || t.pos !== 'NOUN' || tokens[i - 1]?.normal !== 'in' || !/^\p{Ll}+ing$/u.test(t.text)) return null;
  const stem = t.normal.slice(0, -3);
  const base = [stem, `${stem}e`, stem.replace(/(.)\1$/u, '$1')].find((b) => speechVerbs.has(b));
  const next = tokens[i + 1];
  return base !== undefined && next !== undefined && (next.pos === 'PROPN' || (next.pos === 'DET' && tokens[i + 2]?.pos === 'PROPN')) ? base : null;
}

/** Words that open a clause: a verb before them is another clause's. */
const CLAUSE_OPENERS = new Set([',', ';', ':', 'and', 'but', '—']);

function verbInClauseBefore(tokens: Token[], i: number): boolean {
  // "media reports say U.S. Defense Secretary X fears ...": a name right after a verb or "that" opens a clause of its own
  let start = i - 1;
  while (start > 0 && tokens[start - 1].pos === 'PROPN') start--;
  const opener = tokens[start - 1];
  if (opener && (opener.pos === 'VERB' || (opener.pos === 'SCONJ' && opener.normal === 'that'))) return false;
  for (let j = i - 1; j >= 0 && !CLAUSE_OPENERS.has(tokens[j].normal); j--) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
  return false;
}

/** Parts of speech that start the object of a verb the tagger read as a plural noun. */
const OBJECT_START = new Set(['PROPN', 'DET', 'PRON']);

/**
 * "Omar al-Bashir alleged that ...", "X, in turn, claimed that ...", "He branded it a criminal
 * attack": a past tense of a verb of saying that the tagger read as an adjective ("the alleged
 * plot"), after a name, a pronoun or an aside's comma and before "that" or the start of an object.
 * Returns its base form, or null.
 */
export function speechVerbTaggedAsAdjective(tokens: Token[], i: number, speechVerbs: Set<string>): string | null {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!t || !after || t.pos !== 'ADJ' || !/^\p{Ll}+ed$/u.test(t.text) || (after.normal !== 'that' && !OBJECT_START.has(after.pos))) return null;
  if (!before || (before.pos !== 'PROPN' && before.pos !== 'PRON' && before.normal !== ',')) return null;
  return [t.normal.slice(0, -1), t.normal.slice(0, -2)].find((base) => speechVerbs.has(base)) ?? null;
}

/** "African", "Asian", "Western": a capitalised word with the ending of an adjective of place. */
export function isPlaceAdjectiveForm(text: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ern)$/u.test(text);
}

/** The word an ampersand stands for: "Foreign & Commonwealth Office" is read as the "... and ..." knowledge names. */
export const AMPERSAND_WORD = 'and';
