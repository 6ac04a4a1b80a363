// knowledge/en/verbal-conflict.json: the words of the ACCUSATION and REJECTION detectors (CAMEO
// 11 and 12), checked field by field when loaded.
export interface VerbalConflictKnowledge {
  /** Words that make the verb after them hypothetical: "if it turns down the deal". */
  conditionals: Set<string>;
  accusation: {
    /** Accusation verbs, with their particle where they need one ("lash out"). */
    verbs: Set<string>;
    /** Words of reproach that make what a speaker says an accusation ("illegal", "blackmail"). */
    reproaches: Set<string>;
    /** Nouns that name an accusation without a verb ("Moscow's accusation", "condemnation by Paris"). */
    nouns: Set<string>;
    /** Verbs that make an accusation with such a noun: "lodged a strong protest", "filed a complaint". */
    supportVerbs: Set<string>;
    /** Words that make the reproach after them hypothetical ("any provocation"). */
    hypothetical: Set<string>;
    /** Accusation verbs that are no verbs of saying: they accuse in someone's words or as an actor's
     *  verb ("said it deeply regrets the decision") but do not make their subject a speaker. */
    notCues: Set<string>;
    /** Verbs that accuse only with one of their objects: "held Bolivia responsible" (CAMEO "hold * responsible"). */
    objectVerbs: Map<string, Set<string>>;
    /** Verbs that, with one of intentObjects after them, ascribe a hostile intent to their subject ("NATO was preparing for a war") ... */
    intentVerbs: Set<string>;
    /** ... and those objects. */
    intentObjects: Set<string>;
    /** Acts of force or wrongdoing that, done by another actor in a speaker's words, accuse it: "said Azerbaijan had shelled the villages". */
    misdeeds: Set<string>;
    /** Words right before such a verb that make it not done (yet): "would strike", "plans to invade", "could attack". */
    unrealised: Set<string>;
    /** Nouns and verbs of aim before the "to" of such a verb that ascribe it as an aim: "their efforts to harass", "has been plotting to kill". */
    aims: Set<string>;
    /** Words of a side angered by an actor's act ("disappointed", "concern") ... */
    reactions: Set<string>;
    /** ... with one of these and the actor after them: "disappointed by the action taken by the EU". */
    reactionPrepositions: Set<string>;
    /** Verbs (every form) whose subject punishes its object for a wrongdoing named after one of the prepositions: "fined Google for breaching the rules". */
    punishments: { verbs: Set<string>; prepositions: Set<string> };
    /** Words after an accusation noun that name the accused: "reopened its complaint against Japan". */
    targetPrepositions: Set<string>;
    /** "It is the threat of force that has ...": the subject of a cleft before a form of "be" ... */
    cleftSubjects: Set<string>;
    /** ... and the relative after its label, with a verb after it: the label stresses, it labels nothing. */
    cleftRelatives: Set<string>;
    /** Accusation verbs of sorrow ("regret") that, with only actors after placePrepositions, mourn a harm and accuse no one ... */
    sorrowVerbs: Set<string>;
    /** ... words before an actor that make it where the harm happened: "regretted the loss of life in Iran". */
    placePrepositions: Set<string>;
    /** Words that make an accusation verb after them a prediction, not a claim ("would regret it"). */
    future: Set<string>;
    /** Words that say their clause's subject was responsible for a harm after them: "Russia was behind the sabotage". */
    blame: {
      /** After a form of "be": "responsible", "behind". */
      predicates: Set<string>;
      /** Verbs that do so with one of verbObjects: "bore responsibility". */
      verbs: Set<string>;
      verbObjects: Set<string>;
      /** The harms: "the sabotage", "the unrest". */
      harms: Set<string>;
    };
    /** Verbs that label something ("call", "describe") ... */
    labelVerbs: Set<string>;
    /** ... and the words that reproach only as such a label ("described the drills as a threat"), or
     *  after "as" or a form of "be" ("rejected the plan as an attack", "this is a threat to us"). */
    labels: Set<string>;
  };
  rejection: {
    /** Rejection verbs, with their particles where they need them ("rule out", "say no to"). */
    verbs: Set<string>;
    /** Words after a rejection verb that make it no rejection ("refused comment", "denied entry"). */
    notBefore: Set<string>;
    /** Nouns of a power before "to" and a rejection verb, which make it no rejection: "the capability to reject", "the right to refuse". */
    abilityNouns: Set<string>;
    /** Rejection verbs that, with two objects, withhold something from someone and reject nothing: "denied rival firms the chance". */
    withholdVerbs: Set<string>;
    /** Verbs that reject only with one of their objects: "declined the offer" (CAMEO "decline * offer"), not "prices declined". */
    objectVerbs: Map<string, Set<string>>;
    /** Verbs that reject when negated: "would not accept", "will never renounce". */
    negated: Set<string>;
    /** Nouns of what can be rejected: claims, reports, proposals ("the accusations", "the offer"). */
    objects: Set<string>;
    /** Words that, near such a noun, deny it: "the accusations were fabrications". */
    dismissals: Set<string>;
    /** Objects that make a negated acceptance a warning, not a rejection: "will not tolerate attacks". */
    harmObjects: Set<string>;
    /** Nouns that name a rejection without a verb ("Hanoi's refusal"). */
    nouns: Set<string>;
    /** Nouns of a rejecting stance: in a speaker's words with no possessor, the speaker's ("includes the non-recognition of the annexation"). */
    stanceNouns: Set<string>;
    /** Nouns of a proposal made before ("dismissed the proposal"): the rejection answers its proposer. */
    answeredProposals: Set<string>;
    /** Nouns of a claim made before ("rejected the accusations"): the rejection answers its author. */
    answeredClaims: Set<string>;
    /** Phrases by which a speaker denies a claim: "had nothing to do with the incident", "there are no grounds for". */
    denials: Map<string, string[][]>;
    /** Phrases that say there is none of something ("there have been no"): of a thing another actor named before, a denial. */
    noneAnswers: Map<string, string[][]>;
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
    fail(source, `'${where === '' ? key : `${where}.${key}`}' must be a list of lower-case words`);
  }
  return new Set(v);
}

