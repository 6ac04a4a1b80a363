// Runs of capitalised words that may be a name: "Jean-Noël Barrot", "Ursula von der Leyen",
// "National Bureau of Investigation"; and the words inside a run that make it an organisation.
import type { Token } from '../../model/types';
import { longestMatch } from '../lexicon-match';
import { type SentenceContext, isCapitalised } from './context';
import { organizationForm } from './name-words';

export interface Run {
  first: number;
  last: number;
  text: string;
  /** Characters to skip at the start: a dateline glued to the name ("BarcelonaVladimir"). */
  skip: number;
}

function nameToken(ctx: SentenceContext, i: number, leading = false): boolean {
  const t = ctx.sentence.tokens[i];
  if (!t || !isCapitalised(t) || !/^\p{L}[\p{L}'’.]+$/u.test(t.text)) return false; // one letter is no name ("on X")
  if (/^\p{Lu}{2,}$/u.test(t.text)) return false; // "SHOCK OFFER", "BRUSSELS": shouting and datelines; known acronyms come from the lexicon
  const previous = ctx.sentence.tokens[i - 1];
  const opensClause = i === 0 || (previous !== undefined && /^["“‘'(:]$/.test(previous.text));
  if (ctx.knowledge.nonNames.has(t.normal) && !(/^\p{Ll}/u.test(previous?.text ?? '') && isSurnameAfter(ctx, i)) && !(leading && !opensClause && leadsName(ctx, i))) return false; // "spokesperson He Yongqian"
  if (longestMatch(ctx.sentence.tokens, i, ctx.knowledge.roles)) return false;
  if (opensClause && t.pos !== 'PROPN') return false;
  if (/^[-‐]$/.test(ctx.sentence.tokens[i + 1]?.text ?? '') && !nameTokenAfterHyphen(ctx, i)) return false; // "Twenty-six", "Swiss-hosted"
  return true;
}

/**
 * "the World Trade Organization", "of First Bank System", "the New York Stock Exchange": a common
 * word capitalised inside a sentence, where its position does not explain the capital, opens the
 * name that follows it. Only a content word does ("In", "The" inside a sentence are still no name),
 * and only before a word that is a name by itself ("World leaders", "New sanctions" stay no name).
 */
function leadsName(ctx: SentenceContext, i: number): boolean {
  const t = ctx.sentence.tokens[i];
  return CONTENT_TAGS.has(t.pos) && !ctx.knowledge.months.has(t.normal) && !ctx.knowledge.days.has(t.normal) && nameToken(ctx, i + 1);
}

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A capitalised word right after, that is itself no function word: "He" in "He Yongqian". */
function isSurnameAfter(ctx: SentenceContext, i: number): boolean {
  const next = ctx.sentence.tokens[i + 1];
  return !!next && next.pos === 'PROPN' && isCapitalised(next) && next.start > ctx.sentence.tokens[i].end && !ctx.knowledge.nonNames.has(next.normal) && ctx.knowledge.pronouns.has(ctx.sentence.tokens[i].normal);
}

/** "Jean-Noël", "Choi Min-seo", "Lee Jae-myung": a hyphen glued on both sides to a letter. */
function nameTokenAfterHyphen(ctx: SentenceContext, i: number): boolean {
  const after = ctx.sentence.tokens[i + 2];
  return !!after && /^\p{Lu}/u.test(after.text) || gluedHyphenPart(ctx, i);
}

function gluedHyphenPart(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  const hyphen = tokens[i + 1];
  const after = tokens[i + 2];
  return !!hyphen && !!after && hyphen.start === tokens[i].end && after.start === hyphen.end && /^\p{Ll}{2,}$/u.test(after.text) && tokens[i].pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) && isCapitalised(tokens[i - 1] ?? tokens[i]);
}

/** "Jean-Noël Barrot", "Ursula von der Leyen", "Elie Tenenbaum"; "Mr Okonkwo-Bello" without the "Mr". */
export function capitalisedRun(ctx: SentenceContext, at: number): Run | null {
  const { tokens } = ctx.sentence;
  let i = at; // "Maj Gen Yasser Mansour", "Monsignor Ettore Baldassini": titles of address are no part of the name
  while (ctx.knowledge.honorifics.has(tokens[i]?.normal.replace(/\.$/, '') ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) i++;
  if (!nameToken(ctx, i, true)) return null;
  let last = i;
  for (;;) {
    const next = last + 1;
    const joiner = tokens[next];
    if (joiner && joiner.text === '-' && joiner.start === tokens[last].end && tokens[next + 1]?.start === joiner.end && nameToken(ctx, next + 1)) {
      last = next + 1;
    } else if (joiner && /^['’]$/.test(joiner.text) && joiner.start === tokens[last].end && /s$/.test(tokens[last].text) && nameToken(ctx, next + 1)) {
      last = next + 1; // "Workers' Party of Korea"
    } else if (joiner && joiner.text === '-' && gluedHyphenPart(ctx, last)) {
      last = next + 1; // "Min-seo"
    } else if (joiner && ctx.knowledge.functionWords.organizationConnectors.has(joiner.normal) && isCapitalised(tokens[next + 1] ?? joiner) && !ctx.knowledge.nonNames.has(tokens[next + 1]?.normal ?? '') && (hasOrgWord(ctx, tokens.slice(i, last + 1)) || orgWordAhead(ctx, joiner, next + 1))) {
      last = next + 1; // "National Bureau of Investigation", "Institute for Policy Studies"
      while (isCapitalised(tokens[last + 1] ?? joiner) && /^\p{L}/u.test(tokens[last + 1]?.text ?? '') && !ctx.knowledge.nonNames.has(tokens[last + 1].normal)) last++;
    } else if (joiner && ctx.knowledge.functionWords.nameParticles.has(joiner.text) && nameToken(ctx, next + 1)) {
      last = next + 1;
    } else if (joiner && ctx.knowledge.functionWords.nameParticles.has(joiner.text) && tokens[next + 1]?.text === '-' && tokens[next + 1].start === joiner.end && nameToken(ctx, next + 2)) {
      last = next + 2; // "Majed al-Ansari", "Abdel Fattah el-Sisi"
    } else if (nameToken(ctx, next) && ((last === i && ctx.knowledge.nonNames.has(tokens[i].normal)) || !longestMatch(tokens, next, ctx.knowledge.names)?.entries.some((e) => e.kind !== 'person'))) {
      // a known place after a common word that opens the name is part of it: "New Amsterdam Exchange"
      last = next;
    } else {
      break;
    }
  }
  // a dateline is a city of four letters or more: "McConnell", "DeSantis", "LaHood" are one name;
  // it opens the sentence ("BarcelonaVladimir Putin said"), so "NationsBank" or "ExxonMobil" inside one is one name
  const glued = i === 0 ? /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u.exec(tokens[i].text) : null;
  const skip = glued ? glued[1].length : 0;
  const start = tokens[i].start + skip;
  const text = ctx.sentence.text.slice(start - ctx.sentence.start, tokens[last].end - ctx.sentence.start);
  return { first: i, last, text, skip };
}

/** "Independent Electoral and Boundaries Commission": after "and", capitalised words that end in an organisation word. */
function orgWordAhead(ctx: SentenceContext, joiner: Token, from: number): boolean {
  if (joiner.normal !== 'and') return false;
  const { tokens } = ctx.sentence;
  for (let j = from; j < tokens.length && nameToken(ctx, j); j++) if (ctx.knowledge.orgWords.has(tokens[j].normal)) return true;
  return false;
}


/** An unknown organisation named like a news outlet relays others' words (see LexiconEntry.conduit). */
export function mediaName(ctx: SentenceContext, words: Token[]): boolean {
  void ctx;
  return words.some((w) => ctx.knowledge.functionWords.mediaNameWords.has(w.normal));
}

export function hasOrgWord(ctx: SentenceContext, words: Token[]): boolean {
  // the hand list, and the legal forms and head nouns of organisation names ("Inc.", "Tribunal")
  return words.some((w) => ctx.knowledge.orgWords.has(w.normal.replace(/['’]$/, '')) || (isCapitalised(w) && organizationForm(ctx.knowledge, w.text) !== undefined));
}
