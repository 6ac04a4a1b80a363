// Office knowledge for one loaded Knowledge value: knowledge/en/offices.json read on first use,
// the dated office-holder index, and country names to canonical states. Apart from offices.ts
// (the file's validator, which the loader uses) so that the loader and this reader form no cycle.
import type { Knowledge } from '../load';
import { readKnowledgeFile } from '../files';
import { combinedHolders, OFFICES_FILE, validateOfficesFile, type OfficeKnowledge } from './offices';
import { buildOfficeIndex, nameKey, type OfficeIndex } from './office-index';
import { tokenizeForLexicon } from '../../nlp';
import { withoutLeadingArticle } from '../../lang/en/phrases';

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
  for (const word of tokenizeForLexicon(withoutLeadingArticle(country))) node = node?.next.get(word);
  const entry = node?.entries.find((e) => e.label === 'State' && e.kind === 'state');
  const state = entry?.state ?? entry?.canonical ?? knowledge.stateOf(country) ?? null;
  memo.set(country, state);
  return state ?? undefined;
}

const knownSides = new WeakMap<Knowledge, Map<string, string>>();

/**
 * The state or body knowledge gives a well-known person, for one the text gives none: the
 * project's people.json first, then the country the Phoenix dictionaries give every person of
 * that full name (one country for all of them; a name shared across countries tells nothing).
 */
export function knownSide(knowledge: Knowledge, canonical: string): string | undefined {
  let sides = knownSides.get(knowledge);
  if (!sides) {
    sides = new Map();
    for (const p of knowledge.people) if (p.roleOf && !sides.has(p.canonical)) sides.set(p.canonical, p.roleOf);
    knownSides.set(knowledge, sides);
  }
  if (sides.has(canonical)) return sides.get(canonical) || undefined;
  const country = canonical.includes(' ') ? dictionaryCountry(knowledge, canonical) : undefined;
  sides.set(canonical, country ?? ''); // asked once per name and knowledge
  return country;
}

/** The one country the Phoenix office holders of this full name share, as a canonical state. */
function dictionaryCountry(knowledge: Knowledge, canonical: string): string | undefined {
  const holders = officeIndex(knowledge).byName.get(nameKey(canonical)) ?? [];
  const countries = new Set(holders.map((h) => h.country).filter((c): c is string => !!c));
  if (countries.size !== 1) return undefined;
  return stateOfCountry(knowledge, [...countries][0]);
}
