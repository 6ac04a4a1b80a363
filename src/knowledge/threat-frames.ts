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
  /** Fates that threaten only an actor ("the regime would become extinct"; not "the frogs would"). */
  fates: string[][];
  /** Consequences that threaten negated or not ("will not go unanswered"). */
  eitherPolarity: string[][];
  /** Acts that threaten when the speaker's side is the subject ("we will not stand for"). */
  acts: string[][];
  possessives: Set<string>;
  /** Verb of force -> words after it that make it none ("respond to questions"). */
  notForceBefore: Map<string, Set<string>>;
  cessation: Set<string>;
  /** Cessation words whose negation keeps the harm open ("did not rule out"). */
  openedCessation: Set<string>;
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
  /** "a grave warning", "its sternest warning": a warning that threatens unaimed. */
  severeWarnings: Set<string>;
  aimedBy: Set<string>;
  /** Words that make an act a threat with no verb of saying ("as a warning", "a show of force"). */
  warningActs: string[][];
  /** The word that names the author of a passive threat ("was threatened by X"). */
  agentWords: Set<string>;
  /** Orders to forces ("ordered", "issued an order") that threaten with a readiness phrase within orderReach words after them. */
  orderWords: Set<string>;
  readiness: string[][];
  /** Phrases of an actor's own readiness ('ready to', 'prepared to'): with a force or a measure after them, told by the narrator, its threat. */
  standingReadiness: string[][];
  orderReach: number;
  /** Words that may stand inside a threat phrase without changing it ("pay a heavy price"). */
  intensifiers: Set<string>;
  /** Adjectives or adverbs that make a response noun a threat ("a tough response"), and those nouns. */
  severity: Set<string>;
  responseNouns: Set<string>;
  /** Verbs whose subject suffers a noun of force or penalty ("will face sanctions"). */
  sufferVerbs: Set<string>;
  /** Nouns of penalty or cost that threaten like nouns of force ("fines", "repercussions"). */
  penalties: string[][];
  /** Nouns of force that name harm only when one of the aimers follows ("measures against X"). */
  aimedOnly: Set<string>;
  aimers: Set<string>;
  /** After 'at' and a possessive, the word that aims a means by making it all a speaker has ('every tool at its disposal'). */
  disposalWords: Set<string>;
  /** What such means are used 'to' do when they aim no harm ('to help the flood victims'). */
  reliefVerbs: Set<string>;
  /** How many words may stand between such a noun and its aimer ("every tool at our disposal against"). */
  aimReach: number;
  /** Verbs of force that need a noun of force as object ("impose sanctions", not "impose a tax"). */
  objectVerbs: Set<string>;
  /** Verbs with "to" that pass the marker on ("will continue to impose"). */
  chainVerbs: Set<string>;
  /** Verbs that threaten only under a condition in the sentence ("Egypt will act if ..."). */
  conditionalActs: Set<string>;
  /** Verbs of combat that threaten with a party as their object ("is ready to fight the rebels", "will hit Israel"), not with a cause ("fight corruption"). */
  combatActs: Set<string>;
  /** Verbs of a cut that threaten under a condition whatever their object ("will close the pipeline if ..."). */
  conditionalCuts: Set<string>;
  /** Verbs that put a named party before a penalty ("Mali faces stiff sanctions"). */
  exposureVerbs: Set<string>;
  /** A response to aggression ("stands ready to deal with any provocation"): the verbs, the nouns of aggression, how far. */
  responseVerbs: string[][];
  responseObjects: Set<string>;
  responseReach: number;
  /** Conditions besides "if" and "unless": "in case", "in the event", "should he". */
  conditionPhrases: string[][];
  /** "hold X accountable": the words after "hold" that make it an act of the speaker's side. */
  accountable: Set<string>;
  /** Sanctions put on someone in what a speaker says ("announced sanctions against X"): verbs besides actVerbs, the measures, their aimers. */
  sanctionVerbs: string[][];
  sanctionNouns: string[][];
  sanctionAimers: Set<string>;
  /** "must leave within 48 hours": the words that open a deadline counted in ultimatumUnits. */
  deadlineWords: Set<string>;
  /** Verbs that are a sanction themselves ("has sanctioned X"): the subject's threat. */
  sanctioningVerbs: Set<string>;
  /** Words that open the reason for such a sanction ("over the attack on X"): whom it names is no target. */
  sanctionReasons: Set<string>;
  /** Verbs that, negated after an intent marker and followed by a named party, threaten it ("will not let X"). */
  preventions: Set<string>;
  /** Verbs that say what befalls the one not allowed ("will not allow the children to suffer"): a protection, no threat. */
  victimVerbs: Set<string>;
  /** Intent markers of obligation, an intent only of "we" or a named side ("we must respond"), not of one person ("I must respond"). */
  obligationMarkers: Set<string>;
  /** Verbs of stopping that, negated, go on with the act after them ("will not stop putting pressure on X"). */
  negatedStops: Set<string>;
  /** Words that date a reported measure in the past ('last', 'ago', 'already'). */
  pastMarkers: Set<string>;
  /** Verbs besides proposal-acts.json appealVerbs whose call for a measure aimed at a party is the caller's threat ('called for sanctions against X'). */
  measureCalls: Set<string>;
  /** Verbs that give someone a deadline ('gave Syria until Friday to sign'). */
  ultimatumGivers: Set<string>;
  /** Words that open the deadline given ('until', 'till'). */
  untilWords: Set<string>;
  /** A cut announced as a noun ('announced the expulsion of the Israeli ambassador'): the verbs that announce it and the nouns of a cut before "of". */
  ruptureAnnouncers: Set<string>;
  ruptureNouns: Set<string>;
  /** An order to leave given to a named party ('ordered Ambassador X to leave the country'): the verbs of ordering, the verbs of leaving, how many words the party may take. */
  expulsionVerbs: Set<string>;
  leaveVerbs: Set<string>;
  expulsionReach: number;
  /** Nouns that hold sanctions before "of" ("a new tranche of sanctions"). */
  measureContainers: Set<string>;
  /** Verbs whose subject is a sanction and whose object is the one it falls on ("the sanctions target X"). */
  measureTargetVerbs: Set<string>;
  /** A possible act of force raised ("raised the prospect of sanctions"): the verbs, and the nouns of possibility. */
  prospectVerbs: string[][];
  prospectNouns: Set<string>;
  /** Those verbs that take the noun of force with no noun of possibility ("hinted at sanctions"). */
  prospectDirect: string[][];
  /** Verbs of weighing among the prospects: in reported speech they are the speaker's to tell, not the subject's own act. */
  prospectWeighing: Set<string>;
  /** Units of time that make "gave X 72 hours to" an ultimatum. */
  ultimatumUnits: Set<string>;
  /** A listing as a sanction ("will designate X a terrorist organization"): its verbs, the words that make it one, how far after. */
  designationVerbs: Set<string>;
  designationLabels: Set<string>;
  designationReach: number;
  /** CAMEO 16 cuts, from force-acts.json: verbs ("sever", "pull out of") and objects ("ties", "talks"). */
  ruptureVerbs: string[][];
  ruptureObjects: string[][];
  /** An ultimatum ("either X or we will Y", "otherwise we will"): words that turn to what the speaker's side will do, those of them that need an opener earlier in the sentence, and the openers. */
  ultimatumTurns: string[][];
  pairedTurns: Set<string>;
  ultimatumOpeners: Set<string>;
  /** A loss its subject would suffer ("could lose its licence"): the verbs, and what is lost within nounGap+1 words. */
  forfeitVerbs: Set<string>;
  forfeitObjects: Set<string>;
  /** An outcome that is a penalty ("may result in the permit being revoked"): the verbs, the words within outcomeReach after them that make it one (besides the penalties). */
  outcomeVerbs: string[][];
  outcomeWords: Set<string>;
  outcomeReach: number;
  /** A consequence that is an escalation into war ("could escalate into a nuclear war"): the verbs, the nouns of war within escalationReach words of description after them. */
  escalationVerbs: string[][];
  escalationNouns: Set<string>;
  escalationReach: number;
  /** Conditions that ask another party to act ('unless', 'if X does not', 'as long as X continues'): an own act stated under one is an ultimatum. */
  demandOpeners: Set<string>;
  demandConditions: Set<string>;
  demandFailures: Set<string>;
  demandWhiles: string[][];
  demandPersistence: Set<string>;
  demandReach: number;
  /** Modals of a consequence for the party a condition asks to act ("it will find itself isolated if it continues"). */
  demandModals: Set<string>;
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
  const known = ['intentMarkers', 'reach', 'consequences', 'fates', 'eitherPolarity', 'acts', 'possessives', 'notForceBefore', 'cessation', 'openedCessation', 'actVerbs', 'promiseVerbs', 'nounGap', 'issuedNouns', 'aimedNouns', 'aimedBy', 'severeWarnings', 'warningActs', 'agentWords', 'orderWords', 'readiness', 'standingReadiness', 'orderReach', 'intensifiers', 'severity', 'responseNouns', 'sufferVerbs', 'penalties', 'aimedOnly', 'aimers', 'disposalWords', 'reliefVerbs', 'aimReach', 'objectVerbs', 'chainVerbs', 'responses', 'conditionalActs', 'combatActs', 'conditionalCuts', 'exposureVerbs', 'conditionPhrases', 'accountable', 'prospects', 'ultimatumUnits', 'designations', 'designationReach', 'ultimatums', 'forfeits', 'outcomes', 'escalations', 'sanctionActs', 'deadlineWords', 'sanctioningVerbs', 'sanctionReasons', 'preventions', 'victimVerbs', 'obligationMarkers', 'negatedStops', 'measureContainers', 'measureTargetVerbs', 'pastMarkers', 'ultimatumGivers', 'untilWords', 'measureCalls', 'demands', 'nominalRuptures', 'expulsionOrders'];
  for (const key of Object.keys(record)) if (!key.startsWith('$') && !known.includes(key)) fail(source, `unknown field '${key}'`);
  const { reach, nounGap, orderReach, aimReach, designationReach } = record;
  if (typeof designationReach !== 'number' || !Number.isInteger(designationReach) || designationReach < 1 || designationReach > 20) fail(source, "'designationReach' must be a whole number from 1 to 20");
  const designations = record.designations;
  if (typeof designations !== 'object' || designations === null || Array.isArray(designations)) fail(source, "'designations' must be an object with 'verbs' and 'labels'");
  const listing = designations as Record<string, unknown>;
  for (const key of Object.keys(listing)) if (!['verbs', 'labels'].includes(key)) fail(source, `unknown field 'designations.${key}'`);
  if (typeof aimReach !== 'number' || !Number.isInteger(aimReach) || aimReach < 1 || aimReach > 8) fail(source, "'aimReach' must be a whole number from 1 to 8");
  if (typeof orderReach !== 'number' || !Number.isInteger(orderReach) || orderReach < 1 || orderReach > 60) fail(source, "'orderReach' must be a whole number from 1 to 60");
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 0 || reach > 6) fail(source, "'reach' must be a whole number from 0 to 6");
  if (typeof nounGap !== 'number' || !Number.isInteger(nounGap) || nounGap < 0 || nounGap > 6) fail(source, "'nounGap' must be a whole number from 0 to 6");
  const force = validateForceActs(forceActs, forceSource);
  const verbs = [...force.verbs];
  return {
    intentMarkers: phrases(record, 'intentMarkers', source),
    reach,
    consequences: phrases(record, 'consequences', source),
    fates: phrases(record, 'fates', source),
    eitherPolarity: phrases(record, 'eitherPolarity', source),
    acts: phrases(record, 'acts', source),
    possessives: words(record, 'possessives', source),
    notForceBefore: wordsByWord(record, 'notForceBefore', source),
    cessation: words(record, 'cessation', source),
    openedCessation: words(record, 'openedCessation', source),
    forceVerbs: new Set(verbs.filter((v) => !v.includes(' '))),
    phrasalForce: verbs.filter((v) => v.includes(' ')).map((v) => v.split(' ')),
    issuingVerbs: new Set([...force.issuing].map((v) => v.split(' ')[0])),
    // a penalty threatens as a noun of force does ('would impose fines', 'will face penalties')
    forceNouns: [...force.nouns, ...penaltyNouns(record, source)],
    postureVerbs: force.posture.verbs,
    military: force.posture.military,
    ruptureVerbs: force.ruptures.verbs,
    ruptureObjects: force.ruptures.objects,
    actVerbs: phrases(record, 'actVerbs', source),
    promiseVerbs: words(record, 'promiseVerbs', source),
    nounGap,
    issuedNouns: words(record, 'issuedNouns', source),
    aimedNouns: words(record, 'aimedNouns', source),
    severeWarnings: words(record, 'severeWarnings', source),
    aimedBy: words(record, 'aimedBy', source),
    warningActs: phrases(record, 'warningActs', source),
    agentWords: words(record, 'agentWords', source),
    orderWords: words(record, 'orderWords', source),
    readiness: phrases(record, 'readiness', source),
    standingReadiness: phrases(record, 'standingReadiness', source),
    orderReach,
    intensifiers: words(record, 'intensifiers', source),
    severity: words(record, 'severity', source),
    responseNouns: words(record, 'responseNouns', source),
    sufferVerbs: words(record, 'sufferVerbs', source),
    penalties: penaltyNouns(record, source),
    aimedOnly: words(record, 'aimedOnly', source),
    aimers: words(record, 'aimers', source),
    disposalWords: words(record, 'disposalWords', source),
    reliefVerbs: words(record, 'reliefVerbs', source),
    aimReach,
    objectVerbs: words(record, 'objectVerbs', source),
    chainVerbs: words(record, 'chainVerbs', source),
    conditionalActs: words(record, 'conditionalActs', source),
    combatActs: words(record, 'combatActs', source),
    conditionalCuts: words(record, 'conditionalCuts', source),
    exposureVerbs: words(record, 'exposureVerbs', source),
    conditionPhrases: phrases(record, 'conditionPhrases', source),
    accountable: words(record, 'accountable', source),
    ...prospects(record, source),
    ...responses(record, source),
    ultimatumUnits: words(record, 'ultimatumUnits', source),
    designationVerbs: words(listing, 'verbs', `${source} 'designations'`),
    designationLabels: words(listing, 'labels', `${source} 'designations'`),
    designationReach,
    ...ultimatums(record, source),
    ...forfeits(record, source),
    ...outcomes(record, source),
    ...escalations(record, source),
    ...demands(record, source),
    ...sanctionActs(record, source),
    deadlineWords: words(record, 'deadlineWords', source),
    sanctioningVerbs: words(record, 'sanctioningVerbs', source),
    sanctionReasons: words(record, 'sanctionReasons', source),
    preventions: words(record, 'preventions', source),
    victimVerbs: words(record, 'victimVerbs', source),
    obligationMarkers: words(record, 'obligationMarkers', source),
    negatedStops: words(record, 'negatedStops', source),
    pastMarkers: words(record, 'pastMarkers', source),
    measureCalls: words(record, 'measureCalls', source),
    ultimatumGivers: words(record, 'ultimatumGivers', source),
    untilWords: words(record, 'untilWords', source),
    ...nominalRuptures(record, source),
    ...expulsionOrders(record, source),
    measureContainers: words(record, 'measureContainers', source),
    measureTargetVerbs: words(record, 'measureTargetVerbs', source),
  };
}

