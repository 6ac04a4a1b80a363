// Claims: who said, threatened or proposed what, sentence by sentence. A claim needs a named
// speaker: an actor mention in subject position, an inverted one ("..., said Peskov"), a pronoun or
// a title that refers back to an earlier speaker, or "according to X". Unnamed sources ("a source
// close to Lecornu") block the claim rather than handing it to the nearest name.
import type { CharSpan, Claim, ClaimType, Mention, Sentence, Token } from '../model/types';
import type { Knowledge } from './knowledge';
import { phraseAt } from './lexicon-match';
import { remembered } from '../memo';
import { isHeadline } from './mentions';
import { insideQuote, quoteWords } from './quotes';
import { documentSpeakerClaims } from './speakers/document-speaker';
import { readoutClaims } from './speakers/readouts';

const IRREGULAR = new Map(Object.entries({ said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', written: 'write', spoke: 'speak' }));
const RELATIVE = new Set(['which', 'where', 'who', 'whom', 'when', 'that']);
const INVERSION_OBJECTS = new Set(['tell', 'threaten', 'warn', 'challenge', 'urge', 'accuse', 'slam', 'dismiss', 'criticize', 'criticise', 'refute', 'condemn', 'invite', 'blame', 'praise', 'offer']);
const MIN_QUOTE_CONTINUATION_WORDS = 4;
const PRONOUN_MEMORY = 5;

export interface ArticleView {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** Mention indexes per sentence, in order. */
  bySentence: number[][];
  quotes: CharSpan[];
  knowledge: Knowledge;
}

/** The mention index a speaker search found, or why it found none. */
type Speaker = { mention: number } | { unnamed: true } | null;

interface Cue {
  token: number;
  lemma: string;
  speaker: Speaker;
  /** First token of the subject, where the clause that belongs to this cue starts. */
  from: number;
}

interface Discourse {
  lastPersonSpeaker: { mention: number; sentence: number } | null;
  /** Every person who spoke so far, latest last: "she said" looks for the latest woman. */
  personSpeakers: { mention: number; sentence: number }[];
  lastActorSpeaker: { mention: number; sentence: number } | null;
  lastReportAuthor: number | null;
}

/** The verb's base form: wink's lemma, or a plain suffix cut for Title Case headlines ("Warns"). */
export function baseForm(t: Token): string {
  const irregular = IRREGULAR.get(t.normal);
  if (irregular !== undefined) return irregular;
  if (t.pos === 'VERB' || t.pos === 'AUX') return t.lemma;
  return suffixCut(t.normal);
}

// baseForm is asked of nearly every token, several times: the suffix cut of a word is remembered.
const suffixCut = remembered((word) => word.replace(/(ies)$/, 'y').replace(/(es|s|ed|ing)$/, ''));

export function extractClaims(view: ArticleView): Claim[] {
  const claims: Claim[] = [];
  const discourse: Discourse = { lastPersonSpeaker: null, personSpeakers: [], lastActorSpeaker: null, lastReportAuthor: null };
  const speakerOfSentence = new Map<number, number>();
  for (const sentence of view.sentences) {
    const found = sentenceClaims(view, sentence, discourse);
    for (const claim of found) {
      claims.push(claim);
      speakerOfSentence.set(sentence.index, claim.source);
    }
  }
  claims.push(...quoteContinuations(view, claims));
  // hook: statements, remarks and transcripts that are one speaker's words (src/extract/speakers/)
  claims.push(...documentSpeakerClaims(view, claims, (sentence, source) => wholeSentenceClaims(view, sentence, source, 'say')));
  claims.push(...readoutClaims(view, claims, (sentence, source) => wholeSentenceClaims(view, sentence, source, 'say')));
  inheritTargets(view, claims);
  return claims;
}

const TARGET_MEMORY_SENTENCES = 3;
/** A threat keeps its target longer: articles restate one warning in several places. */
const THREAT_MEMORY_SENTENCES = 6;

/**
 * A speaker who goes on ("This is a very dangerous trend," he added) still addresses the same
 * party; a threat that names only the place ("troops deployed in Ukraine") is aimed at whoever
 * the same side threatened just before.
 */
function inheritTargets(view: ArticleView, claims: Claim[]): void {
  const ordered = [...claims].sort((a, b) => a.evidence.start - b.evidence.start);
  ordered.forEach((claim, k) => {
    const placeOnly = claim.type === 'THREAT' && claim.targets.length > 0 && claim.targets.every((t) => onlyPlace(view, t));
    if (claim.targets.length > 0 && !placeOnly) return;
    const memory = claim.type === 'THREAT' ? THREAT_MEMORY_SENTENCES : TARGET_MEMORY_SENTENCES;
    const earlier = ordered.slice(0, k).reverse().filter((c) => c.targets.length > 0 && sameSide(view, c, claim) && withinMemory(view, c, claim, memory));
    const sameType = earlier.find((c) => c.type === claim.type && !(c.type === 'THREAT' && c.targets.every((t) => onlyPlace(view, t))));
    const source = sameType ?? (placeOnly || claim.type === 'THREAT' ? undefined : earlier[0]);
    if (source) claim.targets = source.targets.filter((t) => !ownNames(view, claim.source).has(view.mentions[t].canonical));
  });
}

function withinMemory(view: ArticleView, earlier: Claim, later: Claim, sentences: number): boolean {
  return view.mentions[later.source].sentence - view.mentions[earlier.source].sentence <= sentences;
}

function sameSide(view: ArticleView, a: Claim, b: Claim): boolean {
  return ownNames(view, b.source).has(view.mentions[a.source].canonical) || ownNames(view, a.source).has(view.mentions[b.source].canonical);
}

const LOCATIVE = new Set(['in', 'into', 'on', 'onto', 'to', 'from', 'inside', 'across', 'within', 'at']);

/** "in Ukraine", "on Ukrainian soil": the place where something happens, not a party to it. */
function onlyPlace(view: ArticleView, mention: number): boolean {
  const m = view.mentions[mention];
  if (m.weak) return true;
  const sentence = view.sentences[m.sentence];
  return LOCATIVE.has(sentence.tokens[m.tokens[0] - 1]?.normal ?? '');
}

// ---------------------------------------------------------------- one sentence

function sentenceClaims(view: ArticleView, sentence: Sentence, discourse: Discourse): Claim[] {
  const cues = findCues(view, sentence, discourse);
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const keyOf = (cue: Cue): string | null => (cue.speaker && 'mention' in cue.speaker ? view.mentions[cue.speaker.mention].canonical || `#${cue.speaker.mention}` : null);
  cues.forEach((cue, k) => {
    const key = keyOf(cue);
    if (key === null || !cue.speaker || !('mention' in cue.speaker) || seen.has(key)) return;
    seen.add(key);
    // the clause runs until a cue of another speaker ("X said ... and Y announced ..."); a verb whose
    // speaker was not found at all does not cut it
    let next = k + 1;
    while (next < cues.length && (keyOf(cues[next]) === key || cues[next].speaker === null)) next++;
    const region = { from: k === 0 ? 0 : cue.from, to: next < cues.length ? Math.max(cues[next].from - 1, cue.token) : sentence.tokens.length - 1 };
    claims.push(...typedClaims(view, sentence, cue.speaker.mention, cue, region, cues.slice(k + 1, next).filter((c) => keyOf(c) === key)));
  });
  dropRelays(view, claims);
  claims.push(...reciprocalClaims(view, sentence, claims));
  claims.push(...embeddedProposals(view, sentence, claims));
  claims.push(...nominalProposals(view, sentence, claims));
  return claims;
}

const RELAY_VERBS = new Set(['report', 'say', 'according', 'quote', 'cite', 'carry']);

/** "Wang Yi told Rubio that ..., the Xinhua news agency reported": the agency after the speaker only relays. */
function dropRelays(view: ArticleView, claims: Claim[]): void {
  const firstSpeaker = claims.find((c) => !view.mentions[c.source].conduit);
  if (!firstSpeaker) return;
  const speakerAt = view.mentions[firstSpeaker.source].tokens[0];
  for (let k = claims.length - 1; k >= 0; k--) {
    const relay = view.mentions[claims[k].source];
    if (relay.conduit && RELAY_VERBS.has(claims[k].cue) && relay.tokens[0] > speakerAt) claims.splice(k, 1);
  }
}

function rememberSpeaker(view: ArticleView, discourse: Discourse, mention: number, sentence: number): void {
  const m = view.mentions[mention];
  if (m.label === 'Person') {
    discourse.lastPersonSpeaker = { mention, sentence };
    discourse.personSpeakers.push({ mention, sentence });
  } else discourse.lastActorSpeaker = { mention, sentence };
}

function isCueToken(view: ArticleView, sentence: Sentence, i: number): string | null {
  const t = sentence.tokens[i];
  const cues = view.knowledge.cues;
  const base = baseForm(t);
  if (!cues.supportVerbs.has(base) && !cues.speechVerbs.has(base)) return null; // most words: no verb of saying at all
  if (insideQuote(view.quotes, t.start)) return null;
  if (!/^\p{L}/u.test(t.text)) return null;
  if (cues.supportVerbs.has(base) && sentence.tokens.slice(i + 1, i + 4).some((w) => w.pos === 'NOUN' && cues.proposalNouns.has(w.normal))) {
    return t.pos === 'VERB' ? 'offer' : null; // "Erdogan made the offer", "put forward a plan"
  }
  if (!cues.speechVerbs.has(base)) return null;
  // in a Title Case headline wink tags "Warns" as a name; elsewhere a capitalised "State" is part of a title
  const headline = /^\p{Lu}/u.test(t.text) && i > 0 && isHeadline(sentence.tokens, view.knowledge);
  if (t.pos !== 'VERB' && !(headline && (t.pos === 'PROPN' || t.pos === 'NOUN'))) return null;
  if (insideNamePhrase(view, sentence, i)) return null; // "Secretary of State Marco Rubio"
  const prev = sentence.tokens[i - 1];
  if (prev && (prev.pos === 'DET' || prev.normal === "'s")) return null; // "the proposed summit"
  const needs = cues.speechVerbNeeds.get(base);
  if (needs && !needs.has(sentence.tokens[i + 1]?.normal ?? '')) return null; // "ruled out", not "ruled the country"
  // "did not say whether" is no utterance; "did not rule out" is one
  if (base !== 'rule' && sentence.tokens.slice(Math.max(0, i - 2), i).some((w) => ['not', "n't", 'never'].includes(w.normal))) return null;
  return base;
}

function insideNamePhrase(view: ArticleView, sentence: Sentence, token: number): boolean {
  return view.bySentence[sentence.index].some((m) => {
    const mention = view.mentions[m];
    return token >= (mention.phraseStart ?? mention.tokens[0]) && token <= mention.tokens[1];
  });
}

function findCues(view: ArticleView, sentence: Sentence, discourse: Discourse): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const lemma = isCueToken(view, sentence, i);
    if (!lemma) continue;
    const gerund = /ing$/.test(tokens[i].normal) && tokens[i - 1]?.normal === ',';
    if (gerund) continue; // ", stating that ..." continues the clause's own speaker
    const quotedAs = quotedAsSaying(view, sentence, i, discourse);
    if (quotedAs) {
      cues.push({ token: i, lemma, speaker: quotedAs.speaker, from: quotedAs.from }); // "Peskov was quoted by TASS as saying"
      if (quotedAs.speaker && 'mention' in quotedAs.speaker) rememberSpeaker(view, discourse, quotedAs.speaker.mention, sentence.index);
      continue;
    }
    if (anaphoricObject(view, tokens, i)) continue; // "He said this after ..." repeats a reported utterance
    const shared = sharedSubject(sentence, i, cues);
    if (shared) {
      cues.push({ ...shared, token: i, lemma }); // "inspected a unit and called for", "says ..., warns Warsaw"
      continue;
    }
    const left = coordinatedVerbSubject(view, sentence, i, discourse) ?? subjectLeft(view, sentence, i, discourse);
    if (reportedWithin(sentence, left.from, cues)) continue; // "Macron said Paris had not ruled out ...": Macron's words
    const speaker = left.speaker ?? subjectRight(view, sentence, i);
    cues.push({ token: i, lemma, speaker, from: left.from });
    if (speaker && 'mention' in speaker) rememberSpeaker(view, discourse, speaker.mention, sentence.index);
  }
  if (!cues.some((c) => c.speaker && 'mention' in c.speaker)) {
    const according = accordingTo(view, sentence);
    if (according !== null) {
      cues.push({ token: according.token, lemma: 'according', speaker: { mention: according.mention }, from: 0 });
      rememberSpeaker(view, discourse, according.mention, sentence.index);
    }
  }
  return cues;
}

/**
 * A verb coordinated with an earlier one ("X inspected a unit and called for ...", "X says ...,
 * warns Warsaw") has that verb's subject: the previous cue's speaker, or the subject before the
 * first verb of the sentence.
 */
function sharedSubject(sentence: Sentence, cue: number, earlier: Cue[]): Cue | null {
  const { tokens } = sentence;
  const before = tokens[cue - 1];
  if (!before || !(['and', 'but', ','].includes(before.normal))) return null;
  const previous = earlier[earlier.length - 1];
  if (previous?.speaker && 'mention' in previous.speaker) return previous;
  return null;
}

/** "Zelensky thanked the Turkish president and said": the subject of the verb before "and". */
function coordinatedVerbSubject(view: ArticleView, sentence: Sentence, cue: number, discourse: Discourse): { speaker: Speaker; from: number } | null {
  const { tokens } = sentence;
  if (tokens[cue - 1]?.normal !== 'and') return null;
  for (let v = cue - 2; v > 0 && cue - v <= 12; v--) {
    if (tokens[v].normal === ',' || insideQuote(view.quotes, tokens[v].start)) return null;
    if (tokens[v].pos === 'VERB') {
      const subject = subjectLeft(view, sentence, v, discourse);
      return subject.speaker && 'mention' in subject.speaker ? subject : null;
    }
  }
  return null;
}

/** A subject right after another speaker's verb ("said [that] Paris had ...") belongs to what that speaker said. */
function reportedWithin(sentence: Sentence, subjectStart: number, earlier: Cue[]): boolean {
  const previous = earlier[earlier.length - 1];
  if (!previous || !previous.speaker || !('mention' in previous.speaker)) return false;
  const gap = subjectStart - previous.token;
  const that = sentence.tokens[previous.token + 1]?.normal === 'that' ? 1 : 0;
  // "told RIA Novosti that the EU was ... and that Russia would respond": still the speaker's words
  const afterThat = sentence.tokens[subjectStart - 1]?.normal === 'that' && subjectStart > previous.token;
  return (gap > 0 && gap <= 1 + that) || afterThat;
}

/** "Peskov was quoted by TASS as saying": the subject of "was quoted", not the agency. */
function quotedAsSaying(view: ArticleView, sentence: Sentence, cue: number, discourse: Discourse): { speaker: Speaker; from: number } | null {
  const { tokens } = sentence;
  if (tokens[cue - 1]?.normal !== 'as') return null;
  const quoted = tokens.slice(0, cue).map((t) => t.normal).lastIndexOf('quoted');
  if (quoted < 0 || cue - quoted > 8) return null;
  return subjectLeft(view, sentence, quoted, discourse);
}

function anaphoricObject(view: ArticleView, tokens: Token[], cue: number): boolean {
  const k = view.knowledge;
  const next = tokens[cue + 1]?.normal ?? '';
  const after = tokens[cue + 2]?.normal ?? '';
  const temporal = k.days.has(after) || k.months.has(after) || k.temporalWords.has(after); // "asserted this Thursday"
  return k.cues.anaphoricObjects.has(next) && !temporal;
}

function mentionEndingAt(view: ArticleView, sentence: Sentence, token: number): number | null {
  for (const m of view.bySentence[sentence.index]) {
    const mention = view.mentions[m];
    if (mention.tokens[1] === token && mention.qualifies === undefined && mention.label !== 'Location' && !mention.weak) return m;
  }
  return null;
}

function mentionsFrom(view: ArticleView, sentence: Sentence, from: number, to: number): number[] {
  return view.bySentence[sentence.index].filter((m) => {
    const mention = view.mentions[m];
    return mention.tokens[0] >= from && mention.tokens[0] <= to;
  });
}

/** Walk left from the verb over auxiliaries, adverbs and time phrases to the subject's last word. */
function subjectLeft(view: ArticleView, sentence: Sentence, cue: number, discourse: Discourse): { speaker: Speaker; from: number } {
  const { tokens } = sentence;
  const k = view.knowledge;
  let i = cue - 1;
  while (i >= 0 && skippable(tokens[i], k)) i--;
  // "The International Atomic Energy Agency (IAEA) said": look past the parenthesis
  if (tokens[i]?.text === ')') {
    const open = tokens.slice(0, i).map((t) => t.text).lastIndexOf('(');
    if (open > 0) i = open - 1;
  }
  // "prompting Moscow's ambassador to claim": a person before the infinitive is its subject
  if (tokens[i]?.normal === 'to' && tokens[i].pos === 'PART') {
    const person = mentionEndingAt(view, sentence, i - 1);
    if (person === null || view.mentions[person].label !== 'Person') return { speaker: null, from: cue };
    i--;
  }
  if (i < 0) return { speaker: null, from: cue };
  const t = tokens[i];
  const ending = mentionEndingAt(view, sentence, i);
  if (ending !== null) {
    const first = view.mentions[ending].phraseStart ?? view.mentions[ending].tokens[0];
    if (insidePrepositionalPhrase(tokens, first)) return { speaker: { unnamed: true }, from: i };
    // "the Houthis in Yemen claimed", "Ettore Baldassini of the Secretariat of State told": the head speaks
    const head = prepositionalHead(view, sentence, first);
    if (head !== null) return { speaker: resolveSpeakerMention(view, head), from: view.mentions[head].phraseStart ?? view.mentions[head].tokens[0] };
    return { speaker: resolveSpeakerMention(view, ending), from: view.mentions[ending].phraseStart ?? view.mentions[ending].tokens[0] };
  }
  const described = t.normal === ',' ? describedSubject(view, sentence, i) : null;
  if (described !== null) return { speaker: resolveSpeakerMention(view, described), from: view.mentions[described].phraseStart ?? view.mentions[described].tokens[0] };
  if (t.normal === 'who' || (t.normal === ',' && tokens[i - 1] && mentionEndingAt(view, sentence, i - 1) !== null)) {
    // "Dmitry Medvedev who even says", "The spokesman for the Kremlin, Dmitry Peskov, said"
    const before = t.normal === 'who' && tokens[i - 1]?.normal === ',' ? i - 2 : i - 1;
    const named = mentionEndingAt(view, sentence, before);
    if (named !== null && (view.mentions[named].label === 'Person' || t.normal === 'who')) return { speaker: resolveSpeakerMention(view, named), from: view.mentions[named].tokens[0] };
  }
  if (k.pronouns.has(t.normal)) {
    const resolved = resolvePronoun(view, sentence, i, discourse);
    return { speaker: resolved === null ? { unnamed: true } : { mention: resolved }, from: i };
  }
  if (t.pos === 'NOUN' || t.pos === 'PROPN') {
    if (k.cues.utteranceNouns.has(t.normal)) return { speaker: reportAuthor(view, sentence, i, discourse), from: i };
    // "the RIA Novosti agency reported", "the ERR broadcaster said"
    const outlet = MEDIA_NOUNS.has(t.normal) ? mentionEndingAt(view, sentence, i - 1) : null;
    if (outlet !== null && view.mentions[outlet].label === 'Organization') return { speaker: { mention: outlet }, from: view.mentions[outlet].tokens[0] };
    return { speaker: { unnamed: true }, from: i };
  }
  return { speaker: null, from: cue };
}

const HEAD_PREPOSITIONS = new Set(['in', 'of', 'from', 'at']);
const MEDIA_NOUNS = new Set(['agency', 'broadcaster', 'newspaper', 'daily', 'channel', 'outlet', 'network', 'website', 'tabloid', 'weekly']);

function prepositionalHead(view: ArticleView, sentence: Sentence, first: number): number | null {
  let i = first - 1;
  if (sentence.tokens[i]?.normal === 'the') i--;
  if (!HEAD_PREPOSITIONS.has(sentence.tokens[i]?.normal ?? '')) return null;
  const head = mentionEndingAt(view, sentence, i - 1);
  return head !== null && view.mentions[head].label !== 'Location' ? head : null;
}

/** "A source close to Lecornu denied": the name sits in a phrase that hangs off the real (unnamed) subject. */
function insidePrepositionalPhrase(tokens: Token[], first: number): boolean {
  let i = first - 1;
  // "Mediators from Egypt, Qatar and the United States": go back to the start of the list
  const listEnd = tokens[i]?.normal === 'the' ? i - 1 : i;
  if (tokens[listEnd]?.normal === 'and') {
    i = listEnd;
    while (i > 0 && ['and', ','].includes(tokens[i].normal) && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) {
      i--;
      while (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) i--;
      i--;
    }
  }
  if (tokens[i]?.normal === 'the') i--;
  const preposition = tokens[i];
  const head = tokens[i - 1];
  return !!preposition && ['of', 'to', 'for', 'from', 'with', 'by', 'near', 'among', 'within'].includes(preposition.normal) && !!head && (head.pos === 'NOUN' || head.pos === 'ADJ') && /^\p{Ll}/u.test(head.text);
}

/**
 * "Choi Min-seo, a senior researcher at the Asan Institute, said", "Rubio, for his part, said",
 * "Robert Fico, who has also resisted earlier packages, said": the name before the parenthesis.
 */
function describedSubject(view: ArticleView, sentence: Sentence, comma: number): number | null {
  const { tokens } = sentence;
  // a relative clause may hold commas of its own ("Witkoff, who has shuttled between Doha, Cairo and Jerusalem, said")
  for (let c = comma - 1; c > 0 && comma - c <= 24; c--) {
    if (tokens[c].normal === ',' && ['who', 'which', 'whose'].includes(tokens[c + 1]?.normal ?? '')) {
      const subject = mentionEndingAt(view, sentence, c - 1);
      if (subject !== null) return subject;
    }
  }
  for (let c = comma - 1; c > 0 && comma - c <= 16; c--) {
    if (insideQuote(view.quotes, tokens[c].start)) return null;
    if (tokens[c].normal !== ',') continue;
    // ", in a statement carried by WAM," is an adverbial phrase even with its participle
    const adverbial = tokens[c + 1]?.pos === 'ADP';
    const verbs = tokens.slice(c + 1, comma).some((t) => (t.pos === 'VERB' && !(adverbial && /ed$/.test(t.normal))) || t.pos === 'AUX');
    if (verbs) return null;
    return mentionEndingAt(view, sentence, c - 1);
  }
  return null;
}

function skippable(t: Token, k: Knowledge): boolean {
  if (k.skipBeforeVerb.has(t.normal)) return true;
  if (t.pos === 'ADV' || t.pos === 'NUM') return true;
  return k.days.has(t.normal) || k.months.has(t.normal) || k.temporalWords.has(t.normal);
}

/** A title mention that stands for someone ("The spokesman added") speaks for the person it refers to. */
function resolveSpeakerMention(view: ArticleView, mention: number): Speaker {
  const m = view.mentions[mention];
  if (m.kind === 'title' && !m.roleOf && !m.canonical) {
    const earlier = lastPersonWithRole(view, mention, m.role ?? '');
    return earlier === null ? { unnamed: true } : { mention: earlier };
  }
  return { mention };
}

/** "the minister", "The spokesman": the nearest earlier person who holds a matching role. */
function lastPersonWithRole(view: ArticleView, before: number, role: string): number | null {
  const family = (r: string): string => `${/\b(deputy|vice)\b/.test(r) ? 'deputy ' : ''}${r.startsWith('spokes') ? 'spokes' : (r.split(' ').pop() ?? r)}`;
  for (let m = before - 1; m >= 0; m--) {
    const candidate = view.mentions[m];
    if (candidate.label === 'Person' && candidate.kind === 'name' && candidate.role && family(candidate.role) === family(role)) return m;
  }
  return null;
}

function resolvePronoun(view: ArticleView, sentence: Sentence, at: number, discourse: Discourse): number | null {
  const kind = view.knowledge.pronouns.get(sentence.tokens[at].normal);
  const relative = [1, 2].some((d) => RELATIVE.has(sentence.tokens[at - d]?.normal ?? ''));
  if (kind === 'Person' && relative) {
    const before = mentionsFrom(view, sentence, 0, at).filter((m) => view.mentions[m].label === 'Person');
    if (before.length > 0) return before[before.length - 1];
  }
  const recent = (s: { mention: number; sentence: number } | null | undefined): number | null =>
    s && sentence.index - s.sentence <= PRONOUN_MEMORY ? s.mention : null;
  const gender = view.knowledge.pronounGender.get(sentence.tokens[at].normal);
  if (kind === 'Person' && gender) {
    // the latest speaker who can be "she" (or "he"): not one known to be of the other gender
    const other = gender === 'f' ? 'm' : 'f';
    const latest = [...discourse.personSpeakers].reverse().filter((s) => sentence.index - s.sentence <= PRONOUN_MEMORY);
    const fits = latest.find((s) => view.mentions[s.mention].gender === gender) ?? latest.find((s) => view.mentions[s.mention].gender !== other);
    return recent(fits) ?? lastPersonOfGender(view, sentence, other);
  }
  if (kind === 'Person') return recent(discourse.lastPersonSpeaker) ?? lastMentionBefore(view, sentence, 'Person');
  if (kind === 'Actor') return recent(discourse.lastActorSpeaker);
  return recent(discourse.lastPersonSpeaker) ?? recent(discourse.lastActorSpeaker);
}

/** The latest person named in the last sentences who is not of the other gender ("spokeswoman Maria Zakharova ... she said"). */
function lastPersonOfGender(view: ArticleView, sentence: Sentence, other: string): number | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - PRONOUN_MEMORY); s--) {
    const people = view.bySentence[s].filter((m) => view.mentions[m].label === 'Person' && view.mentions[m].kind === 'name' && view.mentions[m].gender !== other);
    if (people.length > 0) return people[people.length - 1];
  }
  return null;
}

