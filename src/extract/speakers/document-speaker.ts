// Documents that are one speaker's words: a statement ("The Foreign Secretary, Jane Doe, said:" and
// paragraphs after it), remarks or a transcript ("Remarks by Minister X", "MINISTER X: ..."), a
// quotation that runs over several paragraphs after "X released the following statement:". Every
// substantive sentence of such a block that has no speaker of its own is the block speaker's.
import type { Claim, Mention, Sentence } from '../../model/types';
import { overlapping, startsParagraph, type ArticleView } from '../view';
import { phraseAt } from '../lexicon-match';
import type { DocumentSpeech } from './speaker-knowledge';
import { bodyActingIn, bodyInOwnVoice, documentIssuer, narratingBody, speaksAfter, titledAsStatement } from './antecedents';
import { insideQuote } from '../quotes';
import { REPORTER_ONLY_TYPES } from '../../relations/detectors';
import { isUtterance, utteranceStarts } from '../typed-claims';
import { documentPersonSpeaker, signatureSpeaker, topicPersonSpeaker } from './title-speaker';
import { actBlocks } from './script-acts';
import { organizationForm } from '../mentions/name-words';

/** The claims (statement, and threat or proposal where the words say so) of one sentence by one speaker. */
export type ClaimsOfSentence = (sentence: Sentence, source: number) => Claim[];

interface Block {
  speaker: number;
  /** First and last sentence index, inclusive. */
  from: number;
  to: number;
}

type Turn = 'speaker' | 'other' | 'ended';

