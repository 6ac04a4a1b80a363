// Derives knowledge/en/proposal-acts.json — the verbs that make a PROPOSAL with no verb of saying
// and with no proposal word of their own: a request made of an addressee ("asked Peru to reopen",
// "wants Rwanda to stop") and a plan of the subject's own ("plans to host", "aims to sign",
// src/relations/detectors/proposal-acts.ts) — from PETRARCH2's CAMEO verb dictionary
// (CAMEO.2.0.txt, MIT; licence in knowledge/en/PETRARCH2.LICENSE): the one-word verbs of CAMEO
// 020 and 100 (appeal, demand) and of 030 (intent to cooperate), less the selection's loose ones,
// plus its additions (scripts/knowledge/proposal-acts.selection.json). Rerunnable:
//
//   npx ts-node --transpile-only scripts/knowledge/derive-proposal-acts.ts [../shared/data/petrarch2]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseVerbDictionary } from './tabari';
import { validateProposalActs } from '../../src/knowledge/proposal-acts';

const ROOT = join(__dirname, '..', '..');
const SOURCE_DIR = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'data', 'petrarch2'));
const TARGET = join(ROOT, 'knowledge', 'en', 'proposal-acts.json');

interface Selection {
  appealCodes: string[];
  intentCodes: string[];
  objectCodes: string[];
  literalObjectCodes: string[];
  objectVerbs: string[];
  presentVerbs: string[];
  effortVerbs: string[];
  firstPersonIntentVerbs: string[];
  firstPersonObjectVerbs: string[];
  measureObjects: string[];
  drop: { appeal: string[]; intent: string[]; object: string[] };
  add: { appeal: string[]; intent: string[]; object?: string[] };
}

const selection = JSON.parse(readFileSync(join(__dirname, 'proposal-acts.selection.json'), 'utf8')) as Selection;
const dictionary = parseVerbDictionary(readFileSync(join(SOURCE_DIR, 'CAMEO.2.0.txt'), 'utf8'));

/** The one-word lemmas filed under the codes (a verb's own code, else its block's), less the dropped, plus the added. */
function pick(codes: string[], drop: string[], add: string[]): string[] {
  const dropped = new Set(drop);
  const verbs = new Set<string>(add);
  for (const block of dictionary.blocks) {
    for (const verb of block.verbs) {
      const lemma = verb.lemma.toLowerCase().replace(/^\+/, '');
      if (codes.includes(verb.code ?? block.code) && /^[a-z]+$/.test(lemma) && !dropped.has(lemma)) verbs.add(lemma);
    }
  }
  return [...verbs].sort();
}

const synsetsByLowerName = new Map([...dictionary.synsets].map(([name, words]) => [name.toLowerCase(), words]));

/** The first word after the verb in the phrase patterns of the codes ('* talks', '* {&ceasefire proposal}'), a synset read as its one-word members. */
function patternObjects(codes: string[], drop: string[], literalOnly = false): string[] {
  const dropped = new Set(drop);
  const objects = new Set<string>();
  for (const block of dictionary.blocks) {
    for (const pattern of block.patterns) {
      if (!codes.some((code) => pattern.code.startsWith(code))) continue;
      const head = /^\*\s+\{?([&a-z-]+)/i.exec(pattern.text.trim().toLowerCase())?.[1];
      if (!head || (literalOnly && head.startsWith('&'))) continue;
      const words = head.startsWith('&') ? (synsetsByLowerName.get(head) ?? []).map((w) => w.toLowerCase()) : [head];
      for (const word of words) if (/^[a-z-]+$/.test(word) && !dropped.has(word)) objects.add(word);
    }
  }
  return [...objects].sort();
}

const output = {
  $comment:
    'Verbs that make a PROPOSAL with no verb of saying: appealVerbs with an addressee and an infinitive ("asked Peru to reopen the border", "wants Rwanda to stop"), intentVerbs with an infinitive ("plans to host talks", "aims to sign"), objectVerbs with an object of cooperation ("seeks talks", "wants a ceasefire", "asked for help": cooperationObjects, from the phrase patterns of CAMEO 025-028 and 036-038 and the written-out objects of 021-023), presentVerbs with a proposal noun or an object of cooperation ("put forward a peace plan", "tabled a draft resolution"), effortVerbs whose present perfect tells an effort made ("has sought to"), not a proposal that stands, firstPersonIntentVerbs that state a plan after I or we (\"we want to see a ceasefire\"), firstPersonObjectVerbs that ask for an object of cooperation after I or we (\"we need an immediate ceasefire\"), measureObjects: economic measures whose planned imposition is a proposal, not a threat (\"plans to impose a tariff\"). Derived from the CAMEO verb dictionary (PETRARCH2, openeventdata/petrarch2, MIT, Copyright (c) 2014-2015 Open Event Data Alliance; licence in PETRARCH2.LICENSE), codes 020 and 100 (appeal, demand) and 030 (intent to cooperate), by scripts/knowledge/derive-proposal-acts.ts with scripts/knowledge/proposal-acts.selection.json. Do not edit by hand: rerun the script.',
  codes: { appeal: selection.appealCodes, intent: selection.intentCodes },
  appealVerbs: pick(selection.appealCodes, selection.drop.appeal, selection.add.appeal),
  intentVerbs: pick(selection.intentCodes, selection.drop.intent, selection.add.intent),
  objectVerbs: selection.objectVerbs,
  objectCodes: [...selection.objectCodes, ...selection.literalObjectCodes].sort(),
  presentVerbs: selection.presentVerbs,
  effortVerbs: selection.effortVerbs,
  firstPersonIntentVerbs: selection.firstPersonIntentVerbs,
  firstPersonObjectVerbs: selection.firstPersonObjectVerbs,
  measureObjects: [...selection.measureObjects].sort(),
  cooperationObjects: [...new Set([...patternObjects(selection.objectCodes, selection.drop.object), ...patternObjects(selection.literalObjectCodes, selection.drop.object, true), ...(selection.add.object ?? [])])].sort(),
};
validateProposalActs(output, TARGET);
writeFileSync(TARGET, `${JSON.stringify(output, null, 2)}\n`);
console.log(`wrote ${TARGET}: ${output.appealVerbs.length} verbs of appeal, ${output.intentVerbs.length} verbs of intent, ${output.cooperationObjects.length} objects of cooperation`);