function lastMentionBefore(view: ArticleView, sentence: Sentence, label: string): number | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - 2); s--) {
    const ms = view.bySentence[s].filter((m) => view.mentions[m].label === label && view.mentions[m].qualifies === undefined);
    if (ms.length > 0) return ms[0];
  }
  return null;
}

/** "A Le Monde report suggested" -> Le Monde; "The report highlighted" -> the last report's author. */
function reportAuthor(view: ArticleView, sentence: Sentence, noun: number, discourse: Discourse): Speaker {
  const { tokens } = sentence;
  let start = noun;
  while (start > 0 && !['DET', 'PUNCT', 'VERB', 'ADP'].includes(tokens[start - 1].pos)) start--;
  const inside = mentionsFrom(view, sentence, start, noun - 1).filter((m) => view.mentions[m].label !== 'Person' || true);
  if (inside.length > 0) {
    discourse.lastReportAuthor = inside[inside.length - 1];
    return { mention: inside[inside.length - 1] };
  }
  if (tokens[start - 1]?.normal === 'the' && discourse.lastReportAuthor !== null) return { mention: discourse.lastReportAuthor };
  return { unnamed: true };
}

/** '"...," said Peskov' and 'said the spokesman for the Russian Foreign Ministry, Maria Zakharova'. */
function subjectRight(view: ArticleView, sentence: Sentence, cue: number): Speaker {
  const { tokens } = sentence;
  const before = tokens[cue - 1];
  // '"...," said Peskov', '"...", added Zakharova', 'Said X: ...' — not ", warns Warsaw"
  const closesQuote = (t: Token | undefined): boolean => !!t && /^["”’']$/.test(t.text);
  const inverted = !before || closesQuote(before) || (before.normal === ',' && closesQuote(tokens[cue - 2])) || insideQuote(view.quotes, before.start) !== null;
  if (!inverted || tokens[cue + 1]?.normal === 'that') return null;
  for (let i = cue + 1; i < Math.min(tokens.length, cue + 14); i++) {
    if (['.', ';', '“', '"'].includes(tokens[i].text)) break;
    const starting = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[0] === i && view.mentions[m].qualifies === undefined);
    if (starting !== undefined) {
      const m = view.mentions[starting];
      if (m.label === 'Location') return null;
      const after = tokens[m.tokens[1] + 1];
      if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return null; // "said the Joint Chiefs agreed": a reported clause
      if (m.label === 'Person' || i === cue + 1 || tokens[cue + 1].normal === 'the') return { mention: starting };
    }
  }
  return null;
}

