// knowledge/en/cooperation-acts.json: the acts of cooperation (CAMEO 03-08: meet, host, mediate,
// provide, release, withdraw) that make a speaker's stated intent a PROPOSAL ("will send", "agreed
// to host", "is ready to mediate"), derived from the CAMEO verb dictionary by
// scripts/knowledge/derive-cooperation-acts.ts; checked field by field when loaded.
export interface CooperationActsKnowledge {
  /** The CAMEO families the verbs come from. */
  families: string[];
  /** Lemmas, one word ("mediate") or phrasal ("pull back"), lower case. */
  verbs: string[];
}

const LEMMA = /^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/;

function fail(source: string, problem: string): never {
  throw new Error(`knowledge file ${source}: ${problem}`);
}

export function validateCooperationActs(value: unknown, source: string): CooperationActsKnowledge {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, 'must be a JSON object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!key.startsWith('$') && !['families', 'verbs'].includes(key)) fail(source, `unknown field '${key}'`);
  const { families, verbs } = record;
  if (!Array.isArray(families) || !families.every((f): f is string => typeof f === 'string' && /^\d{2}$/.test(f))) fail(source, "'families' must be a list of two-digit CAMEO families");
  if (!Array.isArray(verbs) || verbs.length === 0) fail(source, "'verbs' must be a non-empty list");
  verbs.forEach((v, i) => {
    if (typeof v !== 'string' || !LEMMA.test(v)) fail(source, `'verbs[${i}]' must be a lower-case lemma of one or more words`);
  });
  return { families, verbs: verbs as string[] };
}
