// Derives knowledge/en/verbal-conflict.json — the knowledge sections of the ACCUSATION and
// REJECTION detectors (src/relations/detectors/) — from the CAMEO verb dictionary as
// scripts/knowledge/convert-petrarch.ts converted it (knowledge/en/cameo-verbs.json, from
// PETRARCH2's CAMEO.2.0.txt, MIT; licence in knowledge/en/PETRARCH2.LICENSE), with the hand-kept
// selection in scripts/knowledge/verbal-conflict.selection.json. Rerunnable:
//
//   npx ts-node --transpile-only scripts/knowledge/derive-cameo-verbs.ts
//
// ACCUSATION (CAMEO 11): the verbs whose own code is one of the selection's (111 criticise or
// denounce, 112 accuse), and the few of 110 (disapprove) that the selection names ("regret");
// its labels add the words its patterns name after "as" ("slam * (as unacceptable)"). REJECTION (CAMEO 12, and 016 deny): the verbs of a dictionary block that
// has a pattern of those codes whose object is a proposal, claim, demand or report ("reject
// &PROPOSAL", "deny ACCUSATION"); and the words after the verb its other patterns code as something
// else ("refuse COMMENT" is 011, declining to comment), which keep the verb from counting there.
// The hand-kept words of the selection (nouns, reproaches, labels, dismissals, conditionals...)
// are copied as they are; the dictionary's objects of rejection become the claim nouns.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCameoFile, type CameoPattern } from '../../src/knowledge/derived/cameo';
import { validateVerbalConflict } from '../../src/knowledge/verbal-conflict';
import { validateForceActs } from '../../src/knowledge/force-acts';
import { parseVerbDictionary, regularVerbForms } from './tabari';

const ROOT = join(__dirname, '..', '..');
const SOURCE = join(ROOT, 'knowledge', 'en', 'cameo-verbs.json');
const TARGET = join(ROOT, 'knowledge', 'en', 'verbal-conflict.json');
// the verbs of force derive-force-acts.ts took from CAMEO 16-20: done by another actor, in a speaker's words, they accuse it
const FORCE_ACTS = join(ROOT, 'knowledge', 'en', 'force-acts.json');
// the dictionary itself, for the verbs of wrongdoing that force-acts.json leaves out as too loose for a threat
const CAMEO_TEXT = join(ROOT, '..', 'shared', 'data', 'petrarch2', 'CAMEO.2.0.txt');

interface Selection {
  conditionals: string[];
  accusation: { codes: string[]; alsoOf: Record<string, string[]>; objectVerbs: string[]; intentVerbs: string[]; intentObjects: string[]; misdeeds: { fromForceDrop: string[]; fromCameo: string[]; add: string[]; unrealised: string[] }; targetPrepositions: string[]; placePrepositions: string[]; sorrowVerbs: string[]; cleftSubjects: string[]; cleftRelatives: string[]; blame: { predicates: string[]; verbs: string[]; verbObjects: string[]; harms: string[]; fromForceDrop: string[] }; future: string[]; aims: string[]; reactions: string[]; reactionPrepositions: string[]; punishments: { verbs: string[]; add: string[]; prepositions: string[] }; drop: string[]; add: string[]; reproaches: string[]; nouns: string[]; supportVerbs: string[]; hypothetical: string[]; labelVerbs: string[]; labels: string[] };
  rejection: {
    codes: string[];
    objects: string[];
    minPatterns: number;
    notBeforeCodes: string[];
    notBeforeAdd: string[];
    abilityNouns: string[];
    withholdVerbs: string[];
    stanceNouns: string[];
    noneAnswers: string[];
    objectVerbs: string[];
    drop: string[];
    add: string[];
    negated: string[];
    dismissals: string[];
    harmObjects: string[];
    nouns: string[];
    answeredProposals: string[];
    answeredClaims: string[];
    denials: string[];
  };
}

const selection = JSON.parse(readFileSync(join(__dirname, 'verbal-conflict.selection.json'), 'utf8')) as Selection;
const cameo = validateCameoFile(JSON.parse(readFileSync(SOURCE, 'utf8')), SOURCE);
const hasCode = (code: string, codes: string[]): boolean => codes.some((c) => code.startsWith(c));
const sorted = (words: Iterable<string>): string[] => [...new Set(words)].sort();

