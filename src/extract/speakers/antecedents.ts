// Who a speaker word stands for: a title ("The spokesman added") for the person who holds that
// role, a pronoun for the latest fitting speaker or subject, a bare label for the last mention.
import { phraseAt } from '../lexicon-match';
import { documentPersonSpeaker, signingPerson, topicPersonSpeaker } from './title-speaker';
import { passiveAppeal } from './passive-appeal';
import type { Gender, Mention, Sentence } from '../../model/types';
import { lastSubjectPerson } from './descriptions';
import { personNamedAfterLede } from './lede-descriptions';
import { lastWord, roleFamily } from '../../lang/en/phrases';
import { insideQuote } from '../quotes';
import { baseForm } from '../../lang/en/morphology';
import { utteranceOrStanceAt } from './stance-cues';
import { mentionStartingAt, mentionsFrom, mentionsVersion, type ArticleView, type Discourse, type Speaker } from '../view';
import { officeKnowledge } from '../../knowledge/derived/office-lookup';
import { nationalOffice } from '../../knowledge/derived/offices';


/** How many sentences back a pronoun may reach for its speaker. */
export const PRONOUN_MEMORY = 5;

/** A title mention that stands for someone ("The spokesman added") speaks for the person it refers to. */
export function resolveSpeakerMention(view: ArticleView, mention: number): Speaker {
  const m = view.mentions[mention];
  if (isBareTitle(m)) {
    // a headline's "Foreign Secretary calls for ..." is the holder the article names after it
    // "The Prime Minister spoke to the Prime Minister of Canada Mark Carney", "Prime Minister Carney
    // thanked the Prime Minister": not one named beside a bare title of the kind (there or elsewhere)
    const others = namedBesideTitles(view, m.role ?? '');
    const holder = lastPersonWithRole(view, mention, m.role ?? '', others) ?? (m.sentence === 0 ? firstPersonWithRole(view, mention, m.role ?? '') : null);
    if (holder !== null) return { mention: holder };
    // "Kyrgyzstan's interim president says ..." in a lede, and the next sentence names her
    const named = personNamedAfterLede(view, view.sentences[m.sentence], m.role);
    if (named !== null) return { mention: named };
    const state = unnamedHolderState(view, m);
    return state === null ? { unnamed: true } : { mention: state };
  }
  return { mention };
}

/**
 * "..., the Foreign Secretary announced today", with no holder named: the holder of a state's one
 * office (lexicon uniqueOffices) speaks for that state, as any unnamed official does
 * (gold/FORMAT.md), where the article names the state: its first mention there, or null.
 */
function unnamedHolderState(view: ArticleView, m: Mention): number | null {
  if (!m.role || !view.knowledge.uniqueOffices.has(m.role)) return null;
  const state = m.roleOf ?? nationalOffice(officeKnowledge(view.knowledge), m.role, m.title);
  const found = state === undefined ? -1 : view.mentions.findIndex((o) => o.label === 'State' && o.canonical === state && !o.weak);
  return found < 0 ? null : found;
}

const besideTitles = new WeakMap<ArticleView, Map<string, ReadonlySet<string>>>();

/**
 * The surnames of the people the article names in a sentence that also has a bare title of the
 * role's family with no name ("Prime Minister Carney thanked the Prime Minister"): the title is
 * someone else, there and wherever it stands alone. Once per article and role.
 */
function namedBesideTitles(view: ArticleView, role: string): ReadonlySet<string> {
  let byRole = besideTitles.get(view);
  if (!byRole) besideTitles.set(view, (byRole = new Map()));
  const family = roleFamily(role);
  let surnames = byRole.get(family);
  if (surnames) return surnames;
  const found = new Set<string>();
  view.bySentence.forEach((mentions) => {
    const bare = mentions.some((i) => isBareTitle(view.mentions[i]) && roleFamily(view.mentions[i].role ?? '') === family);
    if (!bare) return;
    for (const i of mentions) if (holdsRole(view.mentions[i], role)) found.add(lastWord(view.mentions[i].canonical));
  });
  byRole.set(family, (surnames = found));
  return surnames;
}

