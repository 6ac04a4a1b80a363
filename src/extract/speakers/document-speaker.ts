// Documents that are one speaker's words: a statement ("The Foreign Secretary, Jane Doe, said:" and
// paragraphs after it), remarks or a transcript ("Remarks by Minister X", "MINISTER X: ..."), a
// quotation that runs over several paragraphs after "X released the following statement:". Every
// substantive sentence of such a block that has no speaker of its own is the block speaker's.
import type { Claim, Mention, Sentence } from '../../model/types';
import { forgetMentionIndex, overlapping, type ArticleView } from '../view';
import { longestMatch, phraseAt } from '../lexicon-match';
import type { DocumentSpeech } from './speaker-knowledge';
import { documentIssuer, narratingBody, speaksAfter, titledAsStatement } from './antecedents';
import { insideQuote } from '../quotes';

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
  const claimed = new Set(claims.filter((c) => c.type === 'STATEMENT').map((c) => c.evidence.start));
  const out: Claim[] = [];
  const owner = new Map<number, number>();
  for (const block of blocks) for (let s = block.from; s <= block.to; s++) owner.set(s, block.speaker); // later blocks win
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

function startsParagraph(view: ArticleView, index: number): boolean {
  if (index === 0) return true;
  return view.text.slice(view.sentences[index - 1].end, view.sentences[index].start).includes('\n');
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
  const titleSpeaker = documentTitleSpeaker(view, k);
  const speaker = titleSpeaker ?? bodyStatementIssuer(view, claims);
  if (speaker !== null && last >= 1) blocks.push({ speaker, from: 1, to: last });
  for (const sentence of view.sentences) {
    if (!/:\s*$/.test(sentence.text) || sentence.index === last || !startsParagraph(view, sentence.index + 1)) continue;
    const speaker = introSpeaker(view, sentence, claims, k, titleSpeaker);
    if (speaker === null) continue;
    const documentLevel = sentence.index <= k.introReach;
    const quotation = quoted(view, sentence.index + 1);
    const to = documentLevel && !quotation ? last : followingParagraphs(view, sentence.index + 1);
    // after a quoted statement the document's own (narrator's) text resumes
    if (quotation) for (const earlier of blocks) if (earlier.to > to) earlier.to = sentence.index;
    blocks.push({ speaker, from: sentence.index + 1, to });
  }
  return blocks;
}

function quoted(view: ArticleView, index: number): boolean {
  return QUOTE_OPENING.test(view.sentences[index].text.trimStart());
}

