// Runs of capitalised words that may be a name: "Jean-Noël Barrot", "Ursula von der Leyen",
// "National Bureau of Investigation"; and the words inside a run that make it an organisation.
import type { Token } from '../../model/types';
import { longestMatch } from '../lexicon-match';
import { type SentenceContext, isCapitalised } from './context';
import { isFirstName, organizationForm } from './name-words';
import { isDictionaryWord } from '../../lang/en/dictionary';
import { officeIndex } from '../../knowledge/derived/office-lookup';
import { nameKey } from '../../knowledge/derived/office-index';

export interface Run {
  first: number;
  last: number;
  text: string;
  /** Characters to skip at the start: a dateline glued to the name ("BarcelonaVladimir"). */
  skip: number;
  /** The name in its usual order, where the text writes it otherwise ("HAYASHI Yoshimasa": Yoshimasa Hayashi). */
  canonical?: string;
}

function nameToken(ctx: SentenceContext, i: number, leading = false): boolean {
  const t = ctx.sentence.tokens[i];
  // "the rebel group M23": letters and digits are a name only after a word that introduces a body
  const coded = !!t && /^\p{Lu}[\p{L}\d]*\d[\p{L}\d]*$/u.test(t.text) && ctx.knowledge.orgIntroducers.has(ctx.sentence.tokens[i - 1]?.normal ?? '');
  if (!t || !isCapitalised(t) || (!coded && !/^\p{L}[\p{L}'’.]+$/u.test(t.text))) return false; // one letter is no name ("on X")
  // "SHOCK OFFER", "BRUSSELS": shouting and datelines; known acronyms come from the lexicon; a legal
  // form after a name is part of it ("Nordholm AG", "Vestra PLC")
  if (/^\p{Lu}{2,}$/u.test(t.text)) return i > 0 && /^\p{Lu}.*\p{Ll}/u.test(ctx.sentence.tokens[i - 1].text) && organizationForm(ctx.knowledge, t.text)?.position === 'suffix';
  const previous = ctx.sentence.tokens[i - 1];
  // a dash opens one too: a dateline's ("WASHINGTON — Additionally, ...") or an aside's
  const opensClause = i === 0 || (previous !== undefined && /^["“‘'(:—–]$/.test(previous.text));
  // "Kim Sung-hwan", "Ban Ki-moon": a capitalised word glued to a lower-case part after a name is a given name, English word or not
  if (!leading && previous?.pos === 'PROPN' && isCapitalised(previous) && gluedToLowerPart(ctx, i)) return true;
  // "spokesperson He Yongqian", "Vice Foreign Minister He Yafei": after a role, a pronoun before a name is a surname
  const afterRole = /^\p{Ll}/u.test(previous?.text ?? '') || (previous !== undefined && longestMatch(ctx.sentence.tokens, i - 1, ctx.knowledge.roles)?.last === i - 1);
  if (ctx.knowledge.nonNames.has(t.normal) && !(afterRole && isSurnameAfter(ctx, i)) && !(leading && !opensClause && leadsName(ctx, i)) && !monthSurname(ctx, i)) return false;
  if (longestMatch(ctx.sentence.tokens, i, ctx.knowledge.roles)) return false;
  if (opensClause && t.pos !== 'PROPN' && !givenNameOpening(ctx, i)) return false;
  if (/^[-‐]$/.test(ctx.sentence.tokens[i + 1]?.text ?? '') && !nameTokenAfterHyphen(ctx, i)) return false; // "Twenty-six", "Swiss-hosted"
  return true;
}

/** "Theresa May", "Brian May": a month after a known given name is a surname (not "Friday May 5", not "in May"). */
function monthSurname(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  const previous = tokens[i - 1];
  return ctx.knowledge.months.has(tokens[i].normal) && previous !== undefined && isCapitalised(previous) && isFirstName(ctx.knowledge, previous.normal) && tokens[i + 1]?.pos !== 'NUM';
}

/** Tags a given name may wrongly get where it opens a sentence: "Ted/VERB Cruz", "Sue/VERB Gray" (never "Will/AUX"). */
const MISREAD_NAME_TAGS = new Set(['VERB', 'NOUN', 'ADJ']);

/**
 * "Mark Delano said", "Bill Ostrow told": a given name that is also an English word opens a sentence,
 * where the tagger reads it as that word; before a surname it is a name, as it is inside a sentence.
 * Not before a place, state or body the lexicon knows ("Rose Garden").
 */
function givenNameOpening(ctx: SentenceContext, i: number): boolean {
  const t = ctx.sentence.tokens[i];
  const next = ctx.sentence.tokens[i + 1];
  if (!next || !MISREAD_NAME_TAGS.has(t.pos) || !isFirstName(ctx.knowledge, t.normal)) return false;
  if (next.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(next.text) || ctx.knowledge.nonNames.has(next.normal)) return false;
  return !longestMatch(ctx.sentence.tokens, i + 1, ctx.knowledge.names)?.entries.some((e) => e.kind !== 'person');
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

/** "Sung-hwan": the token, a hyphen and a lower-case part, written without spaces. */
function gluedToLowerPart(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  const hyphen = tokens[i + 1];
  const after = tokens[i + 2];
  return !!hyphen && !!after && /^[-‐]$/.test(hyphen.text) && hyphen.start === tokens[i].end && after.start === hyphen.end && /^\p{Ll}{2,}$/u.test(after.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text);
}

function gluedHyphenPart(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  return gluedToLowerPart(ctx, i) && tokens[i].pos === 'PROPN' && isCapitalised(tokens[i - 1] ?? tokens[i]);
}

/** "Gen." -> "Gen": one full stop off the end (asked at every capitalised token: no regex, no copy when there is none). */
export function withoutFullStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** "Jean-Noël Barrot", "Ursula von der Leyen", "Elie Tenenbaum"; "Mr Okonkwo-Bello" without the "Mr". */
export function capitalisedRun(ctx: SentenceContext, at: number): Run | null {
  const { tokens } = ctx.sentence;
  let i = at; // "Maj Gen Yasser Mansour", "Monsignor Ettore Baldassini": titles of address are no part of the name
  while (tokens[i] !== undefined && ctx.knowledge.honorifics.has(withoutFullStop(tokens[i].normal)) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) i++;
  // "Presidents Bashir and Kiir": a one-word title in the plural is each name's, no part of the first
  if (pluralTitleAt(ctx, i) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) i++;
  const surnameFirst = surnameFirstRun(ctx, i);
  if (surnameFirst) return surnameFirst;
  if (!nameToken(ctx, i, true)) return null;
  let last = i;
  for (;;) {
    const next = last + 1;
    const joiner = tokens[next];
    if (joiner && joiner.text === '-' && joiner.start === tokens[last].end && tokens[next + 1]?.start === joiner.end && nameToken(ctx, next + 1)) {
      last = next + 1;
    } else if (joiner && /^['’]$/.test(joiner.text) && joiner.start === tokens[last].end && /s$/.test(tokens[last].text) && nameToken(ctx, next + 1)) {
      last = next + 1; // "Workers' Party of Korea"
    } else if (joiner && commonPossessiveInName(ctx, i, last, next)) {
      last = next + 1; // "Ostland People's Liberation Front", "Children's Relief Fund"
    } else if (joiner && joiner.text === '-' && (gluedHyphenPart(ctx, last) || (last > i && gluedToLowerPart(ctx, last)))) {
      last = next + 1; // "Min-seo"
    } else if (joiner && ctx.knowledge.functionWords.organizationConnectors.has(joiner.normal) && !endsInLegalForm(ctx, last) && isCapitalised(tokens[nameAfterConnector(ctx, next)] ?? joiner) && !ctx.knowledge.nonNames.has(tokens[nameAfterConnector(ctx, next)]?.normal ?? '') && (hasOrgWord(ctx, tokens.slice(i, last + 1)) || orgWordAhead(ctx, joiner, next + 1))) {
      last = nameAfterConnector(ctx, next); // "National Bureau of Investigation", "Institute for Policy Studies", "Council for the Defence of Migrants"
      // "Ministry of National Defense of the People's Republic of China": a known name after the connector is taken whole
      const known = longestMatch(tokens, last, ctx.knowledge.names);
      if (known && known.last > last && known.entries.some((e) => e.kind === 'state')) last = known.last;
      while (isCapitalised(tokens[last + 1] ?? joiner) && /^\p{L}/u.test(tokens[last + 1]?.text ?? '') && !ctx.knowledge.nonNames.has(tokens[last + 1].normal)) last++;
    } else if (joiner && last > i && ctx.knowledge.functionWords.nameSuffixes.has(joiner.normal) && isCapitalised(joiner)) {
      // "Lloyd J. Austin III", "Martin Luther King Jr.": the generation ends the name (and its dot with it)
      last = tokens[next + 1]?.text === '.' && tokens[next + 1].start === joiner.end ? next + 1 : next;
      break;
    } else if (joiner && ctx.knowledge.functionWords.nameParticles.has(joiner.text) && nameToken(ctx, next + 1)) {
      last = next + 1;
    } else if (joiner && ctx.knowledge.functionWords.nameParticles.has(joiner.text) && tokens[next + 1]?.text === '-' && tokens[next + 1].start === joiner.end && nameToken(ctx, next + 2)) {
      last = next + 2; // "Majed al-Ansari", "Abdel Fattah el-Sisi"
    } else if (nameToken(ctx, next) && ((last === i && ctx.knowledge.nonNames.has(tokens[i].normal)) || !longestMatch(tokens, next, ctx.knowledge.names)?.entries.some((e) => e.kind !== 'person') || knownBodyEndsName(ctx, next) || placeAsSurname(ctx, i, last, next) || bodyAsSurname(ctx, i, last, next))) {
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

/**
 * "Mr. HAYASHI Yoshimasa", "Foreign Minister KISHIDA Fumio", "Ms. ONO Hikariko": a surname in
 * capitals before the given name, as Japanese (and other) government sites write names, after a
 * title of address or a role. Its canonical name is the order the office-holder dictionaries know
 * ("Xi Jinping" stays), else the given name first, as English-language news writes Japanese names.
 */
function surnameFirstRun(ctx: SentenceContext, i: number): Run | null {
  const { tokens } = ctx.sentence;
  const surname = tokens[i];
  const given = tokens[i + 1];
  if (!surname || !given || !/^\p{Lu}{3,}$/u.test(surname.text) || !/^\p{Lu}\p{Ll}+$/u.test(given.text) || i === 0) return null;
  const before = tokens[i - 1];
  const addressed = ctx.knowledge.honorifics.has(withoutFullStop(before.normal)) || longestMatch(tokens, roleStart(ctx, i - 1), ctx.knowledge.roles)?.last === i - 1;
  if (!addressed || longestMatch(tokens, i, ctx.knowledge.names)) return null; // "President NATO ..." is no name; a known acronym stays one
  const family = surname.text[0] + surname.text.slice(1).toLowerCase();
  const asWritten = `${family} ${given.text}`;
  const known = officeIndex(ctx.knowledge).byName;
  const canonical = known.has(nameKey(asWritten)) && !known.has(nameKey(`${given.text} ${family}`)) ? asWritten : `${given.text} ${family}`;
  const text = ctx.sentence.text.slice(surname.start - ctx.sentence.start, given.end - ctx.sentence.start);
  return { first: i, last: i + 1, text, skip: 0, canonical };
}

/** "Presidents", "Generals": a one-word role of titles.json in the plural. */
function pluralTitleAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.sentence.tokens[i];
  if (!t || !/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return false;
  return longestMatch([{ ...t, normal: t.normal.slice(0, -1) }], 0, ctx.knowledge.roles)?.last === 0;
}

/** Where a role that may end at `last` starts: up to two words back ("Foreign Minister", "Chief Cabinet Secretary"). */
function roleStart(ctx: SentenceContext, last: number): number {
  for (let k = Math.max(0, last - 2); k < last; k++) if (longestMatch(ctx.sentence.tokens, k, ctx.knowledge.roles)?.last === last) return k;
  return last;
}

/** One word the lexicon knows as a state or a capital, standing alone ("Paris", "Jordan"). */
export function placeWordAt(ctx: SentenceContext, i: number): boolean {
  const place = longestMatch(ctx.sentence.tokens, i, ctx.knowledge.names);
  return !!place && place.last === i && place.entries.some((e) => e.kind === 'capital' || e.kind === 'state');
}

/**
 * "Valeska Paris", "Michael Jordan": a given name alone, then one word that names a place, and the
 * name ends there: the place's name is the person's surname.
 */
function placeAsSurname(ctx: SentenceContext, first: number, last: number, next: number): boolean {
  const { tokens } = ctx.sentence;
  if (last !== first || !(isFirstName(ctx.knowledge, tokens[first].normal) || ctx.knowledge.genderNames.has(tokens[first].normal)) || !placeWordAt(ctx, next)) return false;
  return !isCapitalised(tokens[next + 1] ?? tokens[first]) || tokens[next + 1] === undefined;
}

/**
 * "Tarvia Democratic Party", "Ostland Workers Party": a name before a known body's name that ends
 * in an organisation word is the body's own name, not the known one (a region's party is not the
 * Democratic Party of the United States).
 */
function knownBodyEndsName(ctx: SentenceContext, at: number): boolean {
  const match = longestMatch(ctx.sentence.tokens, at, ctx.knowledge.names);
  // of two words or more, and the name ends with it, or an officer's name follows ("Senate" alone,
  // "Senate Majority Leader" are no party's name)
  const after = ctx.sentence.tokens[(match?.last ?? at) + 1];
  return !!match && match.last > at && match.entries.every((e) => e.kind === 'organization') && endsInOrgWord(ctx, match.last) && !(after && isCapitalised(after) && !ctx.knowledge.derived.firstNames.has(after.normal));
}

/**
 * "Michael Bloomberg", "Henry Ford": a one-word body the lexicon knows, right after a given name
 * that opens the run alone and is no common word, is that person's surname.
 */
function bodyAsSurname(ctx: SentenceContext, first: number, last: number, at: number): boolean {
  const { tokens } = ctx.sentence;
  if (last !== first || !isFirstName(ctx.knowledge, tokens[first].normal) || isDictionaryWord(tokens[first].normal)) return false;
  const match = longestMatch(tokens, at, ctx.knowledge.names);
  return !!match && match.last === at && match.entries.every((e) => e.kind === 'organization');
}

/** The word at `last` is an organisation's head noun: "Party", "Council", "Commission". */
export function endsInOrgWord(ctx: SentenceContext, last: number): boolean {
  const t = ctx.sentence.tokens[last];
  return ctx.knowledge.orgWords.has(t.normal) || organizationForm(ctx.knowledge, t.text)?.position === 'head';
}

/** After "of"/"for" in an organisation's name, the name goes on at the next word, or after "the" ("Fund for the Protection of ..."). */
function nameAfterConnector(ctx: SentenceContext, connector: number): number {
  const { tokens } = ctx.sentence;
  const the = tokens[connector + 1];
  return the?.normal === 'the' && tokens[connector].normal !== 'and' && /^\p{Lu}\p{Ll}/u.test(tokens[connector + 2]?.text ?? '') ? connector + 2 : connector + 1;
}

/**
 * "People's" in "Ostland People's Liberation Front": a common word's possessive inside a name
 * that goes on to an organisation word. Not a state's or a person's ("Ostland's Electoral Board",
 * "Trump's Republican Party"): those own the body, and are no part of its name.
 */
function commonPossessiveInName(ctx: SentenceContext, first: number, last: number, joiner: number): boolean {
  const { tokens } = ctx.sentence;
  const owner = tokens[last];
  const mark = tokens[joiner];
  if (!/^['’]s$/.test(mark.text) || mark.start !== owner.end || !isDictionaryWord(owner.normal) || ctx.knowledge.derived.firstNames.has(owner.normal)) return false;
  if (longestMatch(tokens, last, ctx.knowledge.names)) return false;
  // "the Department of the Treasury's Office of Foreign Assets Control": a whole body's name owns another body, no word of it
  if (hasOrgWord(ctx, tokens.slice(first, last + 1))) return false;
  // a name's own word ("the Children's Fund", "Ostland People's Front"), not a person's surname ("Mark Trump's Party")
  // (or the state's adjective before it: "Ostlandic People's Front")
  const before = tokens[first - 1];
  const opened = first < last ? !ctx.knowledge.derived.firstNames.has(tokens[first].normal) : !!before && (ctx.knowledge.functionWords.determiners.has(before.normal) || longestMatch(tokens, first - 1, ctx.knowledge.names)?.entries.some((e) => e.kind === 'demonym') === true);
  if (!opened) return false;
  for (let j = joiner + 1; j < tokens.length && nameToken(ctx, j); j++) if (endsInOrgWord(ctx, j)) return true;
  return false;
}

/** "Kestrel Motor Corp of Chile": a legal form closes a company's name; what follows says where it is. */
function endsInLegalForm(ctx: SentenceContext, last: number): boolean {
  const t = ctx.sentence.tokens[last];
  return organizationForm(ctx.knowledge, t.text)?.position === 'suffix' || (t.text === '.' && organizationForm(ctx.knowledge, ctx.sentence.tokens[last - 1]?.text ?? '')?.position === 'suffix');
}

/** "Independent Electoral and Boundaries Commission": after "and", capitalised words that end in an organisation word. */
function orgWordAhead(ctx: SentenceContext, joiner: Token, from: number): boolean {
  if (joiner.normal !== 'and') return false;
  const { tokens } = ctx.sentence;
  let org = false;
  for (let j = from; j < tokens.length && nameToken(ctx, j); j++) {
    // "Chuck Hagel and Army Gen. Martin Dempsey": a title of address after "and" opens a person's name
    if (ctx.knowledge.honorifics.has(tokens[j].normal.replace(/\.$/, ''))) return false;
    if (ctx.knowledge.orgWords.has(tokens[j].normal)) org = true;
  }
  return org;
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