function isBareTitle(m: Mention): boolean {
  return m.label === 'Person' && m.kind === 'title' && !m.roleOf && !m.canonical;
}

/** "the minister", "The spokesman": the nearest earlier person who holds a matching role, none of `excluded` (surnames). */
export function lastPersonWithRole(view: ArticleView, before: number, role: string, excluded?: ReadonlySet<string>): number | null {
  const narrowing = view.mentions[before]?.roleModifiers;
  for (let m = before - 1; m >= 0; m--) {
    const candidate = view.mentions[m];
    if (holdsRole(candidate, role) && sharesModifiers(candidate, narrowing) && !excluded?.has(lastWord(candidate.canonical))) return m;
  }
  return null;
}

function holdsRole(candidate: Mention, role: string): boolean {
  return candidate.label === 'Person' && candidate.kind === 'name' && candidate.role !== undefined && roleFamily(candidate.role) === roleFamily(role);
}

/** "the electoral commission chairman" stands for a chairman whose title said "electoral commission" too, not any chairman. */
function sharesModifiers(candidate: Mention, modifiers: string[] | undefined): boolean {
  return !modifiers || modifiers.every((w) => candidate.roleModifiers?.includes(w));
}

/** The first person after `after` who holds a matching role (a headline's title, named in the text below it). */
export function firstPersonWithRole(view: ArticleView, after: number, role: string): number | null {
  for (let m = after + 1; m < view.mentions.length; m++) {
    const candidate = view.mentions[m];
    if (holdsRole(candidate, role) && sharesModifiers(candidate, view.mentions[after]?.roleModifiers)) return m;
  }
  return null;
}

export function resolvePronoun(view: ArticleView, sentence: Sentence, at: number, discourse: Discourse): number | null {
  const word = sentence.tokens[at].normal;
  const kind = view.knowledge.pronouns.get(word);
  const relative = [1, 2].some((d) => view.knowledge.functionWords.clauseOpeners.has(sentence.tokens[at - d]?.normal ?? ''));
  if (kind === 'Person' && relative) {
    const before = mentionsFrom(view, sentence, 0, at).filter((m) => view.mentions[m].label === 'Person');
    if (before.length > 0) return before[before.length - 1];
  }
  // a document's own first person: "we" or "I" outside quotes
  const ownVoice = view.knowledge.functionWords.firstPersonSubjects.has(word) && !insideQuote(view.quotes, sentence.tokens[at].start);
  // "The United States condemns the attack. ... We call on ...": outside quotes, a statement's own
  // "we" is the body that issues it, never a person reported in it
  if (kind === 'Group' && ownVoice) {
    // a person's statement or remarks ("Press Secretary X on Syria: We condemn ..."): that person's "we"
    const person = documentPersonSpeaker(view) ?? topicPersonSpeaker(view);
    if (person !== null) return person;
    const issuer = documentIssuer(view);
    if (issuer !== null) return issuer;
  }
  // "Press Statement / Michael R. Pompeo / ... I have advised the Government of Iran": outside
  // quotes, a document's "I" is the person who signs it
  if (kind === 'Person' && ownVoice) {
    const person = documentPersonSpeaker(view) ?? topicPersonSpeaker(view) ?? signingPerson(view);
    if (person !== null) return person;
  }
  const gender = view.knowledge.pronounGender.get(word);
  if (kind === 'Person' && gender) {
    // '"... five sentences of a quotation ...," he said': "he" is who spoke before the quotation opened
    const opening = quoteOpenedBefore(view, sentence, at);
    return genderedPronoun(view, opening !== null ? view.sentences[opening] : sentence, discourse, gender);
  }
  const recent = (s: { mention: number; sentence: number } | null | undefined): number | null =>
    s && sentence.index - s.sentence <= PRONOUN_MEMORY ? s.mention : null;
  if (kind === 'Person') return recent(discourse.lastPersonSpeaker) ?? lastMentionBefore(view, sentence, 'Person');
  if (kind === 'Actor') return recent(discourse.lastActorSpeaker);
  // "Press Statement / Jane Doe / Washington, DC / We urge ...": when no issuing body, no body acting
  // before it and no speaker before it says who "we" is, a signed document's "we" is its signer's
  // (the state behind the office is only implied)
  const signer = kind === 'Group' && ownVoice && sentence.index < firstActingBodySentence(view) ? signingPerson : null;
  return recent(discourse.lastPersonSpeaker) ?? recent(discourse.lastActorSpeaker) ?? (signer ? signer(view) : null);
}

