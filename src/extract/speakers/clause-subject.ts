// Verbs of saying that share the subject of an earlier verb in their sentence: "X called the plan
// “reckless” and said ...", "X did not name him, but told reporters ...", "X ended the speech by
// saying ...", "X is continuing to insist ...". The verb has no subject of its own to its left, so
// the speaker is the subject of the sentence's main clause.
import type { Sentence } from '../../model/types';
import { insideQuote } from '../quotes';
import { isIngForm } from '../../lang/en/morphology';
import type { ArticleView, Cue, Discourse, Speaker } from '../view';
import { insideNamePhrase, skippable, subjectLeft } from './find-speakers';

/**
 * The subject a verb of saying shares with its sentence's main clause, when the word before it
 * (past adverbs) links it to that clause: a conjunction, a dash, a preposition before a participle
 * ("by saying", "in urging"), or "to" after a verb ("continuing to insist"). The speaker of an earlier verb of
 * saying in the sentence comes first ("he refused to rule out"). Null when nothing links the verb,
 * the main clause has no subject, or its subject is "I", "we" or "you" (a voice, no one named).
 */
export function sharedClauseSubject(view: ArticleView, sentence: Sentence, cue: number, discourse: Discourse, earlier: Cue[]): { speaker: Speaker; from: number } | null {
  const { tokens } = sentence;
  const k = view.knowledge;
  let link = cue - 1;
  while (link > 0 && skippable(tokens[link], k)) link--;
  // "in urging": skippable() passes the preposition itself, so the participle is read on its own
  const linked = link > 0 && k.functionWords.sharedSubjectLinks.has(tokens[link].normal);
  if (!linked && !participleAfterPreposition(view, sentence, cue)) return null;
  if (tokens[link].normal === 'to') {
    // "is continuing to insist", not "asked the envoy to say" (the envoy speaks)
    let verb = link - 1;
    while (verb > 0 && skippable(tokens[verb], k)) verb--;
    if (tokens[verb]?.pos !== 'VERB') return null;
  }
  const previous = earlier[earlier.length - 1];
  if (previous?.speaker && 'mention' in previous.speaker) return { speaker: previous.speaker, from: previous.from };
  const main = firstClauseSubject(view, sentence, link, discourse);
  if (main === null) return null;
  const subject = tokens[main.from]?.normal ?? '';
  return k.pronouns.has(subject) && !k.pronounGender.has(subject) && k.pronouns.get(subject) === 'Person' ? null : main;
}

/**
 * "joined its neighbours in urging Mali to", "ended the talks by calling for": a verb of saying as a
 * participle after a preposition (function-words.json participleLinks). It has no subject of its own;
 * the nouns before the preposition are objects, never its speaker.
 */
export function participleAfterPreposition(view: ArticleView, sentence: Sentence, cue: number): boolean {
  const { tokens } = sentence;
  if (!isIngForm(tokens[cue].normal)) return false;
  let link = cue - 1;
  while (link > 0 && tokens[link].pos === 'ADV') link--; // not skippable(): it passes "in" itself
  return link > 0 && view.knowledge.functionWords.participleLinks.has(tokens[link].normal);
}

/** The subject of the first verb before `end` that has one, outside quotes and names; null after a subordinating word. */
function firstClauseSubject(view: ArticleView, sentence: Sentence, end: number, discourse: Discourse): { speaker: Speaker; from: number } | null {
  const { tokens } = sentence;
  for (let v = 1; v < end; v++) {
    const t = tokens[v];
    if (t.pos === 'SCONJ') return null; // "Although X was asked, ..." leaves the main clause after the verb
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || insideQuote(view.quotes, t.start) || insideNamePhrase(view, sentence, v)) continue;
    const subject = subjectLeft(view, sentence, v, discourse);
    if (subject.speaker !== null) return subject;
  }
  return null;
}