/** "hold responsible" -> hold: {responsible}. */
function phrasesByVerb(phrases: Set<string>): Map<string, Set<string>> {
  const byVerb = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const [verb, ...object] = phrase.split(' ');
    if (object.length === 0) continue;
    if (!byVerb.has(verb)) byVerb.set(verb, new Set());
    byVerb.get(verb)?.add(object.join(' '));
  }
  return byVerb;
}

/** "nothing to do with" -> nothing: [[nothing, to, do, with]]. */
function phrasesByFirstWord(phrases: Set<string>): Map<string, string[][]> {
  const byWord = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    byWord.set(words[0], [...(byWord.get(words[0]) ?? []), words]);
  }
  return byWord;
}

function blameOf(blame: Record<string, unknown>, source: string): VerbalConflictKnowledge['accusation']['blame'] {
  const b = (key: string): Set<string> => words(blame, key, 'accusation.blame', source);
  return { predicates: b('predicates'), verbs: b('verbs'), verbObjects: b('verbObjects'), harms: b('harms') };
}

function punishmentsOf(punishments: Record<string, unknown>, source: string): VerbalConflictKnowledge['accusation']['punishments'] {
  return { verbs: words(punishments, 'verbs', 'accusation.punishments', source), prepositions: words(punishments, 'prepositions', 'accusation.punishments', source) };
}

export function validateVerbalConflict(value: unknown, source: string): VerbalConflictKnowledge {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, 'must be a JSON object');
  const accusation = section(value, 'accusation', source);
  const rejection = section(value, 'rejection', source);
  const of = (part: Record<string, unknown>, where: string) => (key: string): Set<string> => words(part, key, where, source);
  const a = of(accusation, 'accusation');
  const r = of(rejection, 'rejection');
  return {
    conditionals: words(value as Record<string, unknown>, 'conditionals', '', source),
    accusation: { verbs: a('verbs'), reproaches: a('reproaches'), nouns: a('nouns'), supportVerbs: a('supportVerbs'), hypothetical: a('hypothetical'), future: a('future'), notCues: a('notCues'), objectVerbs: phrasesByVerb(a('objectVerbs')), intentVerbs: a('intentVerbs'), intentObjects: a('intentObjects'), misdeeds: a('misdeeds'), unrealised: a('unrealised'), aims: a('aims'), reactions: a('reactions'), reactionPrepositions: a('reactionPrepositions'), punishments: punishmentsOf(section(accusation, 'punishments', source), source), targetPrepositions: a('targetPrepositions'), placePrepositions: a('placePrepositions'), sorrowVerbs: a('sorrowVerbs'), cleftSubjects: a('cleftSubjects'), cleftRelatives: a('cleftRelatives'), blame: blameOf(section(accusation, 'blame', source), source), labelVerbs: a('labelVerbs'), labels: a('labels') },
    rejection: {
      verbs: r('verbs'),
      notBefore: r('notBefore'),
      abilityNouns: r('abilityNouns'),
      withholdVerbs: r('withholdVerbs'),
      objectVerbs: phrasesByVerb(r('objectVerbs')),
      negated: r('negated'),
      objects: r('objects'),
      dismissals: r('dismissals'),
      harmObjects: r('harmObjects'),
      nouns: r('nouns'),
      stanceNouns: r('stanceNouns'),
      answeredProposals: r('answeredProposals'),
      answeredClaims: r('answeredClaims'),
      denials: phrasesByFirstWord(r('denials')),
      noneAnswers: phrasesByFirstWord(r('noneAnswers')),
    },
  };
}
