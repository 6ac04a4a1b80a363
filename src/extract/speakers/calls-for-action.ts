// Calls for action by obligation: "the fighting must stop now", "we need to see aid delivered",
// "Resolution 1701 must be implemented in full". The modal of obligation and its verb (a passive
// "be implemented" included) make a proposal signal; whose proposal it is, the caller decides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../../model/types';

const KNOWLEDGE_FILE = join(__dirname, '..', '..', '..', 'knowledge', 'calls-for-action.json');

interface CallsForAction {
  deonticModals: Set<string>;
  infinitiveMarkers: Set<string>;
}

let loaded: CallsForAction | null = null;

function words(data: Record<string, unknown>, field: string): Set<string> {
  const value = data[field];
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && w.trim() !== '')) throw new Error(`knowledge file calls-for-action.json: "${field}" must be a list of words`);
  return new Set((value as string[]).map((w) => w.toLowerCase()));
}

function load(): CallsForAction {
  if (!loaded) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(KNOWLEDGE_FILE, 'utf8'));
    } catch (error) {
      throw new Error(`knowledge file ${KNOWLEDGE_FILE} is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('knowledge file calls-for-action.json: expected an object');
    const fields = data as Record<string, unknown>;
    loaded = { deonticModals: words(fields, 'deonticModals'), infinitiveMarkers: words(fields, 'infinitiveMarkers') };
  }
  return loaded;
}

/** Does an obligation start at token i ("must stop", "need to see", "must be implemented"), not negated? */
export function callForActionAt(tokens: Token[], i: number, negators: ReadonlySet<string>): boolean {
  const k = load();
  if (!k.deonticModals.has(tokens[i].normal)) return false;
  let v = i + 1;
  while (tokens[v] && (tokens[v].pos === 'ADV' || k.infinitiveMarkers.has(tokens[v].normal))) {
    if (negators.has(tokens[v].normal)) return false; // "must not", "need not"
    v++;
  }
  const verb = tokens[v];
  if (!verb || negators.has(verb.normal)) return false;
  if (verb.lemma === 'be') return tokens[v + 1]?.pos === 'VERB' && /ed$|en$/.test(tokens[v + 1].normal); // a passive: "be implemented"
  return verb.pos === 'VERB';
}