/** The paragraph that starts at `index`, or the run of paragraphs that each open with a quotation mark. */
function followingParagraphs(view: ArticleView, index: number): number {
  const chain = quoted(view, index);
  let end = index;
  while (end + 1 < view.sentences.length) {
    const next = end + 1;
    if (startsParagraph(view, next) && !(chain && quoted(view, next))) break;
    end = next;
  }
  return end;
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
  const speaks = speaksAfter(view, view.sentences[m.sentence], m.tokens[1]) || we.some((w) => speaksAfter(view, view.sentences[w.sentence], w.token));
  if (!speaks) return null;
  const reported = new Set(claims.filter((c) => c.type === 'STATEMENT' && view.mentions[c.source].canonical !== m.canonical).map((c) => c.evidence.start));
  return reported.size * REPORTED_SHARE > view.sentences.length ? null : issuer;
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

/** "Remarks by Minister X on ...", "X Statement on ...": the person a document title names with a document noun. */
function documentTitleSpeaker(view: ArticleView, k: DocumentSpeech): number | null {
  const title = view.sentences[0];
  if (!title || view.sentences.length < 2 || !startsParagraph(view, 1)) return null;
  const noun = title.tokens.findIndex((t) => k.documentNouns.has(t.normal));
  if (noun < 0) return null;
  // "Remarks by X": the person after the noun; "X Statement on ...": the one before it
  const people = view.bySentence[0].filter((m) => view.mentions[m].label === 'Person' && view.mentions[m].kind === 'name' && view.mentions[m].qualifies === undefined);
  // a Title Case headline capitalises common words too ("Remarks", "Representative"): a person
  // whose given name or office is known comes first
  const known = (m: number): boolean => !!(view.mentions[m].gender || view.mentions[m].role);
  // an unknown one needs a full name: "Statement on the Crackdown in X" has no speaker "Crackdown"
  const fullName = (m: number): boolean => view.mentions[m].tokens[1] > view.mentions[m].tokens[0];
  const after = people.filter((m) => view.mentions[m].tokens[0] > noun);
  const before = people.filter((m) => view.mentions[m].tokens[0] < noun).reverse();
  const speaker = after.find(known) ?? before.find(known) ?? after.find(fullName) ?? before.find(fullName) ?? titleNameAfterOffice(view, noun);
  if (speaker === undefined || speaker === null) return null;
  trimDocumentNoun(view, speaker, k);
  return speaker;
}

/**
 * In a Title Case headline the noun sticks to the name ("Jane Doe Statement on ..."): the person is
 * "Jane Doe". The mention is cut back to the name, so that the speaker and the node are the person.
 */
function trimDocumentNoun(view: ArticleView, mention: number, k: DocumentSpeech): void {
  const m = view.mentions[mention];
  const tokens = view.sentences[m.sentence].tokens;
  let last = m.tokens[1];
  while (last > m.tokens[0] && k.documentNouns.has(tokens[last].normal)) last--;
  if (last === m.tokens[1]) return;
  m.tokens = [m.tokens[0], last];
  forgetMentionIndex(view, m.sentence);
  m.end = tokens[last].end;
  m.surface = view.text.slice(m.start, m.end);
  const cut = m.canonical.split(/\s+/);
  while (cut.length > 1 && k.documentNouns.has(cut[cut.length - 1].toLowerCase())) cut.pop();
  m.canonical = cut.join(' ');
}

/** "The Foreign Secretary, Jane Doe, said:", "X released the following statement:", "an HMG Spokesperson said:". */
function introSpeaker(view: ArticleView, sentence: Sentence, claims: Claim[], k: DocumentSpeech, titleSpeaker: number | null): number | null {
  const own = claims.find((c) => c.type === 'STATEMENT' && c.evidence.start === sentence.start);
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

/**
 * "Remarks by Treasury Secretary Jane Q. Doe on ...": a headline admits only known names, but in a
 * document title a run of capitalised words after an office, opening with a known given name, is
 * the speaker. The person becomes a mention of the title (added last: earlier indexes stay valid).
 */
function titleNameAfterOffice(view: ArticleView, noun: number): number | null {
  const title = view.sentences[0];
  const { tokens } = title;
  const knowledge = view.knowledge;
  for (let i = noun + 1; i < tokens.length; i++) {
    const office = longestMatch(tokens, i, knowledge.roles, true);
    if (!office) continue;
    let end = office.last + 1;
    const first = end;
    // the maintained first-name list (knowledge/en) is read only here, where a title needs it
    if (!tokens[first] || !(knowledge.genderNames.has(tokens[first].normal) || knowledge.derived.firstNames.has(tokens[first].normal))) return null;
    while (end + 1 < tokens.length && /^\p{Lu}/u.test(tokens[end + 1].text) && !knowledge.nonNames.has(tokens[end + 1].normal)) end++;
    if (end === first) return null;
    const start = tokens[first].start;
    const surface = view.text.slice(start, tokens[end].end);
    const role = office.entries[0].role;
    view.mentions.push({ start, end: tokens[end].end, surface, label: 'Person', kind: 'name', canonical: surface, sentence: 0, tokens: [first, end], role, phraseStart: i, gender: knowledge.genderNames.get(tokens[first].normal) });
    const index = view.mentions.length - 1;
    view.bySentence[0] = [...view.bySentence[0], index].sort((a, b) => view.mentions[a].start - view.mentions[b].start);
    return index;
  }
  return null;
}