function sanctionActs(record: Record<string, unknown>, source: string): Pick<ThreatFramesKnowledge, 'sanctionVerbs' | 'sanctionNouns' | 'sanctionAimers'> {
  const inner = section(record, 'sanctionActs', ['verbs', 'nouns', 'aimers'], source);
  const where = `${source} 'sanctionActs'`;
  return { sanctionVerbs: phrases(inner, 'verbs', where), sanctionNouns: phrases(inner, 'nouns', where), sanctionAimers: words(inner, 'aimers', where) };
}

function nominalRuptures(record: Record<string, unknown>, source: string): Pick<ThreatFramesKnowledge, 'ruptureAnnouncers' | 'ruptureNouns'> {
  const inner = section(record, 'nominalRuptures', ['verbs', 'nouns'], source);
  const where = `${source} 'nominalRuptures'`;
  return { ruptureAnnouncers: words(inner, 'verbs', where), ruptureNouns: words(inner, 'nouns', where) };
}

function expulsionOrders(record: Record<string, unknown>, source: string): Pick<ThreatFramesKnowledge, 'expulsionVerbs' | 'leaveVerbs' | 'expulsionReach'> {
  const inner = section(record, 'expulsionOrders', ['verbs', 'leave', 'reach'], source);
  const reach = inner.reach;
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 1 || reach > 12) fail(source, "'expulsionOrders.reach' must be a whole number from 1 to 12");
  const where = `${source} 'expulsionOrders'`;
  return { expulsionVerbs: words(inner, 'verbs', where), leaveVerbs: words(inner, 'leave', where), expulsionReach: reach };
}

