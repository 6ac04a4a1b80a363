// A claim about someone the speaker names by a pronoun: "He was named the leader of the group after
// we killed his predecessor", "In spite of that, he continues the escalation" — the words are about
// the person "he" stands for, the latest person of that gender named before, when that is not the
// speaker or on the speaker's side. Only a subject pronoun that tells a gender ("he", "she") counts.
import type { Sentence } from '../model/types';
import type { ArticleView } from './view';
import { PRONOUN_MEMORY } from './speakers/antecedents';
import { baseForm } from '../lang/en/morphology';

/** What the caller knows of a mention: on the speaker's side; a person at all (a lone capitalised word may be none). */
export interface PersonTests {
  isOwn: (m: number) => boolean;
  plausible: (m: number) => boolean;
}

/** Where a subject may start: the first word of the words, or after a comma, a quote mark or a clause opener. */
function opensSubject(view: ArticleView, sentence: Sentence, at: number, from: number): boolean {
  if (at === from) return true;
  const before = sentence.tokens[at - 1];
  return /^[,"“”:;]$/.test(before.text) || view.knowledge.functionWords.clauseOpeners.has(before.normal);
}

/**
 * The person a gendered subject pronoun in the claim's words stands for, or null. `ranges` are the
 * token ranges of what the speaker said.
 */
export function pronounReferent(view: ArticleView, sentence: Sentence, ranges: { from: number; to: number }[], source: number, side: PersonTests): number | null {
  const { tokens } = sentence;
  for (const range of ranges) {
    for (let i = range.from; i <= range.to && i < tokens.length; i++) {
      const gender = view.knowledge.pronounGender.get(tokens[i].normal);
      if (!gender || view.knowledge.pronouns.get(tokens[i].normal) !== 'Person') continue;
      const next = tokens[i + 1];
      if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX') || !opensSubject(view, sentence, i, range.from)) continue;
      // "—in the next two weeks, he said—": a speech tag names a speaker, not what the words are about
      if (view.knowledge.cues.speechVerbs.has(baseForm(next)) || view.knowledge.cues.quoteVerbs.has(baseForm(next))) continue;
      return latestPerson(view, sentence, i, gender === 'f' ? 'm' : 'f', source, side);
    }
  }
  return null;
}

/** The latest person named before token `before` (this sentence, then up to PRONOUN_MEMORY back) not of gender `other`, unless that is the speaker or their side. */
function latestPerson(view: ArticleView, sentence: Sentence, before: number, other: string, source: number, side: PersonTests): number | null {
  const speaker = view.mentions[source].canonical;
  const speakerSurname = speaker.split(' ').pop();
  for (let s = sentence.index; s >= Math.max(0, sentence.index - PRONOUN_MEMORY); s--) {
    const here = view.bySentence[s];
    for (let k = here.length - 1; k >= 0; k--) {
      const m = view.mentions[here[k]];
      if (s === sentence.index && m.tokens[0] >= before) continue;
      if (m.label !== 'Person' || !m.canonical || m.weak || m.gender === other) continue;
      // "Trump said he would call Putin": the pronoun is the speaker, or one of theirs, and no target
      if (m.canonical === speaker || m.canonical.split(' ').pop() === speakerSurname || side.isOwn(here[k])) return null;
      if (side.plausible(here[k])) return here[k];
    }
  }
  return null;
}
