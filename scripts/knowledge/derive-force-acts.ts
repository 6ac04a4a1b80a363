// Derives knowledge/en/force-acts.json — the verbs that make a speaker's stated intent a THREAT
// (src/relations/detectors/threat-frames.ts) — from PETRARCH2's CAMEO verb dictionary
// (CAMEO.2.0.txt, MIT; licence in knowledge/en/PETRARCH2.LICENSE): CAMEO 13 THREATEN is the
// stated intent to do an act of families 16-20 (reduce relations, coerce, assault, fight, mass
// violence), so their verbs, less the selection's loose ones, plus its few additions
// (scripts/knowledge/force-acts.selection.json). Rerunnable:
//
//   npx ts-node --transpile-only scripts/knowledge/derive-force-acts.ts [../shared/data/petrarch2]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseVerbDictionary } from './tabari';
import { patternObjects } from './force-nouns';
import { validateForceActs } from '../../src/knowledge/force-acts';

const ROOT = join(__dirname, '..', '..');
const SOURCE_DIR = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'data', 'petrarch2'));
const TARGET = join(ROOT, 'knowledge', 'en', 'force-acts.json');

interface Selection {
  families: string[];
  drop: string[];
  add: string[];
  issuingObjects: string[];
  issuingAdd: string[];
  nounCodes: string[];
  nounDrop: string[];
  nounAdd: string[];
  postureObject: string;
  postureDrop: string[];
  postureNounAdd: string[];
  postureVerbAdd: string[];
  ruptureCodes: string[];
  ruptureVerbDrop: string[];
  ruptureObjectDrop: string[];
  ruptureVerbAdd: string[];
  ruptureObjectAdd: string[];
}

const selection = JSON.parse(readFileSync(join(__dirname, 'force-acts.selection.json'), 'utf8')) as Selection;
const dictionary = parseVerbDictionary(readFileSync(join(SOURCE_DIR, 'CAMEO.2.0.txt'), 'utf8'));
const verbs = new Set<string>();
for (const block of dictionary.blocks) {
  for (const verb of block.verbs) {
    const code = verb.code ?? block.code;
    if (selection.families.includes(code.slice(0, 2))) verbs.add(verb.lemma.toLowerCase());
  }
}
const dropped = new Set(selection.drop);
// "issue * warning", "step up * threats" (CAMEO 13): the verbs of the blocks whose patterns have such an object
const issuing = new Set(selection.issuingAdd);
for (const block of dictionary.blocks) {
  const issues = block.patterns.some((p) => p.code.startsWith('13') && /^\s*\*/.test(p.text) && selection.issuingObjects.includes(p.text.replace(/[*{}()+%$^]/g, ' ').trim().split(/\s+/)[0]?.toLowerCase() ?? ''));
  if (issues) for (const verb of block.verbs) if (!verb.lemma.includes('_')) issuing.add(verb.lemma.toLowerCase().replace(/^\+/, ''));
}
// nouns that name an act of force or coercion (CAMEO 13 patterns' objects: "vow * revenge",
// "plan * attack", "consider * sanctions against"): "will launch an offensive", "vowed revenge"
const nouns = new Set(selection.nounAdd);
const nounDrop = new Set(selection.nounDrop);
for (const block of dictionary.blocks) {
  for (const pattern of block.patterns) {
    if (!selection.nounCodes.some((code) => pattern.code.startsWith(code))) continue;
    for (const noun of patternObjects(pattern.text, dictionary.synsets)) if (!nounDrop.has(noun)) nouns.add(noun);
  }
}
// CAMEO 154 (mobilize armed forces): the verbs whose pattern takes the military as object, and the military
const postureDrop = new Set(selection.postureDrop);
const postureVerbs = new Set<string>(selection.postureVerbAdd);
for (const block of dictionary.blocks) {
  if (!block.patterns.some((p) => p.code.startsWith('154') && p.text.replace(/\s+/g, ' ').trim() === selection.postureObject)) continue;
  for (const verb of block.verbs) {
    const lemma = verb.lemma.toLowerCase().replace(/\[.*$/, '').replace(/[^a-z' -]/g, '').trim(); // "reconvene[---]"
    if (lemma && !postureDrop.has(lemma)) postureVerbs.add(lemma);
  }
}
// CAMEO 16 (reduce relations, aid, negotiations): the verbs and objects of its patterns, less the loose ones
const ruptureVerbs = new Set<string>(selection.ruptureVerbAdd);
const ruptureObjects = new Set<string>(selection.ruptureObjectAdd);
const ruptureVerbDrop = new Set(selection.ruptureVerbDrop);
const ruptureObjectDrop = new Set(selection.ruptureObjectDrop);
for (const block of dictionary.blocks) {
  for (const pattern of block.patterns) {
    if (!selection.ruptureCodes.some((code) => pattern.code.startsWith(code))) continue;
    const objects = patternObjects(pattern.text, dictionary.synsets).filter((o) => !ruptureObjectDrop.has(o));
    if (objects.length === 0) continue;
    for (const o of objects) ruptureObjects.add(o);
    for (const verb of block.verbs) {
      const lemma = verb.lemma.toLowerCase().replace(/\[.*$/, '').replace(/_/g, ' ').replace(/[^a-z' -]/g, '').trim();
      if (lemma && !ruptureVerbDrop.has(lemma)) ruptureVerbs.add(lemma);
    }
  }
}
const military = (dictionary.synsets.get('&MILITARY') ?? []).map((m) => m.toLowerCase().replace(/_/g, ' '));
const output = {
  $comment:
    'Verbs of acts of force and coercion: a speaker who says they will, would or are ready to do one threatens (CAMEO 13). Derived from the CAMEO verb dictionary (PETRARCH2, openeventdata/petrarch2, MIT, Copyright (c) 2014-2015 Open Event Data Alliance; licence in PETRARCH2.LICENSE), families 16-20, the verbs that issue a threat named by a noun (CAMEO 13 patterns whose object is a warning or threat), and the nouns that name an act of force (the objects of CAMEO 13 patterns: vow * revenge, plan * attack), the verbs and nouns of a show of force (CAMEO 154: deploy troops, mobilize the army), and the verbs and objects of a cut in relations, aid or talks (CAMEO 16: sever ties, suspend aid, recall the ambassador), by scripts/knowledge/derive-force-acts.ts with scripts/knowledge/force-acts.selection.json. Do not edit by hand: rerun the script.',
  families: selection.families,
  verbs: [...new Set([...[...verbs].filter((v) => !dropped.has(v)), ...selection.add])].sort(),
  issuing: [...issuing].sort(),
  nouns: [...nouns].sort(),
  posture: { verbs: [...postureVerbs].sort(), military: [...new Set([...military, ...selection.postureNounAdd])].sort() },
  ruptures: { verbs: [...ruptureVerbs].sort(), objects: [...ruptureObjects].sort() },
};
validateForceActs(output, TARGET);
writeFileSync(TARGET, `${JSON.stringify(output, null, 2)}\n`);
console.log(`wrote ${TARGET}: ${output.verbs.length} verbs of force from CAMEO ${selection.families.join(', ')}`);
