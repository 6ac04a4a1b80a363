// "The United States and the European Union have denounced X", "the US, the EU, Britain and
// Canada said they would ...": every actor of a coordinated subject says what its verb says, and so
// does the one a speaker joins ("X joined Y in calling on Z"). The
// speaker search finds the last one; each other one gets the same claims (the gold counts one
// relation per speaker), aimed at the same parties but never at one another.
import type { Claim, Sentence } from '../../model/types';
import { coordinatedSubject } from '../../relations/detectors/conflict-words';
import { plausibleActor } from '../targets';
import { mentionsFrom, type ArticleView } from '../view';
import { skippable } from './find-speakers';

export function coordinatedSpeakerClaims(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const said = new Set(claims.map((c) => `${c.type} ${view.mentions[c.source].canonical}`));
  for (const speaker of new Set(claims.map((c) => c.source))) {
    if (!subjectOfVerb(view, sentence, speaker)) continue;
    const coordinated = [...coordinatedSubject(view, sentence, speaker), ...joinedActor(view, sentence, speaker)];
    // "Mediators from Egypt, Qatar and the US have proposed": the list is inside the subject, not it
    if (sentence.tokens[view.mentions[coordinated[0]].tokens[0] - 1]?.pos === 'ADP') continue;
    const group = coordinated.filter((m) => m !== speaker && plausibleActor(view, m) && view.mentions[m].label !== 'Location');
    if (group.length === 0) continue;
    const together = new Set([speaker, ...group].map((m) => view.mentions[m].canonical));
    for (const claim of claims.filter((c) => c.source === speaker)) {
      const targets = claim.targets.filter((t) => !together.has(view.mentions[t].canonical));
      claim.targets = targets;
      for (const other of group) {
        const key = `${claim.type} ${view.mentions[other].canonical}`;
        if (said.has(key)) continue;
        said.add(key);
        out.push({ ...claim, source: other, targets: [...targets] });
      }
    }
  }
  return out;
}

/** Is the mention the subject of the verb right after it ("X and Y have both denounced")? */
function subjectOfVerb(view: ArticleView, sentence: Sentence, m: number): boolean {
  const mention = view.mentions[m];
  if (mention.sentence !== sentence.index) return false;
  let k = mention.tokens[1] + 1;
  const { tokens } = sentence;
  while (k < tokens.length && (tokens[k].pos === 'AUX' || skippable(tokens[k], view.knowledge))) k++;
  return tokens[k]?.pos === 'VERB';
}

/** "Reid joined Pelosi in urging ...": the actor the speaker's verb of joining (function-words.json joiningVerbs) takes as its object before "in", or none. */
function joinedActor(view: ArticleView, sentence: Sentence, m: number): number[] {
  const { tokens } = sentence;
  let k = view.mentions[m].tokens[1] + 1;
  while (k < tokens.length && (tokens[k].pos === 'AUX' || skippable(tokens[k], view.knowledge))) k++;
  if (tokens[k]?.pos !== 'VERB' || !view.knowledge.functionWords.joiningVerbs.has(tokens[k].lemma)) return [];
  const joined = mentionsFrom(view, sentence, k + 1, Math.min(k + 2, tokens.length - 1)).filter((j) => (view.mentions[j].phraseStart ?? view.mentions[j].tokens[0]) <= k + 2);
  const last = joined[joined.length - 1];
  return last !== undefined && tokens[view.mentions[last].tokens[1] + 1]?.normal === 'in' ? [last] : [];
}