const QUOTE_OPENING = /^["“«]/;
const LABEL = /^([A-Z][A-Z.'’ -]{0,40}[A-Z.]):/;

export function documentSpeakerClaims(view: ArticleView, claims: Claim[], claimsOf: ClaimsOfSentence): Claim[] {
  const k = view.knowledge.documentSpeech;
  const blocks = speakerBlocks(view, claims, k);
  if (blocks.length === 0) return [];
  // a sentence whose only claims a noun makes ("China has responded with threats") is still the document speaker's words
  const claimed = utteranceStarts(claims);
  const out: Claim[] = [];
  const owner = new Map<number, number>();
  for (const block of blocks) for (let s = block.from; s <= block.to; s++) owner.set(s, block.speaker); // later blocks win
  creditPersonSpeech(view, claims, owner, false);
  let turn: Turn = 'speaker';
  let previous: number | undefined;
  for (const sentence of view.sentences) {
    const speaker = owner.get(sentence.index);
    if (speaker !== previous) turn = 'speaker'; // a new block starts with its speaker's turn
    previous = speaker;
    if (startsParagraph(view, sentence.index)) turn = paragraphTurn(view, sentence, speaker, k, turn);
    if (speaker === undefined || turn !== 'speaker' || claimed.has(sentence.start) || !substantive(sentence, k)) continue;
    out.push(...claimsOf(sentence, speaker));
    claimed.add(sentence.start);
  }
  return out;
}

/**
 * In a person's speech or transcript turn (`personOf`: sentence -> the person) the sentences are that
 * person's utterances, also where the text names the state or body they speak for: the statements are
 * the person's (what the body did, a proposal or a threat, stays its own). With `weGiven`, so is every
 * claim whose speaker a "we" gave (a mention outside the sentence), whatever its type.
 */
export function creditPersonSpeech(view: ArticleView, claims: Claim[], personOf: Map<number, number>, weGiven: boolean): void {
  if (personOf.size === 0) return;
  for (const claim of claims) {
    const sentence = overlapping(view.sentences, claim.evidence)[0];
    const person = sentence ? personOf.get(sentence.index) : undefined;
    if (person === undefined || !sentence || view.mentions[person].label !== 'Person') continue;
    const source = view.mentions[claim.source];
    if ((source.label !== 'State' && source.label !== 'Organization') || insideQuote(view.quotes, source.start) !== null) continue;
    // "A Foreign Office spokesperson said: / The UK is deeply concerned ...": an unnamed spokesperson
    // relays the state's words; the state that opens its sentence keeps them
    if (view.mentions[person].kind === 'title' && source.label === 'State' && source.sentence === sentence.index) continue;
    if (REPORTER_ONLY_TYPES.has(claim.type) || (weGiven && source.sentence !== sentence.index)) claim.source = person;
  }
}

/** A paragraph may hand the turn to someone else (a transcript's "QUESTION:"), back, or end the block ("Notes to editors"). */
function paragraphTurn(view: ArticleView, sentence: Sentence, speaker: number | undefined, k: DocumentSpeech, turn: Turn): Turn {
  if (turn === 'ended') return 'ended';
  if (k.endMarkers.some((p) => phraseAt(sentence.tokens, 0, p))) return 'ended';
  const label = LABEL.exec(sentence.text);
  if (!label) return turn === 'other' ? 'other' : 'speaker';
  if (speaker === undefined) return 'other';
  const words = label[1].toLowerCase().split(/[\s.]+/).filter((w) => w !== '');
  if (words.some((w) => k.otherTurnLabels.has(w))) return 'other';
  const names = view.mentions[speaker].canonical.toLowerCase().split(/\s+/);
  return words.some((w) => names.includes(w)) ? 'speaker' : 'other';
}

/** Sentences with a verb and a few words; questions and greetings are not the speaker's claims. */
function substantive(sentence: Sentence, k: DocumentSpeech): boolean {
  const label = LABEL.exec(sentence.text);
  const after = sentence.start + (label ? label[0].length : 0); // "MINISTER X: Thank you." is two words
  const words = sentence.tokens.filter((t) => t.start >= after && /\p{L}/u.test(t.text));
  if (words.length < k.minWords) return false;
  if (sentence.tokens[sentence.tokens.length - 1]?.text === '?') return false;
  if (/:\s*$/.test(sentence.text)) return false; // an introduction of what follows
  if (k.stageNotes.some((p) => phraseAt(sentence.tokens, 0, p))) return false; // "As prepared for delivery
  return sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

function speakerBlocks(view: ArticleView, claims: Claim[], k: DocumentSpeech): Block[] {
  const last = view.sentences.length - 1;
  const blocks: Block[] = [];
  const signature = signatureSpeaker(view, k);
  const titleSpeaker = documentPersonSpeaker(view) ?? speakingTopicPerson(view, claims);
  const speaker = titleSpeaker ?? bodyStatementIssuer(view, claims);
  // the signature that names the speaker ("Ambassador X / U.S. Representative ...") is not their words
  const from = signature !== null && speaker === signature.speaker ? signature.line + 1 : 1;
  if (speaker !== null && last >= from) blocks.push({ speaker, from, to: last });
  for (const sentence of view.sentences) {
    if (!/:\s*$/.test(sentence.text) || sentence.index === last || !startsParagraph(view, sentence.index + 1)) continue;
    const speaker = introSpeaker(view, sentence, claims, k, titleSpeaker);
    if (speaker === null) continue;
    const documentLevel = sentence.index <= k.introReach;
    const quotation = quoted(view, sentence.index + 1);
    const to = documentLevel && !quotation ? last : followingParagraphs(view, sentence.index + 1);
    // after a quoted statement the document's own (narrator's) text resumes
    if (quotation) for (const earlier of blocks) if (earlier.to > to) earlier.to = sentence.index;
    blocks.push({ speaker: stateVoice(view, speaker, sentence.index + 1, to) ?? speaker, from: sentence.index + 1, to });
  }
  const speech = salutedSpeech(view, claims, k);
  if (speech !== null) blocks.push({ speaker: speech.speaker, from: speech.from, to: last });
  blocks.push(...actBlocks(view)); // "/// BARAK ACT ///": a radio script's clip
  return blocks;
}

/**
 * "Deputy Ambassador X says Azerbaijan's decision put peace at risk. / Thank you Chair. / ...": a
 * salutation (document-speech.json salutations) near the top opens a speech, and what follows is the
 * words of the person a sentence before it has speaking. The first sentence after it, and that person.
 */
function salutedSpeech(view: ArticleView, claims: Claim[], k: DocumentSpeech): { speaker: number; from: number } | null {
  const last = Math.min(view.sentences.length - 2, k.introReach + 2);
  for (let s = 1; s <= last; s++) {
    const words = view.sentences[s].tokens.filter((t) => t.pos !== 'PUNCT').map((t) => t.normal);
    if (!k.salutations.some((phrase) => phrase.length === words.length && phrase.every((w, j) => w === words[j]))) continue;
    const lede = claims.filter((c) => view.mentions[c.source].sentence < s && view.mentions[c.source].label === 'Person' && view.mentions[c.source].kind === 'name');
    return lede.length > 0 ? { speaker: lede[lede.length - 1].source, from: s + 1 } : null;
  }
  return null;
}

function quoted(view: ArticleView, index: number): boolean {
  return QUOTE_OPENING.test(view.sentences[index].text.trimStart());
}

/**
 * The paragraph that starts at `index`, or the run of paragraphs that each open with a quotation
 * mark; unquoted, also each paragraph after it in which the speaker still says "we" or "I"
 * ("Prime Minister X said: / The attack was reckless. / Today we have sanctioned ...": narration
 * that resumes speaks of others in the third person).
 */
function followingParagraphs(view: ArticleView, index: number): number {
  const chain = quoted(view, index);
  let end = index;
  while (end + 1 < view.sentences.length) {
    const next = end + 1;
    if (startsParagraph(view, next) && !(chain ? quoted(view, next) : firstPersonParagraph(view, next))) break;
    end = next;
  }
  return end;
}

/** Does the unquoted paragraph starting at sentence `index` say "we" or "I" outside quotation marks? */
function firstPersonParagraph(view: ArticleView, index: number): boolean {
  if (quoted(view, index)) return false;
  const { firstPersonSubjects } = view.knowledge.functionWords;
  for (let s = index; s < view.sentences.length && (s === index || !startsParagraph(view, s)); s++) {
    if (view.sentences[s].tokens.some((t) => firstPersonSubjects.has(t.normal) && insideQuote(view.quotes, t.start) === null)) return true;
  }
  return false;
}

/** "Press Secretary X on Syria" over a text in the first person: X, whose "we" the sentences already gave X's claims, or a "we" still unclaimed. */
function speakingTopicPerson(view: ArticleView, claims: Claim[]): number | null {
  const person = topicPersonSpeaker(view);
  if (person === null) return null;
  return claims.some((c) => c.source === person) || narratorWe(view, claims).length > 0 ? person : null;
}

/** At most one sentence in this many may report another speaker's words in a body's own statement. */
const REPORTED_SHARE = 4;

/**
 * "Statement on the Situation in X. The Union condemns ... We call on ...": a text a state or body
 * issues in its own voice. Its title says it is a statement, or the text says "we" outside quotes;
 * the body acts in its opening or before that "we" (antecedents.ts); the body or that "we" speaks
 * ("condemns", "we urge": a column's "we must act" is its author's); and the text reports few
 * other speakers (a news report quotes many). Then every substantive sentence without a speaker
 * of its own is the body's statement.
 */
function bodyStatementIssuer(view: ArticleView, claims: Claim[]): number | null {
  const titled = titledAsStatement(view);
  const we = narratorWe(view, claims);
  if (!titled && we.length === 0) return null;
  const issuer = we.length === 0 ? documentIssuer(view) : narratingBody(view, we[0].sentence);
  if (issuer === null) return null;
  const m = view.mentions[issuer];
  // it speaks ("condemns", "we urge"), or says "our" of itself under a title that says statement
  const speaks = speaksAfter(view, view.sentences[m.sentence], m.tokens[1]) || we.some((w) => speaksAfter(view, view.sentences[w.sentence], w.token)) || (titled && issuer === bodyInOwnVoice(view));
  if (!speaks) return null;
  const reported = new Set(claims.filter((c) => isUtterance(c) && !sameVoice(view, view.mentions[c.source], m)).map((c) => c.evidence.start));
  return reported.size * REPORTED_SHARE > view.sentences.length ? null : issuer;
}

/**
 * "A Foreign Office spokesperson said: / “The United Kingdom congratulates ... We welcome ...”": the
 * words a government body (or its unnamed spokesperson) gives are its state's when a sentence of
 * them has that state acting as its subject; the state's mention there, or null.
 */
function stateVoice(view: ArticleView, speaker: number, from: number, to: number): number | null {
  const m = view.mentions[speaker];
  if (m.label === 'State' || (m.label === 'Person' && m.kind !== 'title')) return null;
  const body = m.label === 'Person' ? m.roleOf : m.canonical;
  const state = m.label === 'Person' ? body && (view.knowledge.stateOf(body) ?? body) : stateOfVoice(view, m);
  for (let s = from; s <= to; s++) {
    const subject = bodyActingIn(view, s);
    const acting = subject === null ? undefined : view.mentions[subject];
    if (!acting || acting.label !== 'State') continue;
    // a government body knowledge gives no state ("Foreign & Commonwealth Office") gives way to a state that speaks
    if (state ? acting.canonical === state : governmentBody(view, body) && speaksAfter(view, view.sentences[s], acting.tokens[1])) return subject;
  }
  return null;
}

/** A name with a word of government ("... Office", "Ministry of ...": organization-forms.json kind government body). */
function governmentBody(view: ArticleView, name: string | undefined): boolean {
  return !!name && name.split(/\s+/).some((w) => organizationForm(view.knowledge, w)?.kind === 'government body');
}

/** A body and its state speak with one voice in the state's statement ("The Department of State is appalled ... The United States condemns"). */
function sameVoice(view: ArticleView, a: Mention, b: Mention): boolean {
  if (a.canonical === b.canonical) return true;
  const state = stateOfVoice(view, a);
  return state !== undefined && state === stateOfVoice(view, b);
}

/** The state a state or a body speaks for: itself, or the body's stated or known state. */
function stateOfVoice(view: ArticleView, m: Mention): string | undefined {
  return m.label === 'State' ? m.canonical : m.label === 'Organization' ? (m.roleOf ?? view.knowledge.stateOf(m.canonical)) : undefined;
}

/**
 * Where the text itself says "we": a subject outside quotes, in a sentence no person is reported to
 * say (''We must not overreact,'' he said: quotation marks a text may write in a way not read as
 * quotes). The narrator is then a body.
 */
function narratorWe(view: ArticleView, claims: Claim[]): Array<{ sentence: number; token: number }> {
  const { firstPersonSubjects } = view.knowledge.functionWords;
  const personSays = new Set<number>();
  for (const c of claims) if (view.mentions[c.source].label === 'Person') for (const s of overlapping(view.sentences, c.evidence)) personSays.add(s.index);
  const found: Array<{ sentence: number; token: number }> = [];
  for (const sentence of view.sentences) {
    if (personSays.has(sentence.index)) continue;
    sentence.tokens.forEach((token, i) => {
      const plural = view.knowledge.pronouns.get(token.normal) === 'Group' && firstPersonSubjects.has(token.normal);
      if (plural && !insideQuote(view.quotes, token.start)) found.push({ sentence: sentence.index, token: i });
    });
  }
  return found;
}

/** "The Foreign Secretary, Jane Doe, said:", "X released the following statement:", "an HMG Spokesperson said:". */
function introSpeaker(view: ArticleView, sentence: Sentence, claims: Claim[], k: DocumentSpeech, titleSpeaker: number | null): number | null {
  const own = claims.find((c) => isUtterance(c) && c.evidence.start === sentence.start);
  if (own) return own.source;
  const { tokens } = sentence;
  if (!tokens.some((_, i) => k.introPhrases.some((p) => phraseAt(tokens, i, p)))) return null;
  // capitalised words of a dateline or an office ("Washington, D.C. – U.S. Trade Representative ...")
  // may pass for people: a person whose given name or office is known, else the title's speaker
  const known = firstActor(view, sentence.index, (m) => m.label === 'Person' && !!m.canonical && !!(m.gender || m.role));
  if (known !== null) return known;
  if (titleSpeaker !== null) return titleSpeaker;
  return firstActor(view, sentence.index, (m) => m.label === 'Person' && !!m.canonical) ?? firstActor(view, sentence.index, (m) => m.label === 'Organization' || m.label === 'State');
}

function firstActor(view: ArticleView, index: number, fits: (m: Mention) => boolean): number | null {
  const found = view.bySentence[index].find((m) => view.mentions[m].qualifies === undefined && !view.mentions[m].weak && fits(view.mentions[m]));
  return found ?? null;
}
