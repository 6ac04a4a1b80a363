// Acronyms of organisations the lexicon does not know: defined in brackets after the full name
// ("the Independent Electoral and Boundaries Commission (IEBC)"), used again later ("IEBC said"),
// or acting as the subject of a verb ("M23 seized the town"). Capitals elsewhere are shouting,
// datelines or units, and stay no mention.
import type { Token } from '../../model/types';
import { type Draft, type SentenceContext, draft, isCapitalised, isWordy } from './context';
import { isPossessive } from '../../lang/en/morphology';
import { hasOrgWord } from './runs';
import { longestMatch } from '../lexicon-match';

const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,6}$/u;

/** "III", "XIV": the numeral after a name ("Lloyd Austin III"), not an acronym. */
const ROMAN_NUMERAL = /^[IVXLC]+$/;

const isAcronym = (t: Token): boolean => ACRONYM.test(t.text) && !ROMAN_NUMERAL.test(t.text) && (/\p{Lu}.*\p{Lu}/u.test(t.text) || /\d/u.test(t.text));

/**
 * Does the acronym spell the name? By the initials of its capitalised words or of all its words
 * ("DOD": Department of Defense), with or without a first word that names its state ("U.S.").
 */
export function spellsName(acronym: string, name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  const variants = [words, words.slice(1)].flatMap((ws) => [ws.filter((w) => /^\p{Lu}/u.test(w)), ws]);
  return variants.some((ws) => ws.length > 1 && ws.map((w) => w[0].toUpperCase()).join('') === acronym.toUpperCase());
}

/** The organisation named earlier in the article that the acronym spells, if exactly one does. */
function spelledOrganization(ctx: SentenceContext, acronym: string): string | undefined {
  const spelled = new Set((ctx.memory?.organizations ?? []).map((o) => o.canonical).filter((name) => spellsName(acronym, name)));
  return spelled.size === 1 ? [...spelled][0] : undefined;
}

/** Most words in capitals: a headline or a shouted line, where capitals say nothing. */
function shouting(ctx: SentenceContext): boolean {
  const words = ctx.sentence.tokens.filter((t) => isWordy(t) && t.text.length > 1);
  const capitals = words.filter((t) => t.text === t.text.toUpperCase()).length;
  return capitals * 3 > words.length;
}

/** The verb after it, in lower case, or a possessive: "IEBC said", "M23 has", "IEBC's chairman". */
function actsAsSubject(ctx: SentenceContext, i: number): boolean {
  const next = ctx.sentence.tokens[i + 1];
  return !!next && (isPossessive(next) || (/^\p{Ll}/u.test(next.text) && (next.pos === 'VERB' || next.pos === 'AUX')));
}

/** "PKS, the Prosperous Justice Party,", "AGUA (Andean Water Authority)": the name it stands for follows. */
function spelledOutAfter(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  if (tokens[i + 1]?.text !== ',' && tokens[i + 1]?.text !== '(') return false;
  let k = tokens[i + 2]?.normal === 'the' ? i + 3 : i + 2;
  if (!tokens[k] || !/^\p{Lu}\p{Ll}/u.test(tokens[k].text)) return false;
  // the words after it name a body: they hold an organisation word ("Party", "Authority", "Forces")
  for (; k < tokens.length && k <= i + 10 && (isCapitalised(tokens[k]) || ctx.knowledge.functionWords.organizationConnectors.has(tokens[k].normal)); k++) if (hasOrgWord(ctx, [tokens[k]])) return true;
  return false;
}

/** An acronym at token i naming an organisation, or null; `previous` is the mention just before. */
export function acronym(ctx: SentenceContext, i: number, previous: Draft | undefined): Draft[] | null {
  const { tokens } = ctx.sentence;
  const t = tokens[i];
  if (!isAcronym(t)) return null;
  const compound = hyphenatedAcronym(ctx, i);
  if (compound) return [compound];
  const defined = ctx.memory?.acronyms.get(t.text);
  if (defined) return [draft(ctx, i, i, { label: 'Organization', kind: 'name', canonical: defined })];
  const definition = tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && previous?.label === 'Organization' && previous.tokens[1] === i - 2;
  if (definition && previous) {
    ctx.memory?.acronyms.set(t.text, previous.canonical);
    return [draft(ctx, i, i, { label: 'Organization', kind: 'name', canonical: previous.canonical, conduit: previous.conduit })];
  }
  if ((actsAsSubject(ctx, i) || spelledOutAfter(ctx, i)) && !shouting(ctx)) return [draft(ctx, i, i, { label: 'Organization', kind: 'name', canonical: spelledOrganization(ctx, t.text) ?? t.text })];
  return null;
}

/** A hyphen written with no space on either side ("ZANU-PF"). */
function gluedHyphen(tokens: Token[], k: number): boolean {
  const hyphen = tokens[k];
  return hyphen !== undefined && /^[-‐]$/.test(hyphen.text) && hyphen.start === tokens[k - 1]?.end && tokens[k + 1]?.start === hyphen.end;
}

/**
 * "ZANU-PF", "SPLM-IO", "MDC-T": an acronym and a part in capitals no name of its own, joined by a
 * hyphen, name one body (a party and its wing or faction), wherever they stand. Not two names
 * ("UK-EU relations", "US-ROK drills").
 */
export function hyphenatedAcronym(ctx: SentenceContext, i: number): Draft | null {
  const { tokens } = ctx.sentence;
  const part = tokens[i + 2];
  if (!isAcronym(tokens[i]) || !gluedHyphen(tokens, i + 1) || !part || !/^\p{Lu}[\p{Lu}\d]{0,5}$/u.test(part.text) || ROMAN_NUMERAL.test(part.text)) return null;
  if (longestMatch(tokens, i + 2, ctx.knowledge.names) !== null) return null;
  const text = `${tokens[i].text}-${part.text}`;
  return draft(ctx, i, i + 2, { label: 'Organization', kind: 'name', canonical: ctx.memory?.acronyms.get(text) ?? text });
}