/** "according to X" names the speaker only when no verb of saying in the sentence has one. */
function accordingTo(view: ArticleView, sentence: Sentence): { token: number; mention: number } | null {
  const { tokens } = sentence;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!phraseAt(tokens, i, ['according', 'to']) || insideQuote(view.quotes, tokens[i].start)) continue;
    const after = mentionsFrom(view, sentence, i + 2, i + 8).filter((m) => view.mentions[m].qualifies === undefined && view.mentions[m].label !== 'Location');
    if (after.length > 0) return { token: i, mention: after[0] };
  }
  return null;
}

// ---------------------------------------------------------------- types and targets

function typedClaims(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: { from: number; to: number }, moreCues: Cue[] = []): Claim[] {
  const types: ClaimType[] = ['STATEMENT'];
  // "said Trump wants a good relationship but warned that tariffs would go up": any of the speaker's verbs
  if ([cue, ...moreCues].some((c) => isThreat(view, sentence, c, c === cue ? region : { from: c.token, to: region.to }))) types.push('THREAT');
  if ([cue, ...moreCues].some((c) => isProposal(view, sentence, source, c, c === cue ? region : { from: c.token, to: region.to }))) types.push('PROPOSAL');
  const targets = targetsOf(view, sentence, source, cue, region);
  const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
  const quote = quoteIn(view, sentence);
  const threatCandidates = targetsOf(view, sentence, source, cue, region, false); // nobody threatens their own side
  const direct = INVERSION_OBJECTS.has(cue.lemma) && threatCandidates.length > 0 && view.mentions[threatCandidates[0]].tokens[0] > cue.token;
  const threatened = direct ? threatCandidates : threatTargets(view, sentence, source, threatCandidates, region);
  return types.map((type) => ({ type, source, targets: type === 'THREAT' ? threatened : targets, evidence, quote, cue: cue.lemma }));
}

