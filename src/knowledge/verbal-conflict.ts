// knowledge/en/verbal-conflict.json: the verbs of the ACCUSATION and REJECTION detectors (CAMEO
// 11 and 12), checked field by field when loaded.
export interface VerbalConflictKnowledge {
  /** Accusation verbs, and words of reproach that make what a speaker says an accusation ("illegal", "blackmail"). */
  accusation: { verbs: Set<string>; reproaches: Set<string> };
  rejection: {
    verbs: Set<string>;
    /** Words after a rejection verb that make it no rejection ("refused comment"). */
    notBefore: Set<string>;
    /** Verbs that reject when negated: "would not accept", "will never renounce". */
    negated: Set<string>;
  };
}

function fail(source: string, problem: string): never {
  throw new Error(`knowledge file ${source}: ${problem}`);
}

function section(value: unknown, key: string, source: string): Record<string, unknown> {
  const v = (value as Record<string, unknown>)[key];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(source, `'${key}' must be an object`);
  return v as Record<string, unknown>;
}

function words(value: Record<string, unknown>, key: string, where: string, source: string): Set<string> {
  const v = value[key];
  if (!Array.isArray(v) || !v.every((w): w is string => typeof w === 'string' && w.trim() !== '' && w === w.toLowerCase())) {
    fail(source, `'${where}.${key}' must be a list of lower-case words`);
  }
  return new Set(v);
}

export function validateVerbalConflict(value: unknown, source: string): VerbalConflictKnowledge {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, 'must be a JSON object');
  const accusation = section(value, 'accusation', source);
  const rejection = section(value, 'rejection', source);
  return {
    accusation: { verbs: words(accusation, 'verbs', 'accusation', source), reproaches: words(accusation, 'reproaches', 'accusation', source) },
    rejection: {
      verbs: words(rejection, 'verbs', 'rejection', source),
      notBefore: words(rejection, 'notBefore', 'rejection', source),
      negated: words(rejection, 'negated', 'rejection', source),
    },
  };
}
