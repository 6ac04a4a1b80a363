// knowledge/en/force-acts.json: the verbs of acts of force and coercion (CAMEO 16-20) that make a
// speaker's stated intent a THREAT ("will strike", "is prepared to retaliate", "would block"),
// derived from the CAMEO verb dictionary by scripts/knowledge/derive-force-acts.ts; checked field
// by field when loaded.
export interface ForceActsKnowledge {
  /** The CAMEO families the verbs come from. */
  families: string[];
  /** Lemmas, one word ("strike") or phrasal ("hit back", "wipe out"), lower case. */
  verbs: Set<string>;
  /** Verbs by which an actor issues a threat named by a noun ("issued a warning", "stepped up its threats"). */
  issuing: Set<string>;
  /** Nouns, one word or more, that name an act of force or coercion ("offensive", "sanctions", "military action"). */
  nouns: string[][];
  /** CAMEO 154, a show of force: verbs that move the military ("deploy", "mobilize") and the military they move ("troops"). */
  posture: { verbs: string[][]; military: string[][] };
  /** CAMEO 16, a cut in relations, aid or talks: verbs ("sever", "pull out of") and their objects ("ties", "talks"). */
  ruptures: { verbs: string[][]; objects: string[][] };
}

function fail(source: string, problem: string): never {
  throw new Error(`knowledge file ${source}: ${problem}`);
}

export function validateForceActs(value: unknown, source: string): ForceActsKnowledge {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, 'must be a JSON object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!key.startsWith('$') && !['families', 'verbs', 'issuing', 'nouns', 'posture', 'ruptures'].includes(key)) fail(source, `unknown field '${key}'`);
  const { families, verbs, issuing, nouns, posture, ruptures } = record;
  if (!Array.isArray(families) || !families.every((f): f is string => typeof f === 'string' && /^\d{2}$/.test(f))) fail(source, "'families' must be a list of two-digit CAMEO families");
  if (!Array.isArray(verbs) || verbs.length === 0) fail(source, "'verbs' must be a non-empty list");
  verbs.forEach((v, i) => {
    if (typeof v !== 'string' || !/^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/.test(v)) fail(source, `'verbs[${i}]' must be a lower-case lemma of one or more words`);
  });
  if (!Array.isArray(issuing)) fail(source, "'issuing' must be a list");
  issuing.forEach((v, i) => {
    if (typeof v !== 'string' || !/^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/.test(v)) fail(source, `'issuing[${i}]' must be a lower-case lemma of one or more words`);
  });
  if (!Array.isArray(nouns)) fail(source, "'nouns' must be a list");
  nouns.forEach((v, i) => {
    if (typeof v !== 'string' || !/^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/.test(v)) fail(source, `'nouns[${i}]' must be a lower-case noun of one or more words`);
  });
  if (typeof posture !== 'object' || posture === null || Array.isArray(posture)) fail(source, "'posture' must be an object with 'verbs' and 'military'");
  const shown = posture as Record<string, unknown>;
  for (const key of Object.keys(shown)) if (!['verbs', 'military'].includes(key)) fail(source, `unknown field 'posture.${key}'`);
  const postureWords = (key: 'verbs' | 'military'): string[][] => {
    const list = shown[key];
    if (!Array.isArray(list)) fail(source, `'posture.${key}' must be a list`);
    return list.map((v, i) => {
      if (typeof v !== 'string' || !/^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/.test(v)) fail(source, `'posture.${key}[${i}]' must be lower-case words`);
      return v.split(' ');
    });
  };
  if (typeof ruptures !== 'object' || ruptures === null || Array.isArray(ruptures)) fail(source, "'ruptures' must be an object with 'verbs' and 'objects'");
  const cut = ruptures as Record<string, unknown>;
  for (const key of Object.keys(cut)) if (!['verbs', 'objects'].includes(key)) fail(source, `unknown field 'ruptures.${key}'`);
  const cutWords = (key: 'verbs' | 'objects'): string[][] => {
    const list = cut[key];
    if (!Array.isArray(list)) fail(source, `'ruptures.${key}' must be a list`);
    return list.map((v, i) => {
      if (typeof v !== 'string' || !/^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/.test(v)) fail(source, `'ruptures.${key}[${i}]' must be lower-case words`);
      return v.split(' ');
    });
  };
  return {
    families,
    verbs: new Set(verbs as string[]),
    issuing: new Set(issuing as string[]),
    nouns: (nouns as string[]).map((n) => n.split(' ')),
    posture: { verbs: postureWords('verbs'), military: postureWords('military') },
    ruptures: { verbs: cutWords('verbs'), objects: cutWords('objects') },
  };
}