const accusation = cameo.verbs.filter((v) => hasCode(v.code, selection.accusation.codes)).map((v) => v.lemma);
// the few verbs of a broader code that disapprove of someone: each must be in the dictionary under
// it; they accuse in someone's words, but are no verbs of saying ("Norway regrets the decision")
const notCues: string[] = [];
for (const [code, lemmas] of Object.entries(selection.accusation.alsoOf)) {
  for (const lemma of lemmas) {
    if (!cameo.verbs.some((v) => v.lemma === lemma && v.code === code)) throw new Error(`accusation.alsoOf: "${lemma}" is not a CAMEO ${code} verb`);
    accusation.push(lemma);
    notCues.push(lemma);
  }
}
// "slammed * (as unacceptable)", "dismiss * (as unfair)": what an accusation pattern names after "as" is a label
const asLabels = cameo.patterns
  .filter((p) => hasCode(p.code, selection.accusation.codes))
  .map((p) => /\(as ([a-z-]+)\)/.exec(p.pattern)?.[1])
  .filter((w): w is string => w !== undefined);

// "said Azerbaijan had shelled the villages": a verb of force (CAMEO 18-20 assault, fight, mass
// violence) that another actor did; not the verbs of coercion and response that a government does
// in the open ("imposed sanctions", "retaliated"), which the selection drops
const forceActs = validateForceActs(JSON.parse(readFileSync(FORCE_ACTS, 'utf8')), FORCE_ACTS);
// "Google abused its dominance", "continue to degrade the institutions": verbs of wrongdoing that
// force-acts.json drops as too loose for a threat ("abuse", CAMEO 180) or that CAMEO files under
// disapproval ("degrade", 110); each must be a dictionary verb of code 110 or of families 17-20
const WRONGDOING_CODES = ['110', '17', '18', '19', '20'];
const cameoCodes = new Map<string, string[]>();
const cameoForms = new Map<string, string[]>();
for (const block of parseVerbDictionary(readFileSync(process.env.CAMEO_TEXT ?? CAMEO_TEXT, 'utf8')).blocks) {
  for (const verb of block.verbs) {
    const lemma = verb.lemma.toLowerCase();
    cameoCodes.set(lemma, [...(cameoCodes.get(lemma) ?? []), verb.code ?? block.code]);
    cameoForms.set(lemma, [...(cameoForms.get(lemma) ?? []), ...verb.forms.map((f) => f.toLowerCase())]);
  }
}
for (const verb of selection.accusation.misdeeds.fromCameo) {
  if (!(cameoCodes.get(verb) ?? []).some((code) => hasCode(code, WRONGDOING_CODES))) throw new Error(`accusation.misdeeds.fromCameo: "${verb}" is no CAMEO verb of code ${WRONGDOING_CODES.join('/')}`);
}
// "the Commission fined Google for breaching the rules": verbs of CAMEO 17 (coerce) whose subject punishes a wrongdoing
for (const verb of selection.accusation.punishments.verbs) {
  if (!(cameoCodes.get(verb) ?? []).some((code) => hasCode(code, ['17']))) throw new Error(`accusation.punishments.verbs: "${verb}" is no CAMEO 17 verb`);
}
// as their forms ("fined": wink's lemma of it is no base form)
const punishmentForms = [
  ...selection.accusation.punishments.verbs.flatMap((v) => cameoForms.get(v) ?? []),
  ...selection.accusation.punishments.add.flatMap((v) => regularVerbForms(v.toUpperCase()).map((f) => f.toLowerCase())),
];
const misdeeds = sorted([...[...forceActs.verbs].filter((v) => !selection.accusation.misdeeds.fromForceDrop.includes(v)), ...selection.accusation.misdeeds.fromCameo, ...selection.accusation.misdeeds.add]);
for (const verb of selection.accusation.misdeeds.fromForceDrop) if (!forceActs.verbs.has(verb)) throw new Error(`accusation.misdeeds.fromForceDrop: "${verb}" is no verb of force-acts.json`);