/** "he" or "she" read from the sentence `reference`: the latest speaker of that gender, or a person who became the subject since. */
function genderedPronoun(view: ArticleView, reference: Sentence, discourse: Discourse, gender: Gender): number | null {
  // the latest speaker who can be "she" (or "he"): not one known to be of the other gender
  const other = gender === 'f' ? 'm' : 'f';
  const latest = [...discourse.personSpeakers].reverse().filter((s) => s.sentence <= reference.index && reference.index - s.sentence <= PRONOUN_MEMORY);
  const fits = latest.find((s) => view.mentions[s.mention].gender !== other); // the latest who can be "she", not an earlier one only because her gender is known
  // a person who became the subject after that speaker is who "he" now is
  const subject = lastSubjectPerson(view, reference, other, PRONOUN_MEMORY);
  if (subject && fits && subject.sentence > fits.sentence && view.mentions[subject.mention].canonical !== view.mentions[fits.mention].canonical) return subject.mention;
  return (fits ? fits.mention : null) ?? lastPersonOfGender(view, reference, other);
}

/**
 * The index of the sentence where the quotation that closes right before the tag pronoun at `at`
 * opened, when that is an earlier sentence ('"...? ... agreement," he said'); else null.
 */
function quoteOpenedBefore(view: ArticleView, sentence: Sentence, at: number): number | null {
  const start = sentence.tokens[at].start;
  let k = at - 1;
  while (k >= 0 && sentence.tokens[k].pos === 'PUNCT') k--; // ',”' before "he said"
  if (k < 0 || k === at - 1) return null;
  const quote = insideQuote(view.quotes, sentence.tokens[k].start);
  if (quote === null || quote.end > start) return null;
  const opening = view.sentences.findIndex((s) => s.start <= quote.start && quote.start < s.end);
  return opening >= 0 && opening < sentence.index ? opening : null;
}

/** The latest person named in the last sentences who is not of the other gender ("spokeswoman Maria Zakharova ... she said"). */
export function lastPersonOfGender(view: ArticleView, sentence: Sentence, other: string): number | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - PRONOUN_MEMORY); s--) {
    const people = view.bySentence[s].filter((m) => view.mentions[m].label === 'Person' && view.mentions[m].kind === 'name' && view.mentions[m].gender !== other);
    if (people.length > 0) return people[people.length - 1];
  }
  return null;
}

export function lastMentionBefore(view: ArticleView, sentence: Sentence, label: string): number | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - 2); s--) {
    const ms = view.bySentence[s].filter((m) => view.mentions[m].label === label && view.mentions[m].qualifies === undefined);
    if (ms.length > 0) return ms[0];
  }
  return null;
}

