// Names of people and bodies the lexicon may not know: after a title, or standing alone.
import type { EntityLabel, Token } from '../../model/types';
import { longestMatch } from '../lexicon-match';
import { isPossessive, speechVerbTaggedAsNoun } from '../../lang/en/morphology';
import { type Draft, type SentenceContext, draft, fromEntry, isCapitalised, pickEntry } from './context';
import { isFirstName, organizationForm } from './name-words';
import { nameStartAfterLabels, personSpan } from './person-names';
import { type Run, capitalisedRun, hasOrgWord, mediaName, withoutFullStop } from './runs';
import { isDictionaryWord } from '../../lang/en/dictionary';
import { bodyOfState } from './bodies';

/** A person's or body's name starting at token i: a known one, or a run of capitalised words. */
export function nameAt(ctx: SentenceContext, i: number): Draft | null {
  const { tokens } = ctx.sentence;
  if (!tokens[i]) return null;
  const match = longestMatch(tokens, i, ctx.knowledge.names);
  if (match) {
    const entry = pickEntry(match.entries);
    if (entry.kind === 'person') return fromEntry(ctx, i, match.last, entry, 'name');
    // after a title, "Israel Katz" or "Jordan Bardella" is a person whose first name is a country's
    const surname = match.last === i && /^\p{Lu}\p{Ll}/u.test(tokens[i].text) ? capitalisedRun(ctx, i + 1) : null;
    if (!surname || longestMatch(tokens, i + 1, ctx.knowledge.names) || ctx.headline) return null;
    const text = ctx.sentence.text.slice(tokens[i].start - ctx.sentence.start, tokens[surname.last].end - ctx.sentence.start);
    return draft(ctx, i, surname.last, { label: 'Person', kind: 'name', canonical: text });
  }
  const run = capitalisedRun(ctx, i);
  // in a Title Case headline, a name after a title only when it opens with a known given name
  // ("Press Statement by United States Trade Representative Katherine Tai Regarding ...")
  if (!run || (ctx.headline && !(run.last > run.first && ctx.knowledge.derived.firstNames.has(tokens[run.first].normal)))) return null;
  const { tokens: all } = ctx.sentence;
  if (classifyName(ctx, all.slice(run.first, run.last + 1), all[run.first - 1], all[run.last + 1]) !== 'Person') return null;
  return personDraft(ctx, run);
}

/**
 * A person named by the run: the mention keeps the run's words (the phrase as written), its
 * canonical name leaves out the words around the name ("Republican", "Senior Colonel", "Says").
 */
function personDraft(ctx: SentenceContext, run: Run): Draft | null {
  const span = personSpan(ctx, run.first, run.last);
  if (!span) return null;
  const [first, last] = span;
  const { tokens } = ctx.sentence;
  const from = first === run.first ? tokens[first].start + run.skip : tokens[first].start;
  const canonical = run.canonical ?? ctx.sentence.text.slice(from - ctx.sentence.start, tokens[last].end - ctx.sentence.start);
  // the words before the name stay in the mention ("Republican Donald Trump"); a headline verb the
  // run took in after it does not ("Austin Says ...": the verb is the headline's verb of saying)
  const d = draft(ctx, run.first, last, { label: 'Person', kind: 'name', canonical });
  return run.skip ? { ...d, start: d.start + run.skip } : d;
}

/**
 * "Nordvik Inc." keeps its legal form in its name, and the article's later sentences may drop it
 * ("Nordvik said"): the short name goes into the article's memory, for the same company.
 */
function rememberShortName(ctx: SentenceContext, run: Run): void {
  const { tokens } = ctx.sentence;
  let last = run.last;
  while (last > run.first && (tokens[last].text === '.' || organizationForm(ctx.knowledge, tokens[last].text)?.position === 'suffix')) last--;
  if (tokens[last]?.text === ',') last--;
  if (last === run.last || last < run.first) return;
  const from = tokens[run.first].start + run.skip;
  ctx.memory?.shortNames.set(ctx.sentence.text.slice(from - ctx.sentence.start, tokens[last].end - ctx.sentence.start), run.text);
}

