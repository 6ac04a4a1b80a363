// What a relation type's detector is: one file per claim type in this folder, listed in index.ts.
import type { Claim, Sentence } from '../../model/types';
import type { ArticleView, Cue, Region } from '../../extract/view';
import type { ClaimTypeName } from '../registry';

/** One speaker's verb of saying and the clause it governs. */
export interface Clause {
  view: ArticleView;
  sentence: Sentence;
  /** The speaker's mention. */
  source: number;
  cue: Cue;
  region: Region;
}

/** How a claim of the type with no target of its own takes the target of an earlier claim. */
export interface TargetInheritance {
  /** How many sentences back the earlier claim (by the same side) may be. */
  memory: number;
  /** Only from a claim of the same type (else from any claim, the same type first). */
  sameTypeOnly: boolean;
  /** A target that only names a place ("in Ukraine") counts as none. */
  placeIsNoTarget: boolean;
}

export interface Detector {
  readonly type: ClaimTypeName;
  /** Does this verb of the speaker's make a claim of the type? */
  fires(clause: Clause): boolean;
  /** Whom the claim is aimed at; without it, the clause's targets (extract/targets.ts targetsOf). */
  targets?(clause: Clause): number[];
  /** Claims of the type a sentence makes besides its speakers' clauses, given the claims found so far. */
  sentenceClaims?(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[];
  inheritance?: TargetInheritance;
  /** One claim per utterance, by whoever utters it: in "Russia warned Kyiv, Peskov said" only Peskov's (other types are both sides'). */
  readonly reporterOnly?: boolean;
  /** Once all of an article's claims are known, retargets the type's claims that answer earlier ones. */
  articleTargets?(view: ArticleView, claims: Claim[]): void;
}

export const DEFAULT_INHERITANCE: TargetInheritance = { memory: 3, sameTypeOnly: false, placeIsNoTarget: false };
