// Which part of a run of capitalised words is a person's name. News writes names with what
// surrounds them: a party or rank before ("Republican Donald Trump", "Retired Lt. Gen. Michael
// Flynn"), a place or office the title ended with ("the Horn of Africa Jeffrey Feltman"), a
// headline verb after ("Austin Says"). And many capitalised runs are no name at all: "Trade
// Representative", "Foreign Affairs", "High-Level Meetings", "App Store" are English words only.
import type { Token } from '../../model/types';
import { longestMatch } from '../lexicon-match';
import { type SentenceContext } from './context';
import { isFirstName } from './name-words';
import { isDictionaryWord } from '../../lang/en/dictionary';
import { isIngForm, presentTenseBases } from '../../lang/en/morphology';

const isWord = (t: Token): boolean => /^\p{L}/u.test(t.text);
const bare = (t: Token): string => t.normal.replace(/\.$/, '');

/** A word of a person's name that the text glued a headline verb to: "Says", "Rejects". */
function isHeadlineVerb(ctx: SentenceContext, t: Token): boolean {
  if (isIngForm(t.normal) && ctx.knowledge.mentionWords.headlineVerbs.has(t.normal) && /^\p{Lu}\p{Ll}+$/u.test(t.text)) return true; // "Katherine Tai Regarding ..."
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  const candidates = presentTenseBases(t);
  const cues = ctx.knowledge.cues;
  return candidates.some((v) => ctx.knowledge.mentionWords.headlineVerbs.has(v) || cues.speechVerbs.has(v) || cues.threatVerbs.has(v) || cues.proposalVerbs.has(v));
}

/**
 * Words before a given name that are no part of the name: ranks and honorifics, English words
 * ("Republican", "Retired", "Office") that are not given names, places and bodies the lexicon knows.
 */
function isLabelBeforeName(ctx: SentenceContext, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isWord(t)) return t.text === '.' || t.text === '-';
  if (ctx.knowledge.honorifics.has(bare(t))) return true;
  if (beforeHyphenatedGivenName(tokens, i)) return false; // "Ban Ki-moon", "Moon Jae-in": a surname before a Korean given name
  if (isDictionaryWord(t.normal) && !isFirstName(ctx.knowledge, t.normal)) return true;
  const known = longestMatch(tokens, i, ctx.knowledge.names);
  return !!known && known.entries.every((e) => e.kind !== 'person');
}

/** A capitalised word, then a given name written with a tight hyphen and a lower-case part ("Ki-moon", "Jae-in"). */
function beforeHyphenatedGivenName(tokens: Token[], i: number): boolean {
  const [given, hyphen, rest] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!given || !hyphen || !rest || !/^\p{Lu}/u.test(tokens[i].text)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(given.text) && hyphen.text === '-' && hyphen.start === given.end && rest.start === hyphen.end && /^\p{Ll}+$/u.test(rest.text);
}

/** Where the name ends: before a headline verb the run took in ("Harlow Rejects Tribunal Ruling"). */
function nameEnd(ctx: SentenceContext, first: number, last: number): number {
  const { tokens } = ctx.sentence;
  for (let k = first + 1; k <= last; k++) if (isHeadlineVerb(ctx, tokens[k])) return k - 1;
  return last;
}

/**
 * Where the name starts when words that are no part of it come first ("Republican Donald Trump",
 * "Retired Lt. Gen. Michael Flynn", "Horn of Africa Jeffrey Feltman"): at the first given name
 * that has a word after it and only such words before it. -1 when nothing is to be left out.
 */