function quoteIn(view: ArticleView, sentence: Sentence): string | undefined {
  const q = overlapping(view.quotes, sentence).find((span) => quoteWords(view.text, span) >= MIN_QUOTE_CONTINUATION_WORDS);
  if (!q) return undefined;
  return view.text.slice(Math.max(q.start, sentence.start), Math.min(q.end, sentence.end)).trim();
}

function regionTokens(sentence: Sentence, region: { from: number; to: number }): Token[] {
  return sentence.tokens.slice(region.from, region.to + 1);
}

/**
 * What the speaker said: the words after the verb, and the words before the subject only when they
 * are set off as fronted speech ('"...," said X', 'Sending troops ... disastrous for Paris, Shoigu told').
 */
function contentRanges(sentence: Sentence, cue: Cue, region: { from: number; to: number }): { from: number; to: number }[] {
  if (cue.token < 0) return [region];
  const ranges = [{ from: cue.token + 1, to: region.to }];
  const before = sentence.tokens[cue.from - 1];
  if (before && /^[,"”’:]$/.test(before.text) && cue.from > region.from) ranges.unshift({ from: region.from, to: cue.from - 1 });
  if (cue.from === cue.token && cue.token > region.from) ranges.unshift({ from: region.from, to: cue.token - 1 });
  return ranges;
}

const QUOTE_MARK = /^["“”‘’']$/;

/**
 * Where words of harm start in a sentence, computed once per sentence (every cue and target search
 * of the sentence asks): for each token, the last token of the shortest threat phrase that starts
 * there, or -1. Quotation marks inside a phrase ("would “resolutely respond”") are skipped.
 */
const harmEndsCache = new WeakMap<Sentence, Int32Array>();

function harmEnds(view: ArticleView, sentence: Sentence): Int32Array {
  let ends = harmEndsCache.get(sentence);
  if (ends) return ends;
  const { tokens } = sentence;
  ends = new Int32Array(tokens.length).fill(-1);
  const words: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].text.length !== 1 || !QUOTE_MARK.test(tokens[i].text)) words.push(i);
  const byFirst = phrasesByFirstWord(view.knowledge.cues.threatPhrases);
  const spells = (k: number, phrase: string[]): boolean =>
    k + phrase.length <= words.length && phrase.every((word, j) => tokens[words[k + j]].normal === word || tokens[words[k + j]].lemma === word);
  for (let k = 0; k < words.length; k++) {
    const t = tokens[words[k]];
    const candidates = t.lemma === t.normal ? byFirst.get(t.normal) : [...(byFirst.get(t.normal) ?? []), ...(byFirst.get(t.lemma) ?? [])];
    for (const phrase of candidates ?? []) {
      if (!spells(k, phrase)) continue;
      const end = words[k + phrase.length - 1];
      if (ends[words[k]] < 0 || end < ends[words[k]]) ends[words[k]] = end;
    }
  }
  harmEndsCache.set(sentence, ends);
  return ends;
}

const phraseIndexes = new WeakMap<string[][], Map<string, string[][]>>();

/** Phrases by their first word, so a token is compared only with the phrases it can start. */
function phrasesByFirstWord(phrases: string[][]): Map<string, string[][]> {
  let index = phraseIndexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) if (phrase.length > 0) index.set(phrase[0], [...(index.get(phrase[0]) ?? []), phrase]);
    phraseIndexes.set(phrases, index);
  }
  return index;
}

