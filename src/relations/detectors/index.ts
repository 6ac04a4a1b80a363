// The detector of every claim type of the registry, in the registry's order (the order of a
// clause's claims in the export). The Record makes a registered claim type without a detector a
// compile error.
import type { ClaimTypeName } from '../registry';
import { CLAIM_TYPE_NAMES } from '../registry';
import type { Detector } from './detector';
import { accusation } from './accusation';
import { proposal } from './proposal';
import { rejection } from './rejection';
import { statement } from './statement';
import { threat } from './threat';

const BY_TYPE: Record<ClaimTypeName, Detector> = {
  STATEMENT: statement,
  THREAT: threat,
  PROPOSAL: proposal,
  ACCUSATION: accusation,
  REJECTION: rejection,
};

export const DETECTORS: readonly Detector[] = CLAIM_TYPE_NAMES.map((name) => BY_TYPE[name]);

/** The types a sentence gives once, to whoever utters it ("Russia warned Kyiv, Peskov said": Peskov's statement). */
export const REPORTER_ONLY_TYPES: ReadonlySet<string> = new Set(DETECTORS.filter((d) => d.reporterOnly).map((d) => d.type));

export function detectorOf(type: string): Detector {
  const detector = (BY_TYPE as Record<string, Detector | undefined>)[type];
  if (!detector) throw new Error(`no detector for relation type ${type}`);
  return detector;
}

export type { Clause, Detector, TargetInheritance } from './detector';
export { DEFAULT_INHERITANCE } from './detector';
