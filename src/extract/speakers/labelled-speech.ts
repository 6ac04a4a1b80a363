// Speech introduced by a name and a colon: a headline "Harlow: Tax Plan Will Hurt Farmers", a
// transcript's turns ("KING: Do you think ...", "PRYCE: I think ..."), and a quotation after a
// name and a colon ("... doesn't surprise pollster Jane Roe: “Historically, ...”"). The name is a
// mention of the label, or, for the capitals and surnames a headline or a transcript writes, the
// article's person of that surname.
import type { Claim, Sentence } from '../../model/types';
import { insideQuote } from '../quotes';
import { isPossessive } from '../../lang/en/morphology';
import { longestMatch } from '../lexicon-match';
import { startsParagraph, type ArticleView } from '../view';
import { personBySurname } from './antecedents';
import { creditPersonSpeech } from './document-speaker';
import { utteranceStarts } from '../typed-claims';

/** The claims of one sentence by one speaker (statement, and threat or proposal where the words say so). */
export type ClaimsOfSentence = (sentence: Sentence, source: number) => Claim[];

/** Labels longer than this are a clause ending in a colon, not a name. */
const MAX_LABEL_TOKENS = 8;
/** Words after the colon for a label's sentence to be speech (not "WASHINGTON: Reuters"). */
const MIN_SPOKEN_WORDS = 3;

/** Claims of labelled sentences; a label's sentence loses the claims other speakers had in it (`claims` is changed). */
export function labelledSpeechClaims(view: ArticleView, claims: Claim[], claimsOf: ClaimsOfSentence): Claim[] {
  // an act the narrator reports ("the Government would impose sanctions") leaves the turn's speaker their words
  const claimed = utteranceStarts(claims);
  const out: Claim[] = [];
  let turn: number | null = null; // a transcript turn goes on to the end of its paragraph
  let speech: number | null = null; // a person's turn below the title goes on until the next label
  const turnOf = new Map<number, number>();
  for (const sentence of view.sentences) {
    const opensParagraph = startsParagraph(view, sentence.index);
    if (opensParagraph) turn = null;
    const labelled = opensParagraph && labelColon(view, sentence) >= 0;
    const label = labelled ? labelSpeaker(view, sentence) : null;
    if (labelled && sentence.index > 0) speech = label !== null && namedPerson(view, label) ? label : null; // "Journalist:" hands the turn over
    const speaker = label ?? turn ?? speech ?? colonQuoteSpeaker(view, sentence);
    if (label !== null && isShouted(view, sentence)) turn = label;
    if (speech !== null) turnOf.set(sentence.index, speech);
    // "Obama: Americans Will Say No to Trump": whoever speaks after the colon speaks in the label's words
    if (label !== null && claimed.has(sentence.start) && !claims.some((c) => c.evidence.start === sentence.start && c.source === label)) {
      for (let k = claims.length - 1; k >= 0; k--) if (claims[k].evidence.start === sentence.start) claims.splice(k, 1);
      claimed.delete(sentence.start);
    }
    const onlyLabel = labelled && sentence.tokens[sentence.tokens.length - 1]?.text === ':'; // "Marise Payne:" says nothing itself
    if (speaker === null || claimed.has(sentence.start) || onlyLabel) continue;
    out.push(...claimsOf(sentence, speaker));
    claimed.add(sentence.start);
  }
  // "Penny Wong, Foreign Minister: ... the Albanese Government has advocated ... We believe ..."
  creditPersonSpeech(view, claims, turnOf, true);
  return out;
}

/** A person named in full or known by gender or office: "Penny Wong", not a capitalised word like "Explainer". */
function namedPerson(view: ArticleView, mention: number): boolean {
  const m = view.mentions[mention];
  return m.label === 'Person' && m.kind === 'name' && (m.tokens[1] > m.tokens[0] || !!m.role || !!m.gender);
}

/** The token index of the colon that ends a label at the start of the sentence, or -1. */
function labelColon(view: ArticleView, sentence: Sentence): number {
  const colon = sentence.tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > MAX_LABEL_TOKENS) return -1;
  const spoken = sentence.tokens.slice(colon + 1).filter((t) => /\p{L}/u.test(t.text)).length;
  // "Marise Payne:" on a line of its own heads the paragraphs after it (a transcript's turn)
  const standalone = colon === sentence.tokens.length - 1 && startsParagraph(view, sentence.index + 1);
  if (spoken < MIN_SPOKEN_WORDS && !standalone) return -1;
  // a label is capitalised words (and their small joining words), no verb, nothing quoted
  const label = sentence.tokens.slice(0, colon);
  if (!/^\p{Lu}/u.test(label[0].text) || label.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || insideQuote(view.quotes, t.start))) return -1;
  return colon;
}