/** Index (relative to region.from) where words of harm wholly inside the region start, or -1. */
function threatPhraseAt(view: ArticleView, sentence: Sentence, region: { from: number; to: number }): number {
  const ends = harmEnds(view, sentence);
  const last = Math.min(region.to, sentence.tokens.length - 1);
  for (let i = Math.max(region.from, 0); i <= last; i++) if (ends[i] >= 0 && ends[i] <= last) return i - region.from;
  return -1;
}

/**
 * Threatening is a threat; warning someone ("warns Warsaw"), or warning of sanctions, tariffs or a
 * response, is one too; otherwise the words must speak of harm ("legitimate target", "sea of fire").
 */
function isThreat(view: ArticleView, sentence: Sentence, cue: Cue, region: { from: number; to: number }): boolean {
  const cues = view.knowledge.cues;
  if (cues.threatVerbs.has(cue.lemma)) return true;
  const ranges = contentRanges(sentence, cue, region);
  if (cues.warnVerbs.has(cue.lemma) && cue.token >= 0) {
    const object = view.bySentence[sentence.index].some((m) => view.mentions[m].tokens[0] === cue.token + 1 && view.mentions[m].label !== 'Location' && !view.mentions[m].weak);
    const warnsOf = ranges.some((r) => regionTokens(sentence, r).some((t) => cues.warnObjects.has(t.normal)));
    if (object || warnsOf) return true;
  }
  return ranges.some((r) => threatPhraseAt(view, sentence, r) >= 0);
}

function negatedBefore(tokens: Token[], i: number, negators: Set<string>, window = 4): boolean {
  for (let k = Math.max(0, i - window); k < i; k++) if (negators.has(tokens[k].normal)) return true;
  return false;
}

function isProposal(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: { from: number; to: number }): boolean {
  const speaker = view.mentions[source];
  if (speaker.conduit && cue.lemma === 'suggest') return false; // a report that "suggested" reports
  const signals = contentRanges(sentence, cue, region).flatMap((r) => proposalSignals(view, sentence, r));
  if (cue.token >= 0 && (proposalSignalAt(view, sentence.tokens, cue.token) || cue.lemma === 'offer')) return true; // "Tenenbaum suggested", "Zelensky has called for", "made the offer"
  return signals.some((signal) => proposalAgent(view, sentence, signal.token, source, cue).speaker);
}

interface ProposalSignal {
  token: number;
  /** A proposal verb or noun names the proposer's act; a modal ("will send") only commits the subject. */
  explicit: boolean;
}

/** Each token's proposal signal in a sentence (null where none or negated), computed once per sentence. */
const signalCache = new WeakMap<Sentence, ('explicit' | 'commitment' | null)[]>();