function section(record: Record<string, unknown>, key: string, fields: string[], source: string): Record<string, unknown> {
  const value = record[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, `'${key}' must be an object with ${fields.map((f) => `'${f}'`).join(', ')}`);
  const inner = value as Record<string, unknown>;
  for (const field of Object.keys(inner)) if (!field.startsWith('$') && !fields.includes(field)) fail(source, `unknown field '${key}.${field}'`);
  return inner;
}

function ultimatums(record: Record<string, unknown>, source: string): Pick<ThreatFramesKnowledge, 'ultimatumTurns' | 'pairedTurns' | 'ultimatumOpeners'> {
  const inner = section(record, 'ultimatums', ['turns', 'paired', 'openers'], source);
  const where = `${source} 'ultimatums'`;
  return { ultimatumTurns: phrases(inner, 'turns', where), pairedTurns: words(inner, 'paired', where), ultimatumOpeners: words(inner, 'openers', where) };
}

function forfeits(record: Record<string, unknown>, source: string): Pick<ThreatFramesKnowledge, 'forfeitVerbs' | 'forfeitObjects'> {
  const inner = section(record, 'forfeits', ['verbs', 'objects'], source);
  return { forfeitVerbs: words(inner, 'verbs', `${source} 'forfeits'`), forfeitObjects: words(inner, 'objects', `${source} 'forfeits'`) };
}

