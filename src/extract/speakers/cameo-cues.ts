// Verbs of saying and of proposing taken from the CAMEO verb dictionary (knowledge/en/cameo-verbs.json,
// derived from PETRARCH2, MIT) by event code, as knowledge/cameo-cues.json selects them: the cue
// lists of knowledge/cues.json grow from a maintained source instead of by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCameoFile } from '../../knowledge/derived/cameo';

const KNOWLEDGE_DIR = join(__dirname, '..', '..', '..', 'knowledge');

export interface CameoCues {
  speech: string[];
  proposal: string[];
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`knowledge file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function codes(value: unknown, field: string): Set<string> {
  if (!Array.isArray(value) || !value.every((c) => typeof c === 'string' && /^\d{3,4}$/.test(c))) throw new Error(`knowledge file cameo-cues.json: "${field}" must be a list of CAMEO event codes`);
  return new Set(value as string[]);
}

/** Single-word lemmas of the selected codes, minus the excluded ones. */
export function cameoCues(dir = KNOWLEDGE_DIR): CameoCues {
  const selection = readJson(join(dir, 'cameo-cues.json'));
  if (typeof selection !== 'object' || selection === null || Array.isArray(selection)) throw new Error('knowledge file cameo-cues.json: expected an object');
  const fields = selection as Record<string, unknown>;
  const exclude = fields.exclude;
  if (!Array.isArray(exclude) || !exclude.every((w) => typeof w === 'string')) throw new Error('knowledge file cameo-cues.json: "exclude" must be a list of lemmas');
  const excluded = new Set(exclude as string[]);
  const speechCodes = codes(fields.speechCodes, 'speechCodes');
  const proposalCodes = codes(fields.proposalCodes, 'proposalCodes');
  const cameo = validateCameoFile(readJson(join(dir, 'en', 'cameo-verbs.json')), 'knowledge/en/cameo-verbs.json');
  const pick = (wanted: Set<string>): string[] =>
    [...new Set(cameo.verbs.filter((v) => wanted.has(v.code.slice(0, 3)) && !v.lemma.includes(' ') && !excluded.has(v.lemma)).map((v) => v.lemma))].sort();
  return { speech: pick(speechCodes), proposal: pick(proposalCodes) };
}