const objectOf = (p: CameoPattern): string => p.after.split(' ')[0] ?? '';
const rejecting = cameo.patterns.filter((p) => hasCode(p.code, selection.rejection.codes) && selection.rejection.objects.includes(objectOf(p)));
const patternsOf = new Map<string, number>();
for (const verb of rejecting.flatMap((p) => p.verbs)) patternsOf.set(verb, (patternsOf.get(verb) ?? 0) + 1);
const rejection = [...patternsOf].filter(([, n]) => n >= selection.rejection.minPatterns).map(([verb]) => verb);
const rejectionSet = new Set([...rejection, ...selection.rejection.add].filter((v) => !selection.rejection.drop.includes(v)));
// "refuse comment" (011): after these words the verb declines to comment, it rejects nothing
const notBefore = cameo.patterns.filter((p) => p.verbs.some((v) => rejectionSet.has(v)) && hasCode(p.code, selection.rejection.notBeforeCodes) && p.before === '' && /^[a-z-]+$/.test(p.after)).map((p) => p.after);

// "declined the offer" (not "prices declined"): a verb too loose to reject alone rejects with an
// object one of its CAMEO 12 patterns gives it (a synonym set's words too)
const rejectionObjectPhrases = cameo.patterns
  .filter((p) => hasCode(p.code, selection.rejection.codes) && p.before === '')
  .flatMap((p) => {
    const object = objectOf(p);
    const words = object.startsWith('&') ? (cameo.synsets.get(object) ?? []) : [object];
    return p.verbs.filter((v) => selection.rejection.objectVerbs.includes(v)).flatMap((v) => words.filter((w) => /^[a-z]+$/.test(w)).map((w) => `${v} ${w}`));
  });
for (const verb of selection.rejection.objectVerbs) if (!rejectionObjectPhrases.some((p) => p.startsWith(`${verb} `))) throw new Error(`rejection.objectVerbs: no CAMEO 12 pattern of "${verb}"`);

// "dismissed the proposal": the nouns of what was proposed or claimed before must be objects of
// the dictionary's rejection patterns (a synonym set's words, or a word's plural)
const rejectedObjects = new Set(
  cameo.patterns.filter((p) => hasCode(p.code, selection.rejection.codes)).flatMap((p) => {
    const object = objectOf(p);
    return object.startsWith('&') ? (cameo.synsets.get(object) ?? []) : [object];
  }),
);
const cameoObjects = (key: 'answeredProposals' | 'answeredClaims'): string[] => {
  for (const word of selection.rejection[key]) {
    if (!rejectedObjects.has(word) && !rejectedObjects.has(word.replace(/s$/, ''))) throw new Error(`rejection.${key}: "${word}" is no object of a CAMEO ${selection.rejection.codes.join('/')} pattern`);
  }
  return sorted(selection.rejection[key]);
};

// "hold * responsible" (112): a verb that accuses only with the object its pattern gives
const objectPhrases = cameo.patterns
  .filter((p) => hasCode(p.code, selection.accusation.codes) && p.before === '' && /^[a-z]+$/.test(p.after))
  .flatMap((p) => p.verbs.filter((v) => selection.accusation.objectVerbs.includes(v)).map((v) => `${v} ${p.after}`));
for (const verb of selection.accusation.objectVerbs) if (!objectPhrases.some((p) => p.startsWith(`${verb} `))) throw new Error(`accusation.objectVerbs: no CAMEO pattern of "${verb}"`);
// the nouns that name an accusation are objects of the dictionary's patterns of disapproval or rejection
const conflictObjects = new Set(
  cameo.patterns.filter((p) => hasCode(p.code, ['11', ...selection.rejection.codes])).flatMap((p) => {
    const object = objectOf(p);
    return object.startsWith('&') ? (cameo.synsets.get(object) ?? []) : [object];
  }),
);
for (const noun of selection.accusation.nouns) {
  if (!conflictObjects.has(noun) && !conflictObjects.has(noun.replace(/s$/, ''))) throw new Error(`accusation.nouns: "${noun}" is no object of a CAMEO 11 or 12 pattern`);
}