function sentenceSignals(view: ArticleView, sentence: Sentence): ('explicit' | 'commitment' | null)[] {
  let kinds = signalCache.get(sentence);
  if (!kinds) {
    const { tokens } = sentence;
    // the negation may stand before the clause: "rejected the plan", "did not offer"
    kinds = tokens.map((_, i) => (negatedBefore(tokens, i, view.knowledge.cues.negators) ? null : proposalSignalAt(view, tokens, i)));
    signalCache.set(sentence, kinds);
  }
  return kinds;
}

function proposalSignals(view: ArticleView, sentence: Sentence, region: { from: number; to: number }): ProposalSignal[] {
  const signals: ProposalSignal[] = [];
  const kinds = sentenceSignals(view, sentence);
  for (let i = Math.max(region.from, 0); i <= region.to && i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind) signals.push({ token: i, explicit: kind === 'explicit' });
  }
  return signals;
}

/**
 * Whose proposal is it? The subject nearest before the signal: the speaker (or I/we/he, or a group
 * of unnamed countries) makes it the speaker's; another named actor makes it that actor's
 * ("Paris and London ... they are promoting" inside Zakharova's quote is France's and Britain's).
 */
function proposalAgent(view: ArticleView, sentence: Sentence, token: number, source: number, cue: Cue): { speaker: boolean; others: number[] } {
  const { tokens } = sentence;
  const own = ownNames(view, source);
  if (/ing$/.test(tokens[token].normal) && tokens[token - 1]?.normal === ',') return { speaker: true, others: [] }; // ", suggesting that"
  if (['its', 'his', 'her', 'their', 'our', 'my'].includes(tokens[token - 1]?.normal ?? '')) return { speaker: true, others: [] }; // "its proposal"
  for (let j = token - 1; j >= 0; j--) {
    if (j === cue.token) return { speaker: true, others: [] };
    const ending = mentionEndingAt(view, sentence, j);
    if (ending !== null) {
      const m = view.mentions[ending];
      if (own.has(m.canonical) || ending === source) return { speaker: true, others: [] };
      if (m.kind === 'demonym' || !plausibleActor(view, ending)) continue; // "26 countries—mostly European—"
      if (m.kind === 'title') return { speaker: false, others: [] }; // someone else's words or plans
      if (m.label === 'Person') return { speaker: false, others: [ending] }; // "said that Trump had invited Xi"
      return { speaker: false, others: coordinatedEndingAt(view, sentence, ending) };
    }
    const t = tokens[j];
    if (t.normal === 'they') {
      const pair = firstCoordination(view, sentence, j);
      return pair.length > 1 ? { speaker: false, others: pair } : { speaker: true, others: [] };
    }
    if (view.knowledge.pronouns.has(t.normal) || ['.', ';', ':'].includes(t.normal)) return { speaker: true, others: [] };
  }
  return { speaker: true, others: [] };
}

/** A lone capitalised word counts as a person only when it is the surname of someone the article names in full. */
function plausibleActor(view: ArticleView, mention: number): boolean {
  const m = view.mentions[mention];
  if (m.label !== 'Person' || m.kind !== 'name' || m.canonical.includes(' ')) return true;
  return view.mentions.some((o) => o.label === 'Person' && o.canonical.includes(' ') && o.canonical.split(' ').pop() === m.canonical);
}

/** The speaker's own names: the speaker and the states or bodies the article makes them speak for. */
const ownNamesCache = new WeakMap<ArticleView, Map<number, ReadonlySet<string>>>();

/** Cached per article (its mentions are settled before claims are read): asked for every claim, target and agent. */
function ownNames(view: ArticleView, source: number): ReadonlySet<string> {
  let cache = ownNamesCache.get(view);
  if (!cache) ownNamesCache.set(view, (cache = new Map()));
  let names = cache.get(source);
  if (!names) cache.set(source, (names = computeOwnNames(view, source)));
  return names;
}

function computeOwnNames(view: ArticleView, source: number): Set<string> {
  const speaker = view.mentions[source];
  const names = new Set<string>();
  if (speaker.roleOf) names.add(speaker.roleOf);
  if (speaker.canonical) {
    names.add(speaker.canonical);
    const surname = speaker.canonical.split(' ').pop();
    for (const m of view.mentions) {
      if (m.label === 'Person' && m.roleOf && m.canonical && m.canonical.split(' ').pop() === surname) names.add(m.roleOf);
    }
  }
  // and what those bodies belong to: Zakharova -> Russian Foreign Ministry -> Russia
  for (const m of view.mentions) if (m.label !== 'Person' && names.has(m.canonical) && m.roleOf) names.add(m.roleOf);
  for (const name of [...names]) {
    const state = view.knowledge.stateOf(name);
    if (state) names.add(state);
  }
  return names;
}

/** "Paris and London" before position `before`: the first coordinated pair of actors in the sentence. */
function firstCoordination(view: ArticleView, sentence: Sentence, before: number): number[] {
  const actors = view.bySentence[sentence.index].filter((m) => view.mentions[m].tokens[1] < before && view.mentions[m].qualifies === undefined && view.mentions[m].label !== 'Location');
  for (const m of actors) {
    const group = coordinatedAfter(view, sentence, view.mentions[m].tokens[0]);
    if (group.length > 1) return group;
  }
  return [];
}

function coordinatedEndingAt(view: ArticleView, sentence: Sentence, last: number): number[] {
  const group = [last];
  let m = view.mentions[last];
  for (;;) {
    const and = m.tokens[0] - 1;
    if (sentence.tokens[and]?.normal !== 'and') break;
    const previous = mentionEndingAt(view, sentence, and - 1);
    if (previous === null) break;
    group.unshift(previous);
    m = view.mentions[previous];
  }
  return group;
}

/** One place in a clause that proposes: a proposal verb or noun, "announced plans", "will send". */
export function proposalSignalAt(view: ArticleView, tokens: Token[], i: number): 'explicit' | 'commitment' | null {
  const cues = view.knowledge.cues;
  const t = tokens[i];
  const next = tokens[i + 1]?.normal ?? '';
  const base = baseForm(t);
  if (t.pos === 'VERB' && cues.proposalVerbs.has(base)) {
    if (tokens[i - 1]?.normal === 'as') return null; // "would proceed as planned"
    const needs = cues.proposalVerbNeeds.get(base);
    return !needs || needs.has(next) ? 'explicit' : null;
  }
  if (t.pos === 'NOUN' && cues.proposalNouns.has(t.normal)) {
    // "welcomed the proposal", "rejected this plan": an existing proposal, not the speaker's new one
    const needs = cues.proposalNounNeeds.get(t.normal);
    if (!needs && ['the', 'this', 'that', 'these', 'those'].includes(tokens[i - 1]?.normal ?? '')) return null;
    // "welcomes any initiative", "rejected a proposal": a reaction to somebody else's proposal
    if (tokens.slice(Math.max(0, i - 4), i).some((w) => cues.reactions.has(baseForm(w)))) return null;
    return !needs || needs.has(next) ? 'explicit' : null;
  }
  if ((base === 'announce' || t.normal === 'announcement') && tokens.slice(i + 1, i + 7).some((w) => cues.announceObjects.has(w.normal))) return 'explicit';
  if (cues.modals.has(t.normal)) {
    // "could at some point send": the first verb within a few words; "will be" commits to nothing
    const window = tokens.slice(i + 1, i + 5);
    const at = window.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
    if (at < 0 || window.slice(0, at).some((w) => cues.negators.has(w.normal))) return null; // "would not support"
    const verb = window[at];
    return verb.lemma !== 'be' && cues.commitmentVerbs.has(baseForm(verb)) ? 'commitment' : null;
  }
  if (cues.agreeTo.some((p) => phraseAt(tokens, i, p))) {
    const verb = tokens[i + 2];
    return verb && cues.commitmentVerbs.has(baseForm(verb)) ? 'commitment' : null;
  }
  return null;
}

