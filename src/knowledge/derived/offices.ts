// Offices for resolution: knowledge/en/offices.json (national offices, dated holders the Phoenix
// dictionaries do not cover) and one index of dated office holders, Phoenix's and the project's,
// answered for an article's date. Read once per process, on first use.
import { at, list, lowerPhrase, onlyKeys, record, text, type FieldContext } from '../fields';
import { readKnowledgeFile } from '../files';
import type { Knowledge } from '../load';
import { validateOfficeHolder, type OfficeHolder } from './phoenix';
import { buildOfficeIndex, nameKey, type OfficeIndex } from './office-index';
import { tokenizeForLexicon } from '../../nlp';

export interface OfficeKnowledge {
  /** Role -> the one state or body that has it ("secretary of state" -> United States). */
  nationalOffices: Map<string, string>;
  holders: OfficeHolder[];
}

export const OFFICES_FILE = 'offices.json';

export function validateOfficesFile(value: unknown, source: string): OfficeKnowledge {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  onlyKeys(file, ['nationalOffices', 'holders'], ctx);
  const nationalOffices = new Map<string, string>();
  list(file.nationalOffices, at(ctx, 'nationalOffices')).forEach((item, i) => {
    const c = at(at(ctx, 'nationalOffices'), i);
    const office = record(item, c);
    onlyKeys(office, ['role', 'of'], c);
    nationalOffices.set(lowerPhrase(office.role, at(c, 'role')), text(office.of, at(c, 'of')));
  });
  const holders = list(file.holders, at(ctx, 'holders')).map((item, i) => validateOfficeHolder(item, at(at(ctx, 'holders'), i)));
  return { nationalOffices, holders };
}

/** The latest date the dictionaries record: after it, their open-ended roles are not known to last. */
export function horizonOf(holders: readonly OfficeHolder[]): string | undefined {
  let latest: string | undefined;
  for (const h of holders) for (const r of h.roles) for (const d of [r.from, r.to]) if (d && (!latest || d > latest)) latest = d;
  return latest;
}

/**
 * Phoenix's holders with their open-ended roles closed at the dictionaries' horizon (plus a year),
 * and the project's holders instead of Phoenix's entry for the same person: a 2014 dictionary says
 * nothing about who held an office in 2022.
 */
export function combinedHolders(phoenix: readonly OfficeHolder[], own: readonly OfficeHolder[]): OfficeHolder[] {
  const horizon = horizonOf(phoenix);
  const until = horizon ? `${Number(horizon.slice(0, 4)) + 1}${horizon.slice(4)}` : undefined;
  const ownNames = new Set(own.flatMap((h) => [h.name, ...h.aliases].map(nameKey)));
  const closed = phoenix
    .filter((h) => ![h.name, ...h.aliases].some((n) => ownNames.has(nameKey(n))))
    .map((h) => (until ? { ...h, roles: h.roles.map((r) => (r.fallback || r.to || (r.from && r.from > until) ? r : { ...r, to: until })) } : h));
  return [...closed, ...own];
}

const loaded = new WeakMap<Knowledge, { offices: OfficeKnowledge; index?: OfficeIndex }>();

function current(knowledge: Knowledge): { offices: OfficeKnowledge; index?: OfficeIndex } {
  let entry = loaded.get(knowledge);
  if (!entry) {
    const { value, source } = readKnowledgeFile(OFFICES_FILE, knowledge.sources);
    entry = { offices: validateOfficesFile(value, source) };
    loaded.set(knowledge, entry);
  }
  return entry;
}

/** knowledge/en/offices.json (with its KG_KNOWLEDGE_DIR extensions), read on first use per knowledge. */
export function officeKnowledge(knowledge: Knowledge): OfficeKnowledge {
  return current(knowledge).offices;
}

/** The index of dated holders (reads the Phoenix list on first use: only dated articles ask). */
export function officeIndex(knowledge: Knowledge): OfficeIndex {
  const c = current(knowledge);
  c.index ??= buildOfficeIndex(combinedHolders(knowledge.derived.officeHolders, c.offices.holders));
  return c.index;
}

const stateNames = new WeakMap<Knowledge, Map<string, string | null>>();

/** The canonical state a country name means ("Czechia" -> Czech Republic), by the names lexicon. */
export function stateOfCountry(knowledge: Knowledge, country: string): string | undefined {
  let memo = stateNames.get(knowledge);
  if (!memo) stateNames.set(knowledge, (memo = new Map()));
  const known = memo.get(country);
  if (known !== undefined) return known ?? undefined;
  let node: Knowledge['names'] | undefined = knowledge.names;
  for (const word of tokenizeForLexicon(country.replace(/^the\s+/i, ''))) node = node?.next.get(word);
  const entry = node?.entries.find((e) => e.label === 'State' && e.kind === 'state');
  const state = entry?.state ?? entry?.canonical ?? knowledge.stateOf(country) ?? null;
  memo.set(country, state);
  return state ?? undefined;
}