/** A document noun that heads a title: nothing, a preposition or a name after it ("Remarks by", "Statement on"), no possessive before it. */
function namesDocument(sentence: Sentence, noun: number): boolean {
  const after = sentence.tokens[noun + 1];
  if (isPossessive(sentence.tokens[noun - 1])) return false;
  return !after || after.pos === 'ADP' || after.pos === 'PROPN' || after.pos === 'PUNCT';
}

function isShouted(view: ArticleView, sentence: Sentence): boolean {
  const colon = labelColon(view, sentence);
  const letters = sentence.tokens.slice(0, colon).map((t) => t.text).join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/** "Harlow: ...", "Former Minister Ana Ruiz at the Summit: ...", "RACHEL KING: ...": who the label names. */
function labelSpeaker(view: ArticleView, sentence: Sentence): number | null {
  const colon = labelColon(view, sentence);
  if (colon < 0) return null;
  const words = sentence.tokens.slice(0, colon).map((t) => t.normal);
  const k = view.knowledge.documentSpeech;
  if (words.some((w) => k.otherTurnLabels.has(w))) return null; // "QUESTION:", "MODERATOR:"
  // "Council meeting: Remarks by Minister X" is a document's title, not the council's words; in
  // "Ruiz: Chile's message will be heard" the noun is the subject of the label's words
  if (sentence.tokens.slice(colon + 1, colon + 4).some((t, j) => k.documentNouns.has(t.normal) && namesDocument(sentence, colon + 1 + j))) return null;
  const named = view.bySentence[sentence.index].find((m) => {
    const mention = view.mentions[m];
    if (mention.tokens[1] >= colon || mention.qualifies !== undefined || mention.label === 'Location' || mention.kind !== 'name') return false;
    // the label is the name, or the name and where or to whom ("X at the Summit:"), not "X's plan:"
    const after = sentence.tokens[mention.tokens[1] + 1];
    // "Penny Wong, Foreign Minister:": the name and the office
    return after.text === ':' || after.pos === 'ADP' || (after.text === ',' && mention.label === 'Person');
  });
  // "Belarus: UK sanctions eight members": a state opens the topic when another actor is the subject after the colon
  if (named !== undefined) return view.mentions[named].label === 'State' && topicLabel(view, sentence, colon) ? null : named;
  return officeHolderLabel(view, sentence, colon) ?? personBySurname(view, sentence.tokens[colon - 1].normal);
}

/** Does an actor of its own open the words after the colon ("Belarus: UK sanctions ...")? */
function topicLabel(view: ArticleView, sentence: Sentence, colon: number): boolean {
  const next = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[0] === colon + 1);
  return next !== undefined && view.mentions[next].label !== 'Location';
}

/**
 * "Foreign Minister: Well, first, ...": a label that is only an office is the person the article
 * named with that office before ("Penny Wong, Foreign Minister: ...", "Australia's Foreign
 * Minister, Penny Wong, joins us"), the latest one.
 */
function officeHolderLabel(view: ArticleView, sentence: Sentence, colon: number): number | null {
  const office = longestMatch(sentence.tokens, 0, view.knowledge.roles, true);
  const role = office && office.last === colon - 1 ? office.entries[0].role : undefined;
  if (role === undefined) return null;
  let holder: number | null = null;
  view.mentions.forEach((m, i) => {
    if (m.sentence <= sentence.index && m.label === 'Person' && m.kind === 'name' && m.role === role) holder = i;
  });
  return holder;
}

/** '... doesn't surprise pollster Jane Roe: “Historically, ...”': a person right before a colon and a quotation. */
function colonQuoteSpeaker(view: ArticleView, sentence: Sentence): number | null {
  const { tokens } = sentence;
  for (const m of view.bySentence[sentence.index]) {
    const mention = view.mentions[m];
    if (mention.label !== 'Person' || mention.kind !== 'name' || mention.qualifies !== undefined) continue;
    const after = mention.tokens[1] + 1;
    if (tokens[after]?.text === ':' && /^["“]$/.test(tokens[after + 1]?.text ?? '') && !insideQuote(view.quotes, tokens[after].start)) return m;
  }
  return null;
}