/** "the Trump administration", "the Milei administration": the body a leader named by surname leads. */
export function leaderBody(ctx: SentenceContext, first: number, last: number): Draft | null {
  const { tokens } = ctx.sentence;
  const body = tokens[last + 1];
  if (!body || !/^\p{Ll}/u.test(body.text) || !ctx.knowledge.mentionWords.leaderBodies.has(body.normal)) return null;
  const canonical = `${tokens[last].text} ${body.text}`;
  return draft(ctx, first, last + 1, { label: 'Organization', kind: 'name', canonical });
}

/** A capitalised name the lexicon does not know: a person, an organisation, or nothing. */
export function unknownName(ctx: SentenceContext, i: number): Draft[] | null {
  // a Title Case headline capitalises every word: only a name after "Mr", "Dr" ... is surely one
  // ("Ministerial Statement by the Minister for Foreign Affairs, Mr Kevin Rudd MP")
  if (ctx.headline && !ctx.knowledge.functionWords.nameHonorifics.has(withoutFullStop(ctx.sentence.tokens[i].normal))) return null;
  const { tokens } = ctx.sentence;
  const run = capitalisedRun(ctx, i);
  if (!run) return null;
  if (addressedOffice(ctx, i) || vocativeLine(ctx, run)) return [];
  const words = tokens.slice(run.first, run.last + 1);
  const governed = governmentOfState(ctx, run) ?? bodyOfState(ctx, run);
  if (governed) return [governed];
  const led = leaderBody(ctx, run.first, run.last);
  if (led) return [led];
  const remembered = run.first === run.last ? ctx.memory?.shortNames.get(run.text) : undefined;
  if (remembered) return [draft(ctx, run.first, run.last, { label: 'Organization', kind: 'name', canonical: remembered })];
  const split = organizationThenPerson(ctx, run);
  if (split) return split;
  // "for the Sahel Marguerite Ndiaye": a given name after words that are no part of it is a person,
  // whatever the words before it would make of the run
  // (an organisation word among the words left out does not make the rest one: "Office Anna Nowak")
  const nameStart = nameStartAfterLabels(ctx, run.first, run.last);
  if (nameStart >= 0 && !hasOrgWord(ctx, tokens.slice(nameStart, run.last + 1))) return [personDraft(ctx, run)].filter((d): d is Draft => d !== null);
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  const label = classifyName(ctx, words, before, after);
  if (!label) return [];
  if (label === 'Person') {
    const person = personDraft(ctx, run);
    return person ? [actsAsBody(ctx, run) ? { ...person, actsAsBody: true } : person] : [];
  }
  const conduit = (label === 'Organization' && mediaName(ctx, words)) || undefined;
  if (label === 'Organization') rememberShortName(ctx, run);
  const d = draft(ctx, run.first, run.last, { label, kind: 'name', canonical: run.text, conduit });
  return [{ ...d, start: d.start + run.skip }];
}

/**
 * A line that is only a capitalised name and a comma ("Ceann Comhairle,", "Dear Colleagues,"
 * opening a speech): whom the speech addresses, never one of its actors or its speaker.
 */
function vocativeLine(ctx: SentenceContext, run: Run): boolean {
  const { tokens } = ctx.sentence;
  return run.first === 0 && run.last === tokens.length - 2 && tokens[tokens.length - 1].normal === ',';
}

/** "Mr Speaker, ...", "Madam President, ...", "Thank you Chair.": the chair a speech addresses, nobody named. */
function addressedOffice(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  const { addressForms, addressedOffices } = ctx.knowledge.mentionWords;
  const thanked = addressedOffices.has(tokens[i].normal) && (tokens[i - 1]?.normal === 'you' || (tokens[i - 1]?.normal === ',' && tokens[i - 2]?.normal === 'you'));
  return thanked || (addressForms.has(tokens[i].normal) && addressedOffices.has(tokens[i + 1]?.normal ?? '') && (tokens[i + 2] === undefined || tokens[i + 2].normal === ','));
}