export function nameStartAfterLabels(ctx: SentenceContext, first: number, end: number): number {
  const { tokens } = ctx.sentence;
  const rank = lastRankBefore(ctx, first, end);
  let givenAt = Math.max(first + 1, rank + 1);
  // "for Development and Africa Andrew Mitchell": a word that names a place (stopwords.json placeWords) opens no name, though lists give it as a given name
  while (givenAt < end && !(isWord(tokens[givenAt]) && isFirstName(ctx.knowledge, tokens[givenAt].normal) && !ctx.knowledge.honorifics.has(bare(tokens[givenAt])) && !ctx.knowledge.placeWords.has(tokens[givenAt].normal))) givenAt++;
  // "Undersecretary for Education Mr. Toccafondi": only labels before the title of address ("Hassan Sheikh Mohamud" is one name)
  if (givenAt >= end) return rank >= 0 && onlyLabelsBefore(ctx, tokens, first, rank) ? surnameAfterRank(tokens, rank, end) : -1;
  // "Union State of Russia and Belarus": a state's name is no given name, and no name joins words with "and"
  if (longestMatch(tokens, givenAt, ctx.knowledge.names)?.entries.some((e) => e.kind !== 'person')) return -1;
  for (let k = givenAt; k <= end; k++) if (/^\p{Ll}/u.test(tokens[k].text) && !ctx.knowledge.functionWords.nameParticles.has(tokens[k].text) && tokens[k - 1]?.text !== '-') return -1;
  // "the Horn of Africa Jeffrey Feltman": after of/for, the run's first word ends a title's complement
  const before = tokens[first - 1]?.normal === 'the' ? tokens[first - 2] : tokens[first - 1];
  // "Minister for International Development and Africa Andrew Mitchell": a title's complement may
  // join several words with "and"; the given name ends it
  if (complementBefore(tokens, first) && tokens.slice(first, givenAt).every((t) => /^\p{Lu}/u.test(t.text) || t.normal === 'and' || t.normal === '&')) return givenAt;
  let k = ['of', 'for'].includes(before?.normal ?? '') ? first + 1 : first;
  // "Florida Gov. Jeb Bush", "South Carolina Sen. Lindsey Graham": the place before a rank is the rank's
  if (rank >= 0) k = Math.max(k, rank);
  while (k < givenAt && isLabelBeforeName(ctx, tokens, k)) k++;
  return k === givenAt ? givenAt : -1;
}

/** How far back "of" or "for" may open the complement a run ends ("for International Development and Africa"). */
const COMPLEMENT_REACH = 6;

/** Does a title's complement opened by "of" or "for" run up to the run at `first`, over capitalised words and "and"? */
function complementBefore(tokens: Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= COMPLEMENT_REACH; j--) {
    const t = tokens[j];
    if (t.normal === 'of' || t.normal === 'for') return j === first - 1 || tokens[first - 1].normal === 'and' || tokens[first - 1].normal === '&';
    if (!(/^\p{Lu}/u.test(t.text) || t.normal === 'and' || t.normal === '&')) return false;
  }
  return false;
}

function onlyLabelsBefore(ctx: SentenceContext, tokens: Token[], first: number, rank: number): boolean {
  for (let k = first; k < rank; k++) if (!isLabelBeforeName(ctx, tokens, k)) return false;
  return true;
}

/** "Undersecretary for Education Mr. Toccafondi": with no given name, the name is the words after the last title of address. */
function surnameAfterRank(tokens: Token[], rank: number, end: number): number {
  let k = rank + 1;
  while (k <= end && !isWord(tokens[k])) k++; // the title's full stop
  return k <= end ? k : -1;
}

/** The last rank or honorific of a run that a name follows ("South Carolina Sen." in a run ending "Lindsey Graham"), or -1. */
function lastRankBefore(ctx: SentenceContext, first: number, end: number): number {
  const { tokens } = ctx.sentence;
  for (let h = end - 1; h > first; h--) if (isWord(tokens[h]) && ctx.knowledge.honorifics.has(bare(tokens[h]))) return h;
  return -1;
}

/**
 * The span [first, last] of the person's name inside a capitalised run, or null when the run is
 * no person's name: every word an English word and the first no given name, or a rank at the end.
 */
export function personSpan(ctx: SentenceContext, first: number, last: number): [number, number] | null {
  const { tokens } = ctx.sentence;
  if (first > 0 && isHeadlineVerb(ctx, tokens[first])) return null; // "Austin Says ...": the verb after the name is no name of its own
  const end = nameEnd(ctx, first, last);
  const labelsEnd = nameStartAfterLabels(ctx, first, end);
  const start = labelsEnd >= 0 ? labelsEnd : first;
  const words = tokens.slice(start, end + 1).filter(isWord);
  const lastWord = words[words.length - 1];
  // "Retired Maj." ends in a rank written short; "Hun Sen" is a name
  if (words.length > 1 && ctx.knowledge.honorifics.has(bare(lastWord)) && (lastWord.text.endsWith('.') || tokens[end + 1]?.text === '.')) return null;
  if (words.length > 1 && !isFirstName(ctx.knowledge, words[0].normal) && words.every((w) => isDictionaryWord(w.normal))) return null;
  return [start, end];
}