/** Proposals inside a speaker's words that belong to someone else: "the folly they [Paris and London] are promoting". */
function embeddedProposals(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const claim of claims) {
    if (claim.type !== 'STATEMENT') continue;
    const cue: Cue = { token: -1, lemma: claim.cue, speaker: { mention: claim.source }, from: 0 };
    for (const signal of proposalSignals(view, sentence, { from: 0, to: sentence.tokens.length - 1 })) {
      if (!signal.explicit || isCueToken(view, sentence, signal.token)) continue; // "and called on Hungary": the speaker's own verb
      const agent = proposalAgent(view, sentence, signal.token, claim.source, cue);
      for (const other of agent.others) {
        const m = view.mentions[other];
        if (m.label === 'Location' || m.label === 'Person' && m.kind === 'title') continue;
        if (out.some((c) => c.source === other) || claims.some((c) => c.type === 'PROPOSAL' && view.mentions[c.source].canonical === m.canonical)) continue;
        const targets = targetsOf(view, sentence, other, { token: signal.token, lemma: 'propose', speaker: { mention: other }, from: signal.token }, { from: signal.token, to: sentence.tokens.length - 1 });
        out.push({ type: 'PROPOSAL', source: other, targets, evidence: claim.evidence, cue: sentence.tokens[signal.token].normal });
      }
    }
  }
  return out;
}

/** "both sides accusing each other" after "talks between Russia and Ukraine": a statement by each. */
function reciprocalClaims(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  const { tokens } = sentence;
  const phrases = view.knowledge.cues.reciprocalSubjects;
  const starts = phrasesByFirstWord(phrases);
  for (let i = 0; i < tokens.length; i++) {
    if (!starts.has(tokens[i].normal) && !starts.has(tokens[i].lemma)) continue;
    const phrase = phrases.find((p) => phraseAt(tokens, i, p));
    if (!phrase) continue;
    const verb = tokens.slice(i + phrase.length, i + phrase.length + 3).find((t) => view.knowledge.cues.speechVerbs.has(baseForm(t)));
    if (!verb) continue;
    const pair = firstCoordination(view, sentence, i);
    if (pair.length !== 2 || existing.some((c) => pair.includes(c.source))) return [];
    const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
    return [
      { type: 'STATEMENT', source: pair[0], targets: [pair[1]], evidence, cue: baseForm(verb) },
      { type: 'STATEMENT', source: pair[1], targets: [pair[0]], evidence, cue: baseForm(verb) },
    ];
  }
  return [];
}

