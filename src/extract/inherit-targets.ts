// Targets a claim without one inherits: a speaker who goes on still addresses the same party.
// How far back and from which claims is the claim type's rule (its detector's `inheritance`).
import type { Claim } from '../model/types';
import { DEFAULT_INHERITANCE, detectorOf, type TargetInheritance } from '../relations/detectors';
import { onlyPlace, ownNames, sameSide, sharesSide } from './targets';
import { isNamedParty } from './counterpart-targets';
import type { ArticleView } from './view';

const ruleOf = (type: string): TargetInheritance => detectorOf(type).inheritance ?? DEFAULT_INHERITANCE;

/**
 * A speaker who goes on ("This is a very dangerous trend," he added) still addresses the same
 * party; a threat that names only the place ("troops deployed in Ukraine") is aimed at whoever
 * the same side threatened just before.
 */
export function inheritTargets(view: ArticleView, claims: Claim[]): void {
  const ordered = [...claims].sort((a, b) => a.evidence.start - b.evidence.start);
  ordered.forEach((claim, k) => {
    const rule = ruleOf(claim.type);
    const placeOnly = rule.placeIsNoTarget && claim.targets.length > 0 && claim.targets.every((t) => onlyPlace(view, t));
    if (claim.targets.length > 0 && !placeOnly) return;
    const earlier = ordered.slice(0, k).reverse().filter((c) => c.targets.some((t) => isNamedParty(view, t)) && sameSide(view, c, claim) && withinMemory(view, c, claim, rule.memory));
    const sameType = earlier.find((c) => c.type === claim.type && !(rule.placeIsNoTarget && c.targets.every((t) => onlyPlace(view, t))));
    const source = sameType ?? (placeOnly || rule.sameTypeOnly ? undefined : earlier[0]);
    if (!source) return;
    const own = ownNames(view, claim.source);
    claim.targets = source.targets.filter((t) => !own.has(view.mentions[t].canonical) && !sharesSide(view, claim.source, own, t) && isNamedParty(view, t));
    if (claim.targets.length > 0) claim.targetFrom = 'earlier claim';
  });
}

/**
 * "Japan joined South Korea and the United States in calling the launch a provocation": speakers of
 * one utterance (speakers/coordinated-speakers.ts) address the party the first of them addresses.
 * Run last: a later speaker whose targets the sentence does not name takes the first speaker's,
 * however those were found, leaving out its own side.
 */
export function shareUtteranceTargets(view: ArticleView, claims: Claim[]): void {
  const first = new Map<string, Claim>();
  for (const claim of claims) {
    const key = `${claim.type} ${claim.cue} ${claim.evidence.start} ${claim.evidence.end}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, claim);
      continue;
    }
    if (earlier.source === claim.source || (claim.targetFrom === undefined && claim.targets.length > 0)) continue;
    const own = ownNames(view, claim.source);
    // "Kishida" in a claim of Sunak's is Fumio Kishida himself for Kishida's own claim
    const ownName = ` ${view.mentions[claim.source].canonical}`;
    const targets = earlier.targets.filter((t) => !own.has(view.mentions[t].canonical) && !sharesSide(view, claim.source, own, t) && !ownName.endsWith(` ${view.mentions[t].canonical}`));
    if (targets.length === 0) continue;
    claim.targets = targets;
    claim.targetFrom = earlier.targetFrom;
  }
}

export function withinMemory(view: ArticleView, earlier: Claim, later: Claim, sentences: number): boolean {
  return view.mentions[later.source].sentence - view.mentions[earlier.source].sentence <= sentences;
}
