// Cues: the verbs of saying in a sentence and who says each — a subject before the verb
// (find-speakers.ts), an inverted one ('"...," said Peskov'), a verb sharing an earlier verb's
// subject (clause-subject.ts), someone "quoted as saying", or "according to X".
import type { Sentence, Token } from '../../model/types';
import { checkFileBudget } from '../../ingest/budget';
import { phraseAt } from '../lexicon-match';
import { insideQuote } from '../quotes';
import { isIngForm, isPossessive } from '../../lang/en/morphology';
import { mentionEndingAt, mentionsFrom, type ArticleView, type Cue, type Discourse, type Speaker } from '../view';
import { participleAfterPreposition, sharedClauseSubject } from './clause-subject';
import { resolvePronoun, resolveSpeakerMention } from './antecedents';
import { passiveAgent } from './passive-agent';
import { passiveAppeal } from './passive-appeal';
import { describedAgain, describedAnew, ledeReferent } from './lede-descriptions';
import { forgetNamePhrases, insideNamePhrase, isCueToken, rememberSpeaker, subjectLeft, subjectRight, attributedAfterComma } from './find-speakers';

export function findCues(view: ArticleView, sentence: Sentence, discourse: Discourse): Cue[] {
  forgetNamePhrases(view, sentence);
  const cues: Cue[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    checkFileBudget(); // a sentence can be a whole file long
    const lemma = isCueToken(view, sentence, i);
    if (!lemma) continue;
    // ", saying ...", and "issued a statement (from Brussels) saying ...": the clause's speaker
    const gerund = isIngForm(tokens[i].normal) && (tokens[i - 1]?.normal === ',' || utteranceBefore(view, tokens, i));
    if (gerund) {
      // ", stating that ..." continues the clause's own speaker: the cue before it, or else the
      // subject of the main clause ("X defended the plan on Monday, saying ...")
      const main = cues.some((c) => c.speaker && 'mention' in c.speaker) || !(introducesContent(sentence, i) || reproachesAnObject(view, sentence, i, lemma)) ? null : mainClauseSubject(view, sentence, i, discourse);
      if (main !== null) {
        cues.push({ token: i, lemma, speaker: main.speaker, from: main.from });
        if (main.speaker && 'mention' in main.speaker) rememberSpeaker(view, discourse, main.speaker.mention, sentence.index);
      }
      continue;
    }
    const quotedAs = quotedAsSaying(view, sentence, i, discourse);
    if (quotedAs) {
      cues.push({ token: i, lemma, speaker: quotedAs.speaker, from: quotedAs.from }); // "Peskov was quoted by TASS as saying"
      if (quotedAs.speaker && 'mention' in quotedAs.speaker) rememberSpeaker(view, discourse, quotedAs.speaker.mention, sentence.index);
      continue;
    }
    if (anaphoricObject(view, tokens, i)) continue; // "He said this after ..." repeats a reported utterance
    // (accusing and rejecting verbs read their passives themselves: relations/detectors/conflict-words.ts)
    const agent = view.knowledge.cues.proposalVerbs.has(lemma) || view.knowledge.functionWords.passiveSpeechVerbs.has(lemma) ? passiveAgent(view, sentence, i) : null;
    if (agent !== null) {
      cues.push({ token: i, lemma, speaker: { mention: agent }, from: 0 }); // "a summit was proposed by the Arab League"
      rememberSpeaker(view, discourse, agent, sentence.index);
      continue;
    }
    // "Norway offered to host the talks, said Foreign Minister Espen Barth Eide": the name after the verb, not the earlier subject
    const named = attributedAfterComma(view, sentence, i) ? subjectRight(view, sentence, i) : null;
    if (named && 'mention' in named) {
      cues.push({ token: i, lemma, speaker: named, from: i });
      rememberSpeaker(view, discourse, named.mention, sentence.index);
      continue;
    }
    const shared = sharedSubject(sentence, i, cues);
    if (shared) {
      cues.push({ ...shared, token: i, lemma }); // "inspected a unit and called for", "says ..., warns Warsaw"
      continue;
    }
    // "Ghana joined its neighbours in urging Mali to": the main clause's subject, not the object before the preposition
    const participial = participleAfterPreposition(view, sentence, i) ? sharedClauseSubject(view, sentence, i, discourse, cues) : null;
    if (participial?.speaker && 'mention' in participial.speaker) {
      cues.push({ token: i, lemma, speaker: participial.speaker, from: participial.from });
      rememberSpeaker(view, discourse, participial.speaker.mention, sentence.index);
      continue;
    }
    if (passiveAppeal(view, tokens, i)) continue; // "Nepal Urged To Restore Democracy": Nepal is urged, nobody named speaks
    const left = coordinatedVerbSubject(view, sentence, i, discourse) ?? subjectLeft(view, sentence, i, discourse);
    if (reportedWithin(sentence, left.from, cues)) continue; // "Macron said Paris had not ruled out ...": Macron's words
    // "A Syrian rebel commander says ...": the one the next sentence names; "the rebel commander" later is the same
    const described = ledeReferent(view, sentence, i, left.speaker, discourse) ?? describedAgain(view, sentence, i, left.speaker, left.from, discourse);
    // "the former guard commander told the AP" after a sentence about General X: X
    const anew = described === null ? describedAnew(view, sentence, i, left.speaker, left.from, discourse) : null;
    const right = described !== null ? { mention: described } : anew !== null ? { mention: anew } : left.speaker ?? subjectRight(view, sentence, i);
    // "X called it reckless and said ...", "X ended by saying ...": the main clause's subject
    const main = right === null ? sharedClauseSubject(view, sentence, i, discourse, cues) : null;
    const speaker = main?.speaker ?? right;
    if (correspondentOf(view, sentence, speaker, lemma, i)) continue; // "VOA's X reports ...": the news, not X's claim
    cues.push({ token: i, lemma, speaker, from: main?.from ?? (described !== null ? 0 : left.from) });
    if (speaker && 'mention' in speaker) rememberSpeaker(view, discourse, speaker.mention, sentence.index);
    // "Amnesty published a report on Monday", "North Korea said in a statement": "the report says",
    // "The statement also threatened" later are that speaker's
    if (speaker && 'mention' in speaker && (view.knowledge.cues.utteranceVerbs.has(lemma) || inAnUtterance(view, tokens, i))) discourse.lastReportAuthor = speaker.mention;
  }
  if (!cues.some((c) => c.speaker && 'mention' in c.speaker)) {
    const according = accordingTo(view, sentence, discourse);
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
export function sharedSubject(sentence: Sentence, cue: number, earlier: Cue[]): Cue | null {
  const { tokens } = sentence;
  const before = tokens[cue - 1];
  if (!before || !(['and', 'but', ','].includes(before.normal))) return null;
  const previous = earlier[earlier.length - 1];
  if (previous?.speaker && 'mention' in previous.speaker) return previous;
  return null;
}

/**
 * "Senator X criticised the budget on Monday, saying ...", "The union endorsed the plan, calling it
 * ...": a participle of saying after a comma speaks for the subject of the sentence's first verb
 * that has one (a named or an unnamed subject; a verb without a subject, as in "After meeting Y,",
 * is passed over).
 */
/** How far before a participle the noun of the utterance it reports may be ("a statement from Brussels saying"). */
const UTTERANCE_REACH = 4;

/** Is the participle the words of an utterance noun just before it ("issued a statement saying")? */
function utteranceBefore(view: ArticleView, tokens: Token[], participle: number): boolean {
  for (let k = participle - 1; k >= 0 && participle - k <= UTTERANCE_REACH; k--) {
    if (tokens[k].pos === 'NOUN' && view.knowledge.cues.utteranceNouns.has(tokens[k].normal)) return true;
    if (!['ADP', 'PROPN', 'DET', 'NOUN', 'ADJ'].includes(tokens[k].pos)) return false;
  }
  return false;
}

export function mainClauseSubject(view: ArticleView, sentence: Sentence, participle: number, discourse: Discourse): { speaker: Speaker; from: number } | null {
  const { tokens } = sentence;
  for (let v = 1; v < participle - 1; v++) {
    const t = tokens[v];
    if (t.pos === 'SCONJ') return null; // "X repeated claims that Y recites ..., calling": Y's verb is no main verb
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || insideQuote(view.quotes, t.start) || insideNamePhrase(view, sentence, v)) continue;
    const subject = subjectLeft(view, sentence, v, discourse);
    if (subject.speaker === null) continue;
    return 'mention' in subject.speaker ? subject : null;
  }
  return null;
}

/**
 * A participle that reports words: followed by "that", "for", a colon or a quote ("calling it “a
 * disgrace”"), or by a clause ("saying the plan would fail"); ", maintaining close ties with X"
 * reports none.
 */
export function introducesContent(sentence: Sentence, participle: number): boolean {
  const after = sentence.tokens.slice(participle + 1, participle + 8);
  if (['that', 'for', ':'].includes(after[0]?.normal ?? '')) return true;
  if (after.slice(0, 3).some((t) => /^["“‘]$/.test(t.text))) return true;
  return after.slice(1).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !isIngForm(t.normal)));
}

/** Words that may open the object of a participle ("accusing Tanzania of", "condemning the attack"). */
const OBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ']);
/** How far after a labelling participle its label may start ("calling the border closure a mistake"). */
const LABEL_REACH = 8;

/**
 * ", accusing Tanzania of ...", ", condemning the attack", ", calling the closure a mistake": a
 * participle of reproach with its object, or of labelling with its object and the label, reports
 * words even with no clause after it (verbal-conflict.json accusation verbs and labelVerbs).
 */
function reproachesAnObject(view: ArticleView, sentence: Sentence, participle: number, lemma: string): boolean {
  const { tokens } = sentence;
  const { verbs, labelVerbs } = view.knowledge.verbalConflict.accusation;
  if (!OBJECT_OPENERS.has(tokens[participle + 1]?.pos ?? '')) return false;
  if (verbs.has(lemma)) return true;
  if (!labelVerbs.has(lemma)) return false;
  for (let k = participle + 2; k < tokens.length && k <= participle + LABEL_REACH; k++) {
    if (tokens[k].normal === 'as' || (['a', 'an'].includes(tokens[k].normal) && OBJECT_OPENERS.has(tokens[k - 1].pos))) return true;
    if (!OBJECT_OPENERS.has(tokens[k].pos) && tokens[k].pos !== 'ADP') return false;
  }
  return false;
}

/** "Zelensky thanked the Turkish president and said": the subject of the verb before "and". */
export function coordinatedVerbSubject(view: ArticleView, sentence: Sentence, cue: number, discourse: Discourse): { speaker: Speaker; from: number } | null {
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
export function reportedWithin(sentence: Sentence, subjectStart: number, earlier: Cue[]): boolean {
  const previous = earlier[earlier.length - 1];
  if (!previous || !previous.speaker || !('mention' in previous.speaker)) return false;
  // "said the EU would react": the subject's determiner is part of it
  let opening = subjectStart;
  while (opening - 1 > previous.token && sentence.tokens[opening - 1].pos === 'DET') opening--;
  const gap = opening - previous.token;
  const that = sentence.tokens[previous.token + 1]?.normal === 'that' ? 1 : 0;
  // "told RIA Novosti that the EU was ... and that Russia would respond": still the speaker's words
  const afterThat = sentence.tokens[subjectStart - 1]?.normal === 'that' && subjectStart > previous.token && !appositiveRelative(sentence, subjectStart - 1);
  return (gap > 0 && gap <= 1 + that) || afterThat;
}

/**
 * ', a position that the EU commissioner called ...': a "that" after a noun phrase set off by a
 * comma opens a relative clause about that noun, whose subject speaks for itself ("told reporters
 * that" and "and that" stay the earlier speaker's).
 */
function appositiveRelative(sentence: Sentence, that: number): boolean {
  const { tokens } = sentence;
  if (tokens[that - 1]?.pos !== 'NOUN') return false;
  let k = that - 2;
  while (k >= 0 && ['ADJ', 'NOUN', 'DET'].includes(tokens[k].pos)) k--;
  return tokens[k]?.normal === ',';
}

/** The verb of "was quoted as saying", "the agency quotes X as saying". */
const QUOTE_VERB = 'quote';

/** How far before "as saying" its "quoted" may be ("quotes National Defense Minister Abdel Rahim Mohamed Hussein as saying"). */
const QUOTED_REACH = 12;

/** "Peskov was quoted by TASS as saying": the subject of "was quoted", not the agency. */
export function quotedAsSaying(view: ArticleView, sentence: Sentence, cue: number, discourse: Discourse): { speaker: Speaker; from: number } | null {
  const { tokens } = sentence;
  if (tokens[cue - 1]?.normal !== 'as') return null;
  // the last "quoted" before the cue, looked for only as far back as it may be (not over the whole sentence)
  let quoted = cue - 1;
  while (quoted >= Math.max(0, cue - QUOTED_REACH) && tokens[quoted].lemma !== QUOTE_VERB) quoted--; // "quoted", "quotes", "quoting"
  if (quoted < 0 || cue - quoted > QUOTED_REACH) return null;
  // "state media quoted the minister as saying", "Xinhua quoted him as saying": the one quoted
  // speaks, not the outlet that relays the words
  if (tokens[quoted - 1]?.pos !== 'AUX') {
    const object = quotedObject(view, sentence, quoted, cue, discourse);
    if (object !== null) return object;
  }
  return subjectLeft(view, sentence, quoted, discourse);
}

/** The person or body between an active "quoted" and "as saying": a name, a title, or a pronoun for an earlier speaker. */
function quotedObject(view: ArticleView, sentence: Sentence, quoted: number, cue: number, discourse: Discourse): { speaker: Speaker; from: number } | null {
  const pronoun = sentence.tokens[quoted + 1];
  if (quoted + 2 === cue - 1 && view.knowledge.pronouns.get(pronoun.normal) === 'Person') {
    const resolved = resolvePronoun(view, sentence, quoted + 1, discourse);
    return { speaker: resolved === null ? { unnamed: true } : { mention: resolved }, from: 0 };
  }
  const named = mentionsFrom(view, sentence, quoted + 1, cue - 2).filter((m) => view.mentions[m].label !== 'Location' && view.mentions[m].qualifies === undefined);
  if (named.length === 0) return null;
  return { speaker: resolveSpeakerMention(view, named[named.length - 1]), from: 0 };
}

export function anaphoricObject(view: ArticleView, tokens: Token[], cue: number): boolean {
  const k = view.knowledge;
  const next = tokens[cue + 1]?.normal ?? '';
  const after = tokens[cue + 2]?.normal ?? '';
  const temporal = k.days.has(after) || k.months.has(after) || k.temporalWords.has(after); // "asserted this Thursday"
  // "said this aggression must not be ignored", "said this was wrong": the word opens a clause, the content
  return k.cues.anaphoricObjects.has(next) && !temporal && !clauseAfter(tokens, cue + 1);
}

/** How far after "this" its clause's verb may come ("this aggression against Djibouti must"). */
const CLAUSE_REACH = 5;

/** Does a clause start at `k`: a verb right after the word, or after its noun phrase, before any punctuation? */
function clauseAfter(tokens: Token[], k: number): boolean {
  if (['AUX', 'VERB'].includes(tokens[k + 1]?.pos ?? '')) return true; // "this was wrong"
  if (tokens[k]?.pos !== 'DET') return false;
  for (let j = k + 2; j < tokens.length && j <= k + CLAUSE_REACH; j++) {
    if (tokens[j].pos === 'AUX' || tokens[j].pos === 'VERB') return true;
    if (tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** "according to X" names the speaker only when no verb of saying in the sentence has one. */
export function accordingTo(view: ArticleView, sentence: Sentence, discourse: Discourse): { token: number; mention: number } | null {
  const { tokens } = sentence;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!phraseAt(tokens, i, ['according', 'to']) || insideQuote(view.quotes, tokens[i].start)) continue;
    // the source ends at the comma: "According to this report, Iran has resumed ..." names no source after it
    let end = i + 2;
    while (end < tokens.length && end < i + ACCORDING_REACH && tokens[end].normal !== ',') end++;
    const after = mentionsFrom(view, sentence, i + 2, end - 1).filter((m) => view.mentions[m].qualifies === undefined && view.mentions[m].label !== 'Location');
    if (after.length > 0) return { token: i, mention: after[0] };
    // "according to the report": the author of the report the text last named
    const noun = tokens.slice(i + 2, end).findIndex((t) => view.knowledge.cues.utteranceNouns.has(t.normal));
    if (noun >= 0 && discourse.lastReportAuthor !== null && view.knowledge.functionWords.definiteDeterminers.has(tokens[i + 2].normal)) return { token: i, mention: discourse.lastReportAuthor };
  }
  return null;
}

/** How many words after "according to" its source may take. */
const ACCORDING_REACH = 8;


/**
 * "From Nairobi, VOA's Jane Doe reports the talks have stalled": an outlet's own person relaying the
 * news with a verb of relaying (function-words.json relayVerbs) is its correspondent, who claims nothing.
 */
function correspondentOf(view: ArticleView, sentence: Sentence, speaker: Speaker, lemma: string, verb: number): boolean {
  if (!speaker || !('mention' in speaker) || !view.knowledge.functionWords.relayVerbs.has(lemma)) return false;
  const person = view.mentions[speaker.mention];
  if (person.label !== 'Person' || person.sentence !== sentence.index) return false;
  if (view.knowledge.functionWords.filingVerbs.has(lemma) && filedFrom(view, sentence, person.tokens[1], verb)) return true;
  const start = person.phraseStart ?? person.tokens[0];
  const possessive = sentence.tokens[start - 1];
  // "VOA's", and the bare apostrophe of a name in s ("Reuters'")
  if (!isPossessive(possessive) && possessive?.normal !== "'") return false;
  const outlet = mentionEndingAt(view, sentence, start - 2) ?? mentionEndingAt(view, sentence, start - 1);
  return outlet !== null && view.mentions[outlet].conduit === true;
}

/** "Jane Doe in Ankara reports", "as Jane Doe reports from New Delhi": a place named between the reporter and the verb, or right after the verb. */
function filedFrom(view: ArticleView, sentence: Sentence, nameEnd: number, verb: number): boolean {
  const { tokens } = sentence;
  const places = view.knowledge.functionWords.placePrepositions;
  // a place is often no mention at all ('in Ankara'): a proper noun that starts no mention of a person or body
  const placeAt = (k: number): boolean => tokens[k]?.pos === 'PROPN' && !view.bySentence[sentence.index].some((m) => view.mentions[m].tokens[0] === k && (view.mentions[m].label === 'Person' || view.mentions[m].label === 'Organization'));
  if (places.has(tokens[nameEnd + 1]?.normal ?? '') && placeAt(nameEnd + 2)) return true;
  return verb === nameEnd + 1 && places.has(tokens[verb + 1]?.normal ?? '') && placeAt(verb + 2);
}

/** How many words after a verb of saying "in a statement" may start ("said on Saturday in a statement"). */
const IN_UTTERANCE_REACH = 5;

/** "said in a statement", "told reporters in an interview": "in", an indefinite determiner (not function-words.json definiteDeterminers) and a noun of utterance (cues.json) shortly after the verb at `verb`. */
function inAnUtterance(view: ArticleView, tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length - 2 && k <= verb + IN_UTTERANCE_REACH; k++) {
    const indefinite = tokens[k + 1].pos === 'DET' && !view.knowledge.functionWords.definiteDeterminers.has(tokens[k + 1].normal);
    if (tokens[k].normal === 'in' && indefinite && view.knowledge.cues.utteranceNouns.has(tokens[k + 2].normal)) return true;
  }
  return false;
}