/**
 * "Nvidia said", "Hamas rejected the plan", "Renova has": one capitalised word, no given name, as
 * the subject of a verb, may be a body as well as a surname; resolution decides (src/resolve).
 */
function actsAsBody(ctx: SentenceContext, run: Run): boolean {
  const { tokens } = ctx.sentence;
  const word = tokens[run.first];
  if (run.first !== run.last || !couldNameBody(ctx, word.normal)) return false;
  // "the Renova alliance", "a Likud party official": a word for a body right after the name
  const after = tokens[run.last + 1];
  if (ctx.knowledge.functionWords.determiners.has(tokens[run.first - 1]?.normal ?? '')) return false; // "the Pontiff said": a title, not a name
  // a subject opens its phrase: not "the eighth African deported", "in the town of Uyo said"
  const before = tokens[run.first - 1];
  if (before && (NOT_BEFORE_SUBJECT.has(before.pos) || before.normal === 'of')) return false;
  const verbAt = after?.pos === 'ADV' ? run.last + 2 : run.last + 1;
  const next = tokens[verbAt];
  if (!next || !/^\p{Ll}/u.test(next.text) || next.pos !== 'VERB' || !actVerbs(ctx).has(next.lemma)) return false;
  // a verb of saying only with its next word ("makes clear", not "makes further demands")
  const needs = ctx.knowledge.cues.speechVerbNeeds.get(next.lemma);
  return !needs || needs.has(tokens[verbAt + 1]?.normal ?? '');
}

/**
 * Not a given name ("Maria said"), a common word ("Stocks rose", "Ministers said"), a people
 * ("Koreans said", "Kurds rejected") or a city of the datelines ("Istanbul hosted").
 */
function couldNameBody(ctx: SentenceContext, word: string): boolean {
  const k = ctx.knowledge;
  if (k.derived.firstNames.has(word) || isDictionaryWord(word) || datelineCities(ctx).has(word)) return false;
  const singular = word.endsWith('s') ? word.slice(0, -1) : undefined;
  return !singular || (!isDictionaryWord(singular) && !k.names.next.get(singular)?.entries.some((e) => e.kind === 'demonym' || e.kind === 'plural'));
}

/** Tags of a word that leaves the word after it inside its phrase: an adjective, a numeral, a determiner. */
const NOT_BEFORE_SUBJECT = new Set(['ADJ', 'NUM', 'DET']);

/**
 * "coalition", "party", "company": a word that stands for a body ("the party said"); in the
 * singular, since a name before a plural describes people ("Moslem militants", "Tamil rebels").
 */
function bodyNoun(ctx: SentenceContext, t: Token): boolean {
  return (ctx.knowledge.orgIntroducers.has(t.normal) || ctx.knowledge.mentionWords.backReferences.has(t.normal)) && t.lemma === t.normal;
}

/** Verbs of saying and of acting towards others (the CAMEO families the knowledge holds): what bodies do. */
function actVerbs(ctx: SentenceContext): Set<string> {
  let verbs = ACT_VERBS.get(ctx.knowledge);
  if (!verbs) ACT_VERBS.set(ctx.knowledge, (verbs = new Set([...ctx.knowledge.cues.speechVerbs, ...ctx.knowledge.cues.proposalVerbs, ...ctx.knowledge.derived.cameo.verbs.map((v) => v.lemma)])));
  return verbs;
}
const ACT_VERBS = new WeakMap<object, Set<string>>();

function datelineCities(ctx: SentenceContext): Set<string> {
  let cities = CITIES.get(ctx.knowledge);
  if (!cities) CITIES.set(ctx.knowledge, (cities = new Set(ctx.knowledge.ingest.datelineCities.map((c) => c.toLowerCase()))));
  return cities;
}
const CITIES = new WeakMap<object, Set<string>>();