function escalations(record: Record<string, unknown>, source: string): Pick<ThreatFramesKnowledge, 'escalationVerbs' | 'escalationNouns' | 'escalationReach'> {
  const inner = section(record, 'escalations', ['verbs', 'nouns', 'reach'], source);
  const { reach } = inner;
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 0 || reach > 6) fail(source, "'escalations.reach' must be a whole number from 0 to 6");
  return { escalationVerbs: phrases(inner, 'verbs', `${source} 'escalations'`), escalationNouns: words(inner, 'nouns', `${source} 'escalations'`), escalationReach: reach };
}

function outcomes(record: Record<string, unknown>, source: string): Pick<ThreatFramesKnowledge, 'outcomeVerbs' | 'outcomeWords' | 'outcomeReach'> {
  const inner = section(record, 'outcomes', ['verbs', 'words', 'reach'], source);
  const { reach } = inner;
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 1 || reach > 12) fail(source, "'outcomes.reach' must be a whole number from 1 to 12");
  return { outcomeVerbs: phrases(inner, 'verbs', `${source} 'outcomes'`), outcomeWords: words(inner, 'words', `${source} 'outcomes'`), outcomeReach: reach };
}

type Demands = Pick<ThreatFramesKnowledge, 'demandOpeners' | 'demandConditions' | 'demandFailures' | 'demandWhiles' | 'demandPersistence' | 'demandReach' | 'demandModals'>;