/** "X's plan", "the project of X and Y", "Trump's proposed peace plan": proposals with no verb of saying. */
function nominalProposals(view: ArticleView, sentence: Sentence, existing: Claim[]): Claim[] {
  const { tokens } = sentence;
  const cues = view.knowledge.cues;
  const out: Claim[] = [];
  const proposers = new Set(existing.filter((c) => c.type === 'PROPOSAL').map((c) => view.mentions[c.source].canonical));
  const speakers = new Set(existing.map((c) => view.mentions[c.source].canonical));
  const add = (mention: number, cue: string, group: number[]): void => {
    const m = view.mentions[mention];
    if (m.label === 'Location' || m.qualifies !== undefined || proposers.has(m.canonical)) return;
    proposers.add(m.canonical);
    // what the plan concerns: the actors named after it, not its co-authors nor those speaking about it
    const coAuthors = new Set(group.map((g) => view.mentions[g].canonical));
    const targets = mentionsFrom(view, sentence, m.tokens[1] + 1, tokens.length - 1).filter((t) => {
      const other = view.mentions[t];
      return !coAuthors.has(other.canonical) && !speakers.has(other.canonical) && other.label !== 'Location' && other.qualifies === undefined && other.kind !== 'title';
    });
    out.push({ type: 'PROPOSAL', source: mention, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const nominal = (t.pos === 'NOUN' && (cues.proposalNouns.has(t.normal) || t.normal === 'announcement')) && !cues.proposalNounNeeds.has(t.normal);
    const quoted = insideQuote(view.quotes, t.start);
    if (!nominal || (quoted && quoteWords(view.text, quoted) >= MIN_QUOTE_CONTINUATION_WORDS)) continue;
    if (t.normal === 'announcement' && !tokens.slice(i + 1, i + 7).some((w) => cues.announceObjects.has(w.normal))) continue;
    // possessor: X's [proposed] [“]plan
    let j = i - 1;
    while (j >= 0 && (tokens[j].pos === 'PUNCT' && tokens[j].normal !== "'s" || tokens[j].normal === 'proposed' || tokens[j].pos === 'ADJ' || (tokens[j].pos === 'NOUN' && j === i - 1))) j--;
    if (tokens[j]?.normal === "'s") {
      const owner = mentionEndingAt(view, sentence, j - 1);
      if (owner !== null) add(owner, t.normal, [owner]);
      continue;
    }
    // complement: "plan of X [and Y]", "the proposal floated by Britain, France and Germany"
    const authored = cues.authorVerbs.has(tokens[i + 1]?.normal ?? '') && tokens[i + 2]?.normal === 'by' ? i + 3 : -1;
    if (tokens[i + 1]?.normal === 'of' || tokens[i + 1]?.normal === 'by' || authored > 0) {
      const group = coordinatedAfter(view, sentence, authored > 0 ? authored : i + 2);
      for (const m of group) add(m, t.normal, group);
    }
  }
  return out;
}

/** After a comma, a list goes on only if the next actor is followed by another comma or "and". */
function listGoesOn(view: ArticleView, sentence: Sentence, at: number): boolean {
  const start = sentence.tokens[at]?.normal === 'and' ? at + 1 : at;
  const next = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[0] === start || view.mentions[m].phraseStart === start);
  if (next === undefined) return false;
  const after = sentence.tokens[view.mentions[next].tokens[1] + 1]?.normal;
  return start !== at || after === ',' || after === 'and';
}

/** The actors named at token i and coordinated with it: "the French President Emmanuel Macron and the British Premier Keir Starmer". */
function coordinatedAfter(view: ArticleView, sentence: Sentence, i: number): number[] {
  const { tokens } = sentence;
  const found: number[] = [];
  let at = i;
  for (;;) {
    const actors = view.bySentence[sentence.index].filter((m) => view.mentions[m].tokens[0] >= at && view.mentions[m].tokens[0] <= at + 5 && view.mentions[m].qualifies === undefined && view.mentions[m].label !== 'Location');
    if (actors.length === 0) break;
    const first = actors[0];
    found.push(first);
    const end = view.mentions[first].tokens[1];
    const joiner = tokens[end + 1]?.normal;
    if (joiner !== 'and' && !(joiner === ',' && listGoesOn(view, sentence, end + 2))) break;
    at = tokens[end + 2]?.normal === 'and' ? end + 3 : end + 2; // "Britain, France and Germany", "X, and Y"
  }
  return found;
}

/**
 * Who a claim is addressed to or about: the direct object of "told/warned/threatened", then the
 * actors named in what was said, then adjectives ("Ukrainian territory"). The speaker's own side
 * ("France" for a French minister) only when the words name no one else: "He stressed that Paris
 * has no such plans" is about France.
 */
function targetsOf(view: ArticleView, sentence: Sentence, source: number, cue: Cue, region: { from: number; to: number }, allowOwn = true): number[] {
  const own = ownNames(view, source);
  const inContent = (m: number): boolean => contentRanges(sentence, cue, region).some((r) => view.mentions[m].tokens[0] >= r.from && view.mentions[m].tokens[0] <= r.to);
  const named = mentionsFrom(view, sentence, region.from, region.to).filter((m) => {
    const mention = view.mentions[m];
    return m !== source && mention.label !== 'Location' && mention.qualifies === undefined && inContent(m);
  });
  const isOwn = (m: number): boolean => !!view.mentions[m].canonical && own.has(view.mentions[m].canonical);
  const others = named.filter((m) => !isOwn(m));
  const subjectLike = (m: number): boolean => {
    const mention = view.mentions[m];
    const before = sentence.tokens[mention.tokens[0] - 1];
    return sentence.tokens[mention.tokens[1] + 1]?.normal !== "'s" && !(before && before.pos === 'ADP');
  };
  const ownTopic = named.filter((m) => isOwn(m) && subjectLike(m) && !view.mentions[m].weak && view.mentions[m].canonical !== view.mentions[source].canonical && view.mentions[m].label !== 'Person');
  const candidates = others.length > 0 || !allowOwn ? others : ownTopic;
  const phraseStart = (m: number): number => view.mentions[m].phraseStart ?? view.mentions[m].tokens[0];
  const direct = INVERSION_OBJECTS.has(cue.lemma) ? candidates.find((m) => phraseStart(m) > cue.token && phraseStart(m) <= cue.token + 3) : undefined;
  // who is cited ("according to a readout published by the Chinese Foreign Ministry") is a source, not an addressee
  const rest = candidates.filter((m) => m !== direct && !afterAccordingTo(sentence, view.mentions[m].tokens[0]));
  // adjectives ("Ukrainian territory"), possessors ("Russia's missiles") and the media that carry
  // the words come after the actors the words are about
  const rank = (m: number): number => {
    const mention = view.mentions[m];
    if (mention.conduit) return 3;
    if (mention.weak) return 2;
    return sentence.tokens[mention.tokens[1] + 1]?.normal === "'s" ? 1 : 0;
  };
  const ordered = [...rest].sort((a, b) => rank(a) - rank(b));
  return direct !== undefined ? [direct, ...ordered] : ordered;
}

const ACCORDING_REACH = 7;

function afterAccordingTo(sentence: Sentence, token: number): boolean {
  for (let i = Math.max(0, token - ACCORDING_REACH); i < token; i++) {
    if (phraseAt(sentence.tokens, i, ['according', 'to']) && !sentence.tokens.slice(i + 2, token).some((t) => t.normal === ',' || t.pos === 'VERB' && t.normal !== 'published' && t.normal !== 'provided')) return true;
  }
  return false;
}

/** The threatened party: the actor named nearest to the words of harm. */
function threatTargets(view: ArticleView, sentence: Sentence, source: number, targets: number[], region: { from: number; to: number }): number[] {
  const at = threatPhraseAt(view, sentence, region);
  const phraseToken = region.from + Math.max(at, 0);
  const distance = (m: number): number => (at < 0 ? 0 : Math.abs(view.mentions[m].tokens[0] - phraseToken));
  const place = (m: number): number => (onlyPlace(view, m) ? 1 : 0);
  void source;
  return [...targets].sort((a, b) => place(a) - place(b) || distance(a) - distance(b));
}

// ---------------------------------------------------------------- quotes over several sentences

/** A whole sentence as one speaker's words (no verb of saying in it): statement, threat, proposal. */
export function wholeSentenceClaims(view: ArticleView, sentence: Sentence, source: number, lemma: string): Claim[] {
  const cue: Cue = { token: -1, lemma, speaker: { mention: source }, from: 0 };
  return typedClaims(view, sentence, source, cue, { from: 0, to: sentence.tokens.length - 1 });
}

/** '"Readiness ... was noted. The starting points ...," it said': the first sentence is the same speaker's. */
function quoteContinuations(view: ArticleView, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const claimed = new Set(claims.map((c) => c.evidence.start));
  const statementAt = new Map<number, Claim>();
  for (const c of claims) if (c.type === 'STATEMENT' && !statementAt.has(c.evidence.start)) statementAt.set(c.evidence.start, c);
  for (const quote of view.quotes) {
    const covered = overlapping(view.sentences, quote);
    if (covered.length < 2) continue;
    const anchor = covered.map((s) => statementAt.get(s.start)).find((c) => c !== undefined);
    if (!anchor) continue;
    for (const sentence of covered) {
      if (claimed.has(sentence.start)) continue;
      const inside = sentence.tokens.filter((t) => /\p{L}/u.test(t.text) && insideQuote([quote], t.start)).length;
      if (inside < MIN_QUOTE_CONTINUATION_WORDS) continue;
      const region = { from: 0, to: sentence.tokens.length - 1 };
      const cue: Cue = { token: -1, lemma: anchor.cue, speaker: { mention: anchor.source }, from: 0 };
      out.push(...typedClaims(view, sentence, anchor.source, cue, region));
      claimed.add(sentence.start);
    }
  }
  out.push(...quotesAfterAttribution(view, [...claims, ...out], claimed));
  return out;
}

/** Spans (sorted by start, disjoint: quotes, sentences) that overlap a span, found by binary search. */
function overlapping<T extends CharSpan>(items: T[], span: CharSpan): T[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].end <= span.start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let k = low; k < items.length && items[k].start < span.end; k++) out.push(items[k]);
  return out;
}

/**
 * '"... cut them off," von der Leyen said at a press conference. "This package will hit Russia
 * where it hurts."': a quotation that follows an attributed quote in the same paragraph, with no
 * speaker of its own, goes on with the same speaker.
 */
function quotesAfterAttribution(view: ArticleView, claims: Claim[], claimed: Set<number>): Claim[] {
  const out: Claim[] = [];
  const quoteAt = new Map(view.quotes.map((q) => [q.start, q]));
  const quotedStatementAt = new Map<number, Claim>();
  for (const c of claims) if (c.type === 'STATEMENT' && c.quote && !quotedStatementAt.has(c.evidence.start)) quotedStatementAt.set(c.evidence.start, c);
  for (let k = 1; k < view.sentences.length; k++) {
    const sentence = view.sentences[k];
    const previous = view.sentences[k - 1];
    if (claimed.has(sentence.start) || view.text.slice(previous.end, sentence.start).includes('\n')) continue;
    const opening = sentence.tokens[0];
    const quote = opening && /^["“]$/.test(opening.text) ? quoteAt.get(opening.end) : undefined;
    if (!quote || quoteWords(view.text, quote) < MIN_QUOTE_CONTINUATION_WORDS || quote.end < sentence.end - 2) continue;
    const anchor = quotedStatementAt.get(previous.start);
    if (!anchor) continue;
    const cue: Cue = { token: -1, lemma: anchor.cue, speaker: { mention: anchor.source }, from: 0 };
    out.push(...typedClaims(view, sentence, anchor.source, cue, { from: 0, to: sentence.tokens.length - 1 }));
    claimed.add(sentence.start);
  }
  return out;
}