/**
 * "the Refugee Council Enver Solomon", "the Farmers Union Grace Mwangi": an organisation's name
 * ending in its organisation word, then a given name and a surname — the body and its officer.
 */
function organizationThenPerson(ctx: SentenceContext, run: Run): Draft[] | null {
  const { tokens } = ctx.sentence;
  const firstNames = ctx.knowledge.derived.firstNames;
  for (let p = run.first + 1; p + 2 <= run.last; p++) {
    if (!ctx.knowledge.orgWords.has(tokens[p].normal) || !firstNames.has(tokens[p + 1].normal)) continue;
    if (tokens.slice(p + 1, run.last + 1).some((t) => ctx.knowledge.orgWords.has(t.normal))) return null;
    const orgText = ctx.sentence.text.slice(tokens[run.first].start + run.skip - ctx.sentence.start, tokens[p].end - ctx.sentence.start);
    const personText = ctx.sentence.text.slice(tokens[p + 1].start - ctx.sentence.start, tokens[run.last].end - ctx.sentence.start);
    const org = draft(ctx, run.first, p, { label: 'Organization', kind: 'name', canonical: orgText });
    return [{ ...org, start: org.start + run.skip }, draft(ctx, p + 1, run.last, { label: 'Person', kind: 'name', canonical: personText, roleOf: orgText })];
  }
  return null;
}

/** "the Government of Chile" is Chile itself, as "the Chilean government" is: one node per state. */
function governmentOfState(ctx: SentenceContext, run: Run): Draft | null {
  const { tokens } = ctx.sentence;
  if (!ctx.knowledge.functionWords.governmentWords.has(tokens[run.first].normal) || tokens[run.first + 1]?.normal !== 'of') return null;
  const start = tokens[run.first + 2]?.normal === 'the' ? run.first + 3 : run.first + 2;
  const match = longestMatch(tokens, start, ctx.knowledge.names);
  const state = match && match.last <= run.last ? match.entries.find((e) => e.kind === 'state' && e.label === 'State') : undefined;
  // the run may have run on past the state ("of Bolivia on Friday"): the mention ends with the state
  return match && state ? draft(ctx, run.first, match.last, { label: 'State', kind: 'name', canonical: state.canonical }) : null;
}

/** "Viguerie notes", "Ana Ruiz fears Israel could strike": a verb of saying or of thinking (function-words.json stanceVerbs) the tagger read as a plural noun after the name. */
function verbTaggedAsNoun(ctx: SentenceContext, after: Token): boolean {
  const { tokens } = ctx.sentence;
  const k = ctx.knowledge;
  const at = tokens.indexOf(after);
  return speechVerbTaggedAsNoun(tokens, at, k.cues.speechVerbs) !== null || speechVerbTaggedAsNoun(tokens, at, k.functionWords.stanceVerbs) !== null;
}