const output = {
  $comment:
    'Knowledge of the ACCUSATION and REJECTION detectors (src/relations/detectors/). Derived from the CAMEO verb dictionary (PETRARCH2, openeventdata/petrarch2, MIT, Copyright (c) 2014-2015 Open Event Data Alliance; licence in PETRARCH2.LICENSE) through cameo-verbs.json by scripts/knowledge/derive-cameo-verbs.ts, with scripts/knowledge/verbal-conflict.selection.json. Do not edit by hand: rerun the script, or extend it with a file of the same name in KG_KNOWLEDGE_DIR.',
  conditionals: sorted(selection.conditionals),
  accusation: {
    cameo: selection.accusation.codes,
    verbs: sorted([...accusation, ...selection.accusation.add].filter((v) => !selection.accusation.drop.includes(v))),
    reproaches: sorted(selection.accusation.reproaches),
    nouns: sorted(selection.accusation.nouns),
    supportVerbs: sorted(selection.accusation.supportVerbs),
    hypothetical: sorted(selection.accusation.hypothetical),
    labelVerbs: sorted(selection.accusation.labelVerbs),
    labels: sorted([...selection.accusation.labels, ...asLabels]),
    future: sorted(selection.accusation.future),
    notCues: sorted(notCues),
    objectVerbs: sorted(objectPhrases),
    intentVerbs: sorted(selection.accusation.intentVerbs),
    intentObjects: sorted(selection.accusation.intentObjects),
    misdeeds,
    aims: sorted(selection.accusation.aims),
    reactions: sorted(selection.accusation.reactions),
    reactionPrepositions: sorted(selection.accusation.reactionPrepositions),
    punishments: { verbs: sorted(punishmentForms), prepositions: sorted(selection.accusation.punishments.prepositions) },
    unrealised: sorted(selection.accusation.misdeeds.unrealised),
    targetPrepositions: sorted(selection.accusation.targetPrepositions),
    placePrepositions: sorted(selection.accusation.placePrepositions),
    sorrowVerbs: sorted(selection.accusation.sorrowVerbs),
    cleftSubjects: sorted(selection.accusation.cleftSubjects),
    cleftRelatives: sorted(selection.accusation.cleftRelatives),
    // "said Russia was behind the sabotage": the harms are the nouns of force-acts.json and the selection's
    blame: {
      predicates: sorted(selection.accusation.blame.predicates),
      verbs: sorted(selection.accusation.blame.verbs),
      verbObjects: sorted(selection.accusation.blame.verbObjects),
      harms: sorted([...forceActs.nouns.filter((n) => n.length === 1).map((n) => n[0]).filter((n) => !selection.accusation.blame.fromForceDrop.includes(n)), ...selection.accusation.blame.harms]),
    },
  },
  rejection: {
    cameo: selection.rejection.codes,
    verbs: sorted(rejectionSet),
    notBefore: sorted([...notBefore, ...selection.rejection.notBeforeAdd]),
    abilityNouns: sorted(selection.rejection.abilityNouns),
    withholdVerbs: sorted(selection.rejection.withholdVerbs),
    objectVerbs: sorted(rejectionObjectPhrases),
    negated: sorted(selection.rejection.negated),
    // the dictionary's objects of rejection, as words: "&PROPOSAL" is a synonym set, not a word
    objects: sorted(selection.rejection.objects.filter((o) => /^[a-z]+$/.test(o))),
    dismissals: sorted(selection.rejection.dismissals),
    harmObjects: sorted(selection.rejection.harmObjects),
    nouns: sorted(selection.rejection.nouns),
    stanceNouns: sorted(selection.rejection.stanceNouns),
    answeredProposals: cameoObjects('answeredProposals'),
    answeredClaims: cameoObjects('answeredClaims'),
    denials: sorted(selection.rejection.denials),
    noneAnswers: sorted(selection.rejection.noneAnswers),
  },
};
validateVerbalConflict(output, TARGET);
writeFileSync(TARGET, `${JSON.stringify(output, null, 2)}\n`);
console.log(`wrote ${TARGET}: ${output.accusation.verbs.length} accusation verbs, ${output.rejection.verbs.length} rejection verbs`);
