// knowledge/en/proposal-acts.json: the verbs that make a PROPOSAL with no verb of saying — a request
// of an addressee ("asked Peru to reopen", CAMEO 020/100) and a plan of the subject's own ("plans to
// host", CAMEO 030) — derived from the CAMEO verb dictionary by
// scripts/knowledge/derive-proposal-acts.ts; checked field by field when loaded.
export interface ProposalActs {
  /** Verbs that, followed by an addressee and an infinitive, request an act of it. */
  appealVerbs: Set<string>;
  /** Verbs that, followed by an infinitive, state the subject's own plan. */
  intentVerbs: Set<string>;
  /** Verbs that propose with an object of cooperation ("seeks talks", "wants a ceasefire"). */
  objectVerbs: Set<string>;
  /** Those objects: nouns of meeting, negotiating, settling, yielding (CAMEO 025-028, 036-038 patterns). */
  cooperationObjects: Set<string>;
  /** Verbs that put a proposal forward when a proposal noun or an object of cooperation is their object ("tabled a draft resolution"). */
  presentVerbs: Set<string>;
  /** Verbs whose present perfect tells an effort already made ("has sought to"), not a proposal that stands. */
  effortVerbs: Set<string>;
  /** Verbs that state a plan only after I or we, with an infinitive ("we want to see a ceasefire"). */
  firstPersonIntentVerbs: Set<string>;
  /** Verbs that ask for an object of cooperation only after I or we ("we need an immediate ceasefire"). */
  firstPersonObjectVerbs: Set<string>;
  /** Economic measures ("tariff", "sanctions") whose planned imposition is a course of action proposed, not a harm that makes it a threat. */
  measureObjects: Set<string>;
}

const LEMMA = /^[a-z]+(-[a-z]+)?$/;
const CODE = /^\d{3}$/;

function fail(source: string, problem: string): never {
  throw new Error(`knowledge file ${source}: ${problem}`);
}

function lemmas(value: unknown, field: string, source: string): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(source, `'${field}' must be a non-empty list`);
  value.forEach((v, i) => {
    if (typeof v !== 'string' || !LEMMA.test(v)) fail(source, `'${field}[${i}]' must be a one-word lower-case lemma`);
  });
  return value as string[];
}

export function validateProposalActs(value: unknown, source: string): ProposalActs {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, 'must be a JSON object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!key.startsWith('$') && !['codes', 'appealVerbs', 'intentVerbs', 'objectVerbs', 'objectCodes', 'cooperationObjects', 'presentVerbs', 'effortVerbs', 'firstPersonIntentVerbs', 'firstPersonObjectVerbs', 'measureObjects'].includes(key)) fail(source, `unknown field '${key}'`);
  const codes = record.codes;
  if (typeof codes !== 'object' || codes === null || Array.isArray(codes)) fail(source, "'codes' must be an object of CAMEO code lists");
  for (const [kind, list] of Object.entries(codes)) {
    if (!['appeal', 'intent'].includes(kind)) fail(source, `unknown field 'codes.${kind}'`);
    if (!Array.isArray(list) || !list.every((c) => typeof c === 'string' && CODE.test(c))) fail(source, `'codes.${kind}' must be a list of three-digit CAMEO codes`);
  }
  const objectCodes = record.objectCodes;
  if (!Array.isArray(objectCodes) || !objectCodes.every((c) => typeof c === 'string' && CODE.test(c))) fail(source, "'objectCodes' must be a list of three-digit CAMEO codes");
  return {
    appealVerbs: new Set(lemmas(record.appealVerbs, 'appealVerbs', source)),
    intentVerbs: new Set(lemmas(record.intentVerbs, 'intentVerbs', source)),
    objectVerbs: new Set(lemmas(record.objectVerbs, 'objectVerbs', source)),
    cooperationObjects: new Set(lemmas(record.cooperationObjects, 'cooperationObjects', source)),
    presentVerbs: new Set(lemmas(record.presentVerbs, 'presentVerbs', source)),
    effortVerbs: new Set(lemmas(record.effortVerbs, 'effortVerbs', source)),
    firstPersonIntentVerbs: new Set(lemmas(record.firstPersonIntentVerbs, 'firstPersonIntentVerbs', source)),
    firstPersonObjectVerbs: new Set(lemmas(record.firstPersonObjectVerbs, 'firstPersonObjectVerbs', source)),
    measureObjects: new Set(lemmas(record.measureObjects, 'measureObjects', source)),
  };
}