/** A capital after three or more small letters inside one word ("BlackBerry", "ExxonMobil"). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;

function classifyName(ctx: SentenceContext, words: Token[], before: Token | undefined, after: Token | undefined): EntityLabel | null {
  const k = ctx.knowledge;
  if (before && k.orgIntroducers.has(before.normal)) return 'Organization';
  if (hasOrgWord(ctx, words)) return words.length > 1 ? 'Organization' : null;
  if (k.placeWords.has(words[words.length - 1].normal)) return 'Location'; // "Gaza Strip", "Baltic Sea"
  if (before?.normal === 'the' && words.length > 1) return null; // "the Vela Star": a ship, a place, a thing
  // a month is no name, but the surname of a given name ("Theresa May")
  if (words.some((w, j) => k.temporalWords.has(w.normal) || (k.months.has(w.normal) && !(j > 0 && isFirstName(k, words[j - 1].normal))) || k.days.has(w.normal))) return null;
  if (k.placePrefixes.has(words[0].normal) && words.length > 1) return 'Location';
  if (k.thingWords.has(words[words.length - 1].normal)) return null; // "Geneva Agreement", "Truth Social"
  if (before && k.thingIntroducers.has(before.normal)) return null; // "the tanker Baltic Aurora"
  // "the Renova alliance", "the Likud party": a run before a word for a body names that body
  // (not common words, "the Central bank", nor an adjective, "a Hong Kong-based company")
  // (nor the tail of a longer name, "the Nation of Islam group")
  const tailOfName = !!before && k.functionWords.organizationConnectors.has(before.normal);
  if (after && /^\p{Ll}/u.test(after.text) && bodyNoun(ctx, after) && !tailOfName && isCapitalised(words[words.length - 1]) && !words.every((w) => isDictionaryWord(w.normal))) return 'Organization';
  // A capitalised run that modifies a noun is a product or event ("Storm Shadow missiles", "Western-supplied").
  // ("“...,” Viguerie notes." is a verb the tagger reads as a noun: src/extract/view.ts)
  // ("Robert Lighthizer today released": a word of time the tagger reads as a noun modifies nothing)
  if (after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && !k.temporalWords.has(after.normal) && !verbTaggedAsNoun(ctx, after) && !phrasalVerbAfter(ctx, after)) return null;
  if (after && after.text === '-' && after.start === words[words.length - 1].end) return null;
  if (before && ctx.knowledge.functionWords.placePrepositions.has(before.normal) && before.normal !== 'to' && !isPossessive(after)) return 'Location';
  // "230 kilometers west Zambales", "off Zambales, Philippines.": a place by its direction or its country
  if (before && ctx.knowledge.mentionWords.compassWords.has(before.normal) && words.length === 1) return 'Location';
  if (after?.normal === ',' && words.length === 1 && countryAfterPlace(ctx, ctx.sentence.tokens.indexOf(after) + 1)) return 'Location';
  // "New York", "First Chicago": a name opened by a common word is a place or a body, never a
  // person's (a surname that is also a pronoun, "He Yongqian", is no common word here)
  if (k.nonNames.has(words[0].normal) && !k.pronouns.has(words[0].normal)) return null;
  // "Rebels say", "Officials said", "I'm announcing": a word for a group or a pronoun, capitalised only to open the sentence
  const group = k.functionWords;
  if (words.length === 1 && [group.insurgentWords, group.representativeNouns, group.bodyMembers, group.memberNouns, group.pronounContractions].some((list) => list.has(words[0].normal))) return null;
  // "BlackBerry", "WhatsApp", "SoftBank": a capital inside one word after a few small letters is a
  // brand's or a company's spelling, never a person's ("McDonald", "DeSantis", "MacArthur" have fewer)
  if (words.length === 1 && INNER_CAPITAL.test(words[0].text)) return 'Organization';
  // Single words stay candidates: resolution keeps them only where they are a known person's surname.
  return 'Person';
}

/** "Aristide steps down", "Ruiz sets out": a present tense the tagger read as a plural noun, its particle after it (function-words.json phrasalParticles). */
function phrasalVerbAfter(ctx: SentenceContext, after: Token): boolean {
  const next = ctx.sentence.tokens[ctx.sentence.tokens.indexOf(after) + 1];
  return /s$/.test(after.normal) && !/ss$/.test(after.normal) && next !== undefined && ctx.knowledge.functionWords.phrasalParticles.has(next.normal);
}

/** Tokens that may end "Place, Country" ("in Goma, Congo.", "Zambales, Philippines)"). */
const PLACE_COUNTRY_ENDS = new Set(['.', ')', ';', ':']);

/** Does a state's name start at `i` and end a "Place, Country" phrase (a full stop, a bracket, or a comma before a lower-case word)? */
function countryAfterPlace(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  const match = i > 0 ? longestMatch(tokens, i, ctx.knowledge.names) : null;
  if (!match || !match.entries.some((e) => e.kind === 'state' && e.label === 'State')) return false;
  const next = tokens[match.last + 1];
  return !next || PLACE_COUNTRY_ENDS.has(next.normal) || (next.normal === ',' && /^[\p{Ll}\p{N}]/u.test(tokens[match.last + 2]?.text ?? ''));
}
