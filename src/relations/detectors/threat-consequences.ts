// A consequence foretold for the party a condition asks to act (CAMEO 13, "threaten"): "if
// Ruritania continues the tests, it will find itself isolated", "Pyongyang must bear in mind that
// only isolation awaits if it continues such provocations", "it should be removed from power if
// it continues to help terrorists". The speaker ties what will happen to that party to its
// conduct, which is a warning to it whatever the consequence is. The party must be the subject of
// both halves (by name or pronoun) and not the speaker's side: "if Seoul continues the drills,
// Pyongyang will respond" is Pyongyang's own act (an ultimatum, threat-demands.ts), and "if prices
// do not rise, farmers will plant less" names no party (knowledge: threat-frames.json "demands").
import type { Sentence } from '../../model/types';
import { phraseAt } from '../../extract/lexicon-match';
import { mentionEndingAt, mentionsFrom, type ArticleView } from '../../extract/view';
import { demandingConditionAt } from './threat-demands';
import { ownSide, subjectEnd } from './speaker-side';

type Range = { from: number; to: number };

/** A subject: a named actor (its mention) or a third-person pronoun. */
type Subject = { mention: number } | { pronoun: string };

/** How many words may open the condition before its subject ("if, however, the government"). */
const SUBJECT_REACH = 3;

/**
 * The party a consequence is foretold for under a condition that asks it to act: its mention when
 * it is named in either half, null when both halves name it by the same pronoun only; undefined
 * when the ranges hold no such consequence.
 */
export function conditionedParty(view: ArticleView, sentence: Sentence, source: number, ranges: Range[]): number | null | undefined {
  const { tokens } = sentence;
  const within = (k: number): boolean => ranges.some((r) => k >= r.from && k <= r.to);
  // the modals in what was said, found once: a sentence holds few conditions and few modals
  const modals = tokens.flatMap((t, m) => (within(m) && t.pos === 'AUX' && view.knowledge.threatFrames.demandModals.has(t.normal) ? [m] : []));
  if (modals.length === 0) return undefined;
  for (let k = 0; k < tokens.length; k++) {
    if (!within(k) || !demandingConditionAt(view, tokens, k)) continue;
    const clauseEnd = conditionEnd(sentence, k);
    const asked = subjectAfter(view, sentence, k + openerLength(view, sentence, k), clauseEnd);
    if (!asked) continue;
    for (const m of modals) {
      if (m >= k && m <= clauseEnd) continue;
      const party = sameParty(view, asked, foretoldSubject(view, sentence, m));
      if (party === undefined || (party !== null && ownSide(view, source, party))) continue;
      return party;
    }
  }
  return undefined;
}

/** Where the condition opened at k ends: before the next comma or semicolon, or at the sentence's end. */
function conditionEnd(sentence: Sentence, k: number): number {
  for (let j = k + 1; j < sentence.tokens.length; j++) if (sentence.tokens[j].normal === ',' || sentence.tokens[j].normal === ';') return j - 1;
  return sentence.tokens.length - 1;
}

/** "if" and "unless" open with one word, "as long as" with three. */
function openerLength(view: ArticleView, sentence: Sentence, k: number): number {
  const opener = view.knowledge.threatFrames.demandWhiles.find((p) => phraseAt(sentence.tokens, k, p));
  return opener ? opener.length : 1;
}

/** The condition's subject right after its opener: a third-person pronoun or a named actor. */
function subjectAfter(view: ArticleView, sentence: Sentence, from: number, to: number): Subject | null {
  const pronoun = thirdPerson(view, sentence, from);
  if (pronoun) return { pronoun };
  const actor = mentionsFrom(view, sentence, from, Math.min(to, from + SUBJECT_REACH)).find((m) => isActor(view, m));
  return actor === undefined ? null : { mention: actor };
}

/** The subject right before a modal, past adverbs and quote marks (speaker-side.ts subjectEnd: 'China "could end up isolated"'): a third-person pronoun or a named actor. */
function foretoldSubject(view: ArticleView, sentence: Sentence, modal: number): Subject | null {
  const j = subjectEnd(view, sentence.tokens, modal);
  if (j < 0) return null;
  const pronoun = thirdPerson(view, sentence, j);
  if (pronoun) return { pronoun };
  const actor = mentionEndingAt(view, sentence, j);
  return actor !== null && isActor(view, actor) ? { mention: actor } : null;
}

/** "it", "they", "he", "she" (not "I" or "we": the speaker's own side). */
function thirdPerson(view: ArticleView, sentence: Sentence, k: number): string | null {
  const t = sentence.tokens[k];
  if (!t || t.pos !== 'PRON' || !view.knowledge.pronouns.has(t.normal) || view.knowledge.functionWords.firstPersonSubjects.has(t.normal)) return null;
  return t.normal;
}

function isActor(view: ArticleView, m: number): boolean {
  return view.mentions[m].label !== 'Location' && !view.mentions[m].weak;
}

/** One party in both halves: the named one's mention, null for one pronoun in both, undefined for two parties. */
function sameParty(view: ArticleView, asked: Subject, foretold: Subject | null): number | null | undefined {
  if (!foretold) return undefined;
  if ('mention' in asked && 'mention' in foretold) return view.mentions[asked.mention].canonical === view.mentions[foretold.mention].canonical ? asked.mention : undefined;
  if ('mention' in asked) return asked.mention;
  if ('mention' in foretold) return foretold.mention;
  return asked.pronoun === foretold.pronoun ? null : undefined;
}