function demands(record: Record<string, unknown>, source: string): Demands {
  const inner = section(record, 'demands', ['openers', 'conditions', 'failures', 'whiles', 'persistence', 'reach', 'modals'], source);
  const { reach } = inner;
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 1 || reach > 12) fail(source, "'demands.reach' must be a whole number from 1 to 12");
  const at = `${source} 'demands'`;
  return { demandOpeners: words(inner, 'openers', at), demandConditions: words(inner, 'conditions', at), demandFailures: words(inner, 'failures', at), demandWhiles: phrases(inner, 'whiles', at), demandPersistence: words(inner, 'persistence', at), demandReach: reach, demandModals: words(inner, 'modals', at) };
}

function penaltyNouns(record: Record<string, unknown>, source: string): string[][] {
  const list = record.penalties;
  if (!Array.isArray(list) || !list.every((w): w is string => typeof w === 'string' && /^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/.test(w))) fail(source, "'penalties' must be a list of lower-case nouns");
  return list.map((w) => w.split(' '));
}

function responses(record: Record<string, unknown>, source: string): { responseVerbs: string[][]; responseObjects: Set<string>; responseReach: number } {
  const value = record.responses;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, "'responses' must be an object with 'verbs', 'objects' and 'reach'");
  const inner = value as Record<string, unknown>;
  for (const key of Object.keys(inner)) if (!['verbs', 'objects', 'reach'].includes(key)) fail(source, `unknown field 'responses.${key}'`);
  const reach = inner.reach;
  if (typeof reach !== 'number' || !Number.isInteger(reach) || reach < 1 || reach > 8) fail(source, "'responses.reach' must be a whole number from 1 to 8");
  return { responseVerbs: phrases(inner, 'verbs', `${source} 'responses'`), responseObjects: words(inner, 'objects', `${source} 'responses'`), responseReach: reach };
}

function prospects(record: Record<string, unknown>, source: string): { prospectVerbs: string[][]; prospectNouns: Set<string>; prospectDirect: string[][]; prospectWeighing: Set<string> } {
  const value = record.prospects;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, "'prospects' must be an object with 'verbs' and 'nouns'");
  const inner = value as Record<string, unknown>;
  for (const key of Object.keys(inner)) if (!['verbs', 'nouns', 'direct', 'weighing'].includes(key)) fail(source, `unknown field 'prospects.${key}'`);
  const prospectVerbs = phrases(inner, 'verbs', `${source} 'prospects'`);
  const prospectWeighing = inner.weighing === undefined ? new Set<string>() : words(inner, 'weighing', `${source} 'prospects'`); // optional
  for (const w of prospectWeighing) if (!prospectVerbs.some((v) => v.length === 1 && v[0] === w)) fail(source, `'prospects.weighing': "${w}" is not one of 'prospects.verbs'`);
  return { prospectVerbs, prospectNouns: words(inner, 'nouns', `${source} 'prospects'`), prospectDirect: phrases(inner, 'direct', `${source} 'prospects'`), prospectWeighing };
}
