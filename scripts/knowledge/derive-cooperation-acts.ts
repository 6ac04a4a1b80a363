// Derives knowledge/en/cooperation-acts.json — the acts that make a speaker's stated intent a
// PROPOSAL ("will send", "agreed to host", "is ready to mediate": src/relations/detectors/proposal.ts)
// — from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT; licence in
// knowledge/en/PETRARCH2.LICENSE): the verbs of CAMEO 03-08 (intent to cooperate, consult,
// diplomatic and material cooperation, aid, yield), less the selection's loose ones, plus its
// additions (scripts/knowledge/cooperation-acts.selection.json). Rerunnable:
//
//   npx ts-node --transpile-only scripts/knowledge/derive-cooperation-acts.ts [../shared/data/petrarch2]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseVerbDictionary } from './tabari';
import { validateCooperationActs } from '../../src/knowledge/cooperation-acts';

const ROOT = join(__dirname, '..', '..');
const SOURCE_DIR = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'data', 'petrarch2'));
const TARGET = join(ROOT, 'knowledge', 'en', 'cooperation-acts.json');

interface Selection {
  families: string[];
  drop: string[];
  add: string[];
}

const selection = JSON.parse(readFileSync(join(__dirname, 'cooperation-acts.selection.json'), 'utf8')) as Selection;
const dictionary = parseVerbDictionary(readFileSync(join(SOURCE_DIR, 'CAMEO.2.0.txt'), 'utf8'));
const dropped = new Set(selection.drop);
const verbs = new Set<string>(selection.add);
for (const block of dictionary.blocks) {
  for (const verb of block.verbs) {
    const code = verb.code ?? block.code;
    // a few entries carry an inline code or a leading '+' (phrasal): keep plain lower-case lemmas
    const lemma = verb.lemma.toLowerCase().replace(/^\+/, '').replace(/_/g, ' ');
    if (selection.families.includes(code.slice(0, 2)) && /^[a-z][a-z'-]*( [a-z][a-z'-]*)*$/.test(lemma) && !dropped.has(lemma)) verbs.add(lemma);
  }
}
const output = {
  $comment:
    'Acts of cooperation: a speaker who says their side will, would, is ready to, agreed to or pledged to do one proposes (an offer, plan or pledge). Derived from the CAMEO verb dictionary (PETRARCH2, openeventdata/petrarch2, MIT, Copyright (c) 2014-2015 Open Event Data Alliance; licence in PETRARCH2.LICENSE), families 03-08, by scripts/knowledge/derive-cooperation-acts.ts with scripts/knowledge/cooperation-acts.selection.json. Do not edit by hand: rerun the script.',
  families: selection.families,
  verbs: [...verbs].sort(),
};
validateCooperationActs(output, TARGET);
writeFileSync(TARGET, `${JSON.stringify(output, null, 2)}\n`);
console.log(`wrote ${TARGET}: ${output.verbs.length} acts of cooperation from CAMEO ${selection.families.join(', ')}`);