/** The first person the article names in full whose surname this is ("KING" -> Rachel King). */
export function personBySurname(view: ArticleView, surname: string): number | null {
  if (!/^\p{L}[\p{L}'’-]+$/u.test(surname)) return null;
  return fullNamesBySurname(view).get(surname) ?? null;
}

const fullNames = new WeakMap<ArticleView, { version: string; bySurname: Map<string, number> }>();

/** Each lower-case surname to the first person named in full with it ("Lloyd J. Austin III": "austin"), read again only when the mentions change. */
function fullNamesBySurname(view: ArticleView): Map<string, number> {
  const version = mentionsVersion(view);
  const known = fullNames.get(view);
  if (known?.version === version) return known.bySurname;
  const bySurname = new Map<string, number>();
  view.mentions.forEach((m, i) => {
    if (m.label !== 'Person' || m.kind !== 'name' || m.qualifies !== undefined) return;
    const parts = m.canonical.toLowerCase().split(/\s+/);
    while (parts.length > 1 && view.knowledge.functionWords.nameSuffixes.has(parts[parts.length - 1])) parts.pop();
    const surname = parts[parts.length - 1];
    if (parts.length > 1 && !bySurname.has(surname)) bySurname.set(surname, i);
  });
  fullNames.set(view, { version, bySurname });
  return bySurname;
}

/** How many sentences from the start a statement's issuer is looked for (a title, then its first sentences). */
const ISSUER_REACH = 3;

/**
 * The state or body a statement is issued by: the subject that opens one of its first sentences and
 * acts ("The United States condemns ...", "The European Union welcomes ..."). Null when none does.
 */
export function documentIssuer(view: ArticleView): number | null {
  const behalf = behalfOfTitle(view);
  if (behalf !== null) return behalf;
  for (const sentence of view.sentences.slice(0, ISSUER_REACH)) {
    // "The Trade Minister, Jane Doe, said:": what follows is that person's statement (document-speaker.ts)
    if (/:\s*$/.test(sentence.text)) return null;
    const subject = actingBodyAt(view, sentence, 0) ?? (sentence.tokens[0]?.pos === 'DET' ? actingBodyAt(view, sentence, 1) : null);
    // a body that speaks ("condemns", "welcomes"), or any body acting under a title that says
    // "Statement"; a column opening "Iceland expanded its zone" is no statement of Iceland's
    if (subject !== null && (speaksAfter(view, sentence, view.mentions[subject].tokens[1]) || titledAsStatement(view))) return subject;
  }
  return titledAsStatement(view) ? bodyInOwnVoice(view) : null;
}

/** How many sentences from the start a titled statement's body may first speak of itself ("Good afternoon. As you'll be aware, ..."). */
const OWN_VOICE_REACH = 8;

/** "New Zealand joins our international partners in the condemnation": a body subject in a sentence that says "our" or "we" outside quotes. */
export function bodyInOwnVoice(view: ArticleView): number | null {
  const { firstPersonPossessives, firstPersonSubjects } = view.knowledge.functionWords;
  for (const sentence of view.sentences.slice(1, OWN_VOICE_REACH)) {
    const subject = actingBodyAt(view, sentence, 0) ?? (sentence.tokens[0]?.pos === 'DET' ? actingBodyAt(view, sentence, 1) : null);
    if (subject === null) continue;
    const own = sentence.tokens.some((t) => (firstPersonPossessives.has(t.normal) || firstPersonSubjects.has(t.normal)) && insideQuote(view.quotes, t.start) === null);
    if (own) return subject;
  }
  return null;
}

/** How many words may stand between "on behalf of" and the body ("on behalf of the 27 EU member states"). */
const BEHALF_REACH = 4;

/** "Declaration by the High Representative on behalf of the EU on ...": the body a document title says the text speaks for. */
function behalfOfTitle(view: ArticleView): number | null {
  if (!titledAsStatement(view)) return null;
  const { tokens } = view.sentences[0];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = view.knowledge.documentSpeech.behalfPhrases.find((p) => phraseAt(tokens, i, p));
    if (!phrase) continue;
    const after = i + phrase.length;
    const body = view.bySentence[0].find((m) => {
      const mention = view.mentions[m];
      return (mention.label === 'State' || mention.label === 'Organization') && mention.tokens[0] >= after && mention.tokens[0] <= after + BEHALF_REACH;
    });
    if (body !== undefined) return body;
  }
  return null;
}

/** "Statement on the Floods in X" over the text: a title of its own paragraph with a document noun. */
export function titledAsStatement(view: ArticleView): boolean {
  const [title, first] = view.sentences;
  if (!title || !first || !view.text.slice(title.end, first.start).includes('\n')) return false;
  return title.tokens.some((t) => view.knowledge.documentSpeech.documentNouns.has(t.normal));
}

/**
 * Is the subject ending at token `end` followed by a verb of saying ("condemns", "will urge", "strongly
 * welcomes") or a stance it declares ("is deeply concerned by", "is appalled by": stance-cues.ts)?
 */
export function speaksAfter(view: ArticleView, sentence: Sentence, end: number): boolean {
  const { tokens } = sentence;
  let next = end + 1;
  while (tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'AUX' || tokens[next]?.pos === 'PART') next++;
  if (next >= tokens.length) return false;
  // "Nepal Urged To Restore Democracy": a headline's passive, the subject is the one urged
  if (tokens[next].pos === 'VERB' && view.knowledge.cues.speechVerbs.has(baseForm(tokens[next]))) return !passiveAppeal(view, tokens, next);
  return utteranceOrStanceAt(view, sentence, next) !== null;
}

/**
 * The issuer of a text that says "we" in its own voice: the body acting in its opening
 * (documentIssuer), else the body that acts nearest before its first "we" outside quotes ("... the
 * Council will review the measures. We urge ..."). Only for a text with no person as its speaker:
 * a minister's statement's "we" is the minister's (document-speaker.ts asks only then).
 */
export function narratingBody(view: ArticleView, we: number): number | null {
  const opening = documentIssuer(view);
  if (opening !== null) return opening;
  for (let s = we; s >= 0; s--) {
    const body = bodyActingIn(view, s);
    if (body !== null) return body;
  }
  return null;
}

/** An opening quotation mark before a subject that opens its sentence (“The United Kingdom congratulates ...). */
const OPENING_QUOTE = /^["“‘]$/;

/** A state or body that opens sentence `s` (past an opening quotation mark), or a clause of it after a comma, as the subject of a verb. */
export function bodyActingIn(view: ArticleView, s: number): number | null {
  const sentence = view.sentences[s];
  for (const m of view.bySentence[s]) {
    const at = view.mentions[m].tokens[0];
    // a subject opens the sentence or follows a comma ("Pursuant to the order, the Union will ...")
    const before = sentence.tokens[at - 1]?.pos === 'DET' ? at - 2 : at - 1;
    if (before >= 0 && sentence.tokens[before].normal !== ',' && !OPENING_QUOTE.test(sentence.tokens[before].text)) continue;
    if (actingBodyAt(view, sentence, at) === m) return m;
  }
  return null;
}

const firstBodies = new WeakMap<ArticleView, { version: string; sentence: number }>();

/** The first sentence where a body acts (bodyActingIn), or the number of sentences; read again only when the mentions change. */
function firstActingBodySentence(view: ArticleView): number {
  const version = mentionsVersion(view);
  const known = firstBodies.get(view);
  if (known?.version === version) return known.sentence;
  let sentence = 0;
  while (sentence < view.sentences.length && bodyActingIn(view, sentence) === null) sentence++;
  firstBodies.set(view, { version, sentence });
  return sentence;
}

/** The state or organisation that starts at token `at` and is the subject of a verb ("the Union will review"), or null. */
function actingBodyAt(view: ArticleView, sentence: Sentence, at: number): number | null {
  const subject = mentionStartingAt(view, sentence, at);
  if (subject === null) return null;
  const m = view.mentions[subject];
  if (m.label !== 'State' && m.label !== 'Organization') return null;
  const { tokens } = sentence;
  let next = m.tokens[1] + 1;
  while (tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'AUX') next++;
  return tokens[next]?.pos === 'VERB' ? subject : null;
}
