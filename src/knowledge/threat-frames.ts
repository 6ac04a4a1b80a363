// knowledge/en/threat-frames.json (intent markers, consequences, cessation verbs) with
// knowledge/en/force-acts.json (verbs of force, from CAMEO 16-20): what makes a stated intent or
// condition a THREAT (src/relations/detectors/threat-frames.ts); checked field by field when loaded.
import { validateForceActs } from './force-acts';

export interface ThreatFramesKnowledge {
  intentMarkers: string[][];
  /** Words that may stand between a marker and its verb. */
  reach: number;
  /** Outcomes that threaten whoever the subject is ("any attack would be a very bad day for them"). */
  consequences: string[][];
  /** Consequences that threaten negated or not ("will not go unanswered"). */
  eitherPolarity: string[][];
  /** Acts that threaten when the speaker's side is the subject ("we will not stand for"). */
  acts: string[][];
  possessives: Set<string>;
  /** Verb of force -> words after it that make it none ("respond to questions"). */
  notForceBefore: Map<string, Set<string>>;
  cessation: Set<string>;
  /** Verbs of force: one-word lemmas, and phrasal ones by their first word. */
  forceVerbs: Set<string>;
  phrasalForce: string[][];
  /** Verbs by which an actor issues a threat named by a noun ("issued threats", "stepped up its threats"). */
  issuingVerbs: Set<string>;
  /** Nouns that name an act of force ("offensive", "military action"), from force-acts.json. */
  forceNouns: string[][];
  /** A show of force (CAMEO 154): verbs that move the military and the military they move, from force-acts.json. */
  postureVerbs: string[][];
  military: string[][];
  /** Verbs that do the act such a noun names ("launch", "carry out"). */
  actVerbs: string[][];
  /** Verbs of saying that threaten with a noun of force as object ("vowed revenge"). */
  promiseVerbs: Set<string>;
  /** Words that may stand between such a verb and its noun. */
  nounGap: number;
  /** Nouns besides "threat" that name a threat its author issues ("issued an ultimatum"). */
  issuedNouns: Set<string>;
  /** Nouns that name a threat only when aimed at someone ("a warning to Taipei"), and the words that aim them. */
  aimedNouns: Set<string>;
  aimedBy: Set<string>;
  /** Words that make an act a threat with no verb of saying ("as a warning", "a show of force"). */
  warningActs: string[][];
  /** The word that names the author of a passive threat ("was threatened by X"). */
  agentWords: Set<string>;
  /** Orders to forces ("ordered", "issued an order") that threaten with a readiness phrase within orderReach words after them. */
  orderWords: Set<string>;
  readiness: string[][];
  orderReach: number;
}

function fail(source: string, problem: string): never {
  throw new Error(`knowledge file ${source}: ${problem}`);
}

const WORD = /^[a-z'][a-z'-]*$/;

function words(record: Record<string, unknown>, key: string, source: string): Set<string> {
  const value = record[key];
  if (!Array.isArray(value) || !value.every((w): w is string => typeof w === 'string' && WORD.test(w))) fail(source, `'${key}' must be a list of lower-case words`);
  return new Set(value);
}

function wordsByWord(record: Record<string, unknown>, key: string, source: string): Map<string, Set<string>> {
  const value = record[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, `'${key}' must be an object of word lists`);
  return new Map(Object.keys(value).map((word) => [word, words(value as Record<string, unknown>, word, `${source} '${key}'`)]));
}

function phrases(record: Record<string, unknown>, key: string, source: string): string[][] {
  const value = record[key];
  if (!Array.isArray(value)) fail(source, `'${key}' must be a list of phrases`);
  return value.map((phrase, i) => {
    if (!Array.isArray(phrase) || phrase.length === 0 || !phrase.every((w): w is string => typeof w === 'string' && WORD.test(w))) {
      fail(source, `'${key}[${i}]' must be a non-empty list of lower-case words`);
    }
    return phrase;
  });
}

export function validateThreatFrames(value: unknown, source: string, forceActs: unknown, forceSource: string): ThreatFramesKnowledge {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, 'must be a JSON object');
  const record = value as Record<string, unknown>;
  const known = ['intentMarkers', 'reach', 'consequences', 'eitherPolarity', 'acts', 'possessives', 'notForceBefore', 'cessation', 'actVerbs', 'promiseVerbs', 'nounGap', 'issuedNouns', 'aimedNouns', 'aimedBy', 'warningActs', 'agentWords', 'orderWords', 'readiness', 'orderReach'];
  for (const key of Object.keys(record)) if (!key.startsWith('$') && !known.includes(key)) fail(source, `unknown field '${key}'`);
  const { reach, nounGap, orderReach } = record;
  if (typeof orderReach !== 'number' || !Number.isInteger(orderReach) || orderReach < 1 || orderReach > 60) fail(source, "'orderReach' must be a whole number from 1 to 60");
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 0 || reach > 6) fail(source, "'reach' must be a whole number from 0 to 6");
  if (typeof nounGap !== 'number' || !Number.isInteger(nounGap) || nounGap < 0 || nounGap > 6) fail(source, "'nounGap' must be a whole number from 0 to 6");
  const force = validateForceActs(forceActs, forceSource);
  const verbs = [...force.verbs];
  return {
    intentMarkers: phrases(record, 'intentMarkers', source),
    reach,
    consequences: phrases(record, 'consequences', source),
    eitherPolarity: phrases(record, 'eitherPolarity', source),
    acts: phrases(record, 'acts', source),
    possessives: words(record, 'possessives', source),
    notForceBefore: wordsByWord(record, 'notForceBefore', source),
    cessation: words(record, 'cessation', source),
    forceVerbs: new Set(verbs.filter((v) => !v.includes(' '))),
    phrasalForce: verbs.filter((v) => v.includes(' ')).map((v) => v.split(' ')),
    issuingVerbs: new Set([...force.issuing].map((v) => v.split(' ')[0])),
    forceNouns: force.nouns,
    postureVerbs: force.posture.verbs,
    military: force.posture.military,
    actVerbs: phrases(record, 'actVerbs', source),
    promiseVerbs: words(record, 'promiseVerbs', source),
    nounGap,
    issuedNouns: words(record, 'issuedNouns', source),
    aimedNouns: words(record, 'aimedNouns', source),
    aimedBy: words(record, 'aimedBy', source),
    warningActs: phrases(record, 'warningActs', source),
    agentWords: words(record, 'agentWords', source),
    orderWords: words(record, 'orderWords', source),
    readiness: phrases(record, 'readiness', source),
    orderReach,
  };
}
