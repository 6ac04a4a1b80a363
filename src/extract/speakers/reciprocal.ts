// "Fighting broke out between Armenia and Azerbaijan. Each side blamed the other for starting it",
// "Both sides accused each other of violating the truce": a reciprocal subject (mention-words.json
// reciprocalSubjects) before a verb of saying is the two parties the article just named together,
// each of whom says it, aimed at the other. Only where exactly two parties fit. So do two named
// subjects of a verb of saying with a reciprocal object ("Ecuador and Peru accused each other").
import type { Claim, Sentence } from '../../model/types';
import { phraseAt } from '../lexicon-match';
import { speechVerbAfter, type ArticleView, type Cue } from '../view';
import { typedClaims, utteranceStarts } from '../typed-claims';

/** How many sentences back the two parties may have been named. */
const SIDES_REACH = 3;
/** Words (auxiliaries, adverbs) that may stand between the subject and its verb ("each side has blamed"). */
const VERB_REACH = 3;

export function reciprocalClaims(view: ArticleView, claims: Claim[]): Claim[] {
  const said = utteranceStarts(claims);
  const out: Claim[] = [];
  for (const sentence of view.sentences) {
    out.push(...mutualClaims(view, sentence, claims));
    if (said.has(sentence.start)) continue;
    const verb = reciprocalVerb(view, sentence);
    if (verb < 0) continue;
    const sides = twoSides(view, sentence.index);
    if (!sides) continue;
    const cue: Cue = { token: verb, lemma: sentence.tokens[verb].lemma, speaker: null, from: 0 };
    const region = { from: 0, to: sentence.tokens.length - 1 };
    sides.forEach((side, k) => {
      const other = sides[1 - k];
      for (const claim of typedClaims(view, sentence, side, { ...cue, speaker: { mention: side } }, region)) out.push({ ...claim, targets: [other] });
    });
  }
  return out;
}

/** The verb of saying right after a reciprocal subject that opens the sentence or a clause, or -1. */
function reciprocalVerb(view: ArticleView, sentence: Sentence): number {
  const { tokens } = sentence;
  const { reciprocalSubjects } = view.knowledge.mentionWords;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1].pos !== 'PUNCT' && tokens[i - 1].pos !== 'CCONJ') continue;
    const subject = reciprocalSubjects.find((p) => phraseAt(tokens, i, p));
    if (!subject) continue;
    const verb = speechVerbAfter(view, sentence, i + subject.length, VERB_REACH);
    if (verb >= 0) return verb;
  }
  return -1;
}

/**
 * The two states or bodies the last few sentences name (adjectives included: "Armenian President
 * X"), when there are exactly two: each as a mention that names it as an actor, the latest before
 * the sentence.
 */
function twoSides(view: ArticleView, index: number): [number, number] | null {
  const names: string[] = [];
  for (let s = index; s >= 0 && s >= index - SIDES_REACH; s--) {
    for (const m of view.bySentence[s]) {
      const mention = view.mentions[m];
      if ((mention.label !== 'State' && mention.label !== 'Organization') || mention.conduit || !mention.canonical || names.includes(mention.canonical)) continue;
      names.push(mention.canonical);
      if (names.length > 2) return null;
    }
  }
  if (names.length !== 2) return null;
  const [a, b] = names.map((name) => actorMention(view, name, index));
  return a !== null && b !== null ? [a, b] : null;
}

/** The latest mention up to the sentence that names the actor (not an adjective), or the first after it. */
function actorMention(view: ArticleView, canonical: string, index: number): number | null {
  let found: number | null = null;
  view.mentions.forEach((m, i) => {
    if (m.canonical !== canonical || m.weak || m.qualifies !== undefined) return;
    if (found === null || m.sentence <= index) found = i;
  });
  return found;
}

/**
 * "Ecuador and Peru accused each other of ...": both subjects say it, each aimed at the other (the
 * speaker search credits the verb to the nearer one only). Adds the claims each side lacks.
 */
function mutualClaims(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[] {
  const { tokens } = sentence;
  const verb = tokens.findIndex((t, k) => t.pos === 'VERB' && view.knowledge.cues.speechVerbs.has(t.lemma) && view.knowledge.mentionWords.reciprocalObjects.some((p) => phraseAt(tokens, k + 1, p)));
  if (verb < 0) return [];
  const names = new Map<string, number>();
  for (const m of view.bySentence[sentence.index]) {
    const mention = view.mentions[m];
    if (mention.tokens[1] >= verb || mention.label === 'Location' || mention.weak || mention.qualifies !== undefined || !mention.canonical) continue;
    if (!names.has(mention.canonical)) names.set(mention.canonical, m);
  }
  if (names.size !== 2) return [];
  const sides = [...names.values()];
  const region = { from: 0, to: tokens.length - 1 };
  const has = (side: number, type: string): boolean => claims.some((c) => c.evidence.start === sentence.start && c.type === type && view.mentions[c.source].canonical === view.mentions[side].canonical);
  return sides.flatMap((side, k) => {
    const cue: Cue = { token: verb, lemma: tokens[verb].lemma, speaker: { mention: side }, from: 0 };
    return typedClaims(view, sentence, side, cue, region)
      .filter((c) => !has(side, c.type))
      .map((c) => ({ ...c, targets: [sides[1 - k]] }));
  });
}

