// "The United States and the European Union have denounced X", "the US, the EU, Britain and
// Canada said they would ...": every actor of a coordinated subject says what its verb says, and so
// does the one a speaker joins ("X joined Y in calling on Z"). The
// speaker search finds the last one; each other one gets the same claims (the gold counts one
// relation per speaker), aimed at the same parties but never at one another.
import type { Claim, Sentence } from '../../model/types';
import { coordinatedSubject } from '../../relations/detectors/conflict-words';
import { plausibleActor } from '../targets';
import { mentionEndingAt, type ArticleView } from '../view';
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

/** How many words the joined may take before "in" ("joined South Korea and the United States in"). */
const JOINED_REACH = 12;

/**
 * "Reid joined Pelosi in urging ...", "Japan joined South Korea and the United States in calling":
 * the actors the speaker's verb of joining (function-words.json joiningVerbs) takes as its object
 * before "in", a list included, or none.
 */
function joinedActor(view: ArticleView, sentence: Sentence, m: number): number[] {
  const { tokens } = sentence;
  let k = view.mentions[m].tokens[1] + 1;
  while (k < tokens.length && (tokens[k].pos === 'AUX' || skippable(tokens[k], view.knowledge))) k++;
  if (tokens[k]?.pos !== 'VERB' || !view.knowledge.functionWords.joiningVerbs.has(tokens[k].lemma)) return [];
  for (let inAt = k + 2; inAt < tokens.length && inAt <= k + JOINED_REACH; inAt++) {
    if (tokens[inAt].normal !== 'in') continue;
    const last = mentionEndingAt(view, sentence, inAt - 1);
    if (last === null) return [];
    const group = coordinatedSubject(view, sentence, last);
    // the list must be the verb's object, right after it (maybe after "the")
    return (view.mentions[group[0]].phraseStart ?? view.mentions[group[0]].tokens[0]) <= k + 2 ? group : [];
  }
  return [];
}
