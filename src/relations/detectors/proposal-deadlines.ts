// "Arab League ministers have given Syria until Friday to sign the protocol", "issued an ultimatum
// to Thailand to pull back its troops": an ultimatum demands
// as well as threatens (CAMEO 139 with 10 "demand"); the gold counts both. The threat is found
// first (threat-deadlines.ts); its author makes the same demand of the party given the deadline.
import type { Claim, Sentence, Token } from '../../model/types';
import type { ArticleView } from '../../extract/view';
import { givenDeadlineAt, namedDeadlineAt } from './threat-deadlines';

export function deadlineProposals(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[] {
  if (!claims.some((c) => c.type === 'THREAT' && c.evidence.start === sentence.start)) return [];
  const deadlineGiven = givenDeadlineAt(view, sentence, [{ from: 0, to: sentence.tokens.length - 1 }]);
  const given = deadlineGiven >= 0 ? deadlineGiven : namedDeadlineAt(view, sentence);
  if (given < 0) return [];
  const proposing = new Set(claims.filter((c) => c.type === 'PROPOSAL').map((c) => view.mentions[c.source].canonical));
  return claims
    .filter((c) => c.type === 'THREAT' && c.evidence.start === sentence.start && c.targets[0] === given && !proposing.has(view.mentions[c.source].canonical))
    .map((c) => ({ ...c, type: 'PROPOSAL', targets: [...c.targets] }));
}

/** "Let us negotiate", "let's return to the table": a first-person plural imperative proposes a joint course (calls-for-action.json hortatives). */
export function hortativeAt(view: ArticleView, tokens: Token[], i: number): boolean {
  const { hortatives, hortativeObjects, hortativeIdioms } = view.knowledge.callsForAction;
  const verb = tokens[i + 2];
  // the verb's bare form, which the tagger may read as a noun ("let us return to the table")
  const bare = verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX' || (verb.pos === 'NOUN' && verb.normal === verb.lemma));
  return hortatives.has(tokens[i].normal) && hortativeObjects.has(tokens[i + 1]?.normal ?? '') && bare && !hortativeIdioms.has(verb.lemma);
}
