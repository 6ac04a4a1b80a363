// AFFILIATED_WITH relations of one article, from what the text says and, where it says nothing,
// from dated knowledge:
// - the roles extraction read from titles ("Pakistan's Defence Minister X", "X, Ghana's finance
//   minister", "the foreign minister of Chile, X");
// - "X of Y" right after a name ("Prime Minister Ama Boateng of Ghana", "Rui Costa of the Socialist Party");
// - a title that exists in one state or body only, written without it ("Secretary of State X":
//   knowledge/en/offices.json), where the article names that state or body;
// - a person the article names without any affiliation, who held a dated office on the article's
//   date (Phoenix dictionaries and offices.json), in a state or body the article names.
// Never from the dateline or from the last state mentioned: every source is tied to the person.
import type { ArticleExtraction, Entity, Mention, Relation } from '../model/types';
import type { Knowledge } from '../extract/knowledge';
import { holderNamed } from '../knowledge/derived/office-index';
import { officeIndex, officeKnowledge, stateOfCountry } from '../knowledge/derived/office-lookup';
import { nationalOffice } from '../knowledge/derived/offices';
import { stableId } from './names';
import { endsWithTitlePreposition, isOfLink } from '../lang/en/phrases';

/** Sectors whose roles speak for the state (Phoenix/CAMEO codes): government, military, police, intelligence, courts, legislature. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

interface Draft {
  person: string;
  target: string;
  role: string;
  start: number;
  end: number;
}

export interface AffiliationInput {
  extraction: ArticleExtraction;
  /** Per mention: its entity id, or null. */
  entityOf: (string | null)[];
  /** The article's entities by id. */
  entities: Map<string, Entity>;
  knowledge: Knowledge;
}

export function affiliationRelations(input: AffiliationInput): Relation[] {
  const { extraction: x, entityOf } = input;
  const drafts: Draft[] = [];
  for (const aff of x.affiliations) {
    const person = entityOf[aff.person];
    const target = entityOf[aff.org];
    if (person && target) drafts.push({ person, target, role: aff.role, start: aff.evidence.start, end: aff.evidence.end });
  }
  drafts.push(...ofPhrases(input), ...nationalOffices(input));
  drafts.push(...datedOffices(input, new Set(drafts.map((d) => d.person))));
  const out = new Map<string, Relation>();
  for (const d of drafts) {
    if (d.person === d.target) continue;
    const id = stableId('rel', x.article.id, 'AFFILIATED_WITH', d.person, d.target);
    if (out.has(id)) continue;
    out.set(id, { id, type: 'AFFILIATED_WITH', source: d.person, target: d.target, article: x.article.id, evidence: x.article.text.slice(d.start, d.end), start: d.start, end: d.end, role: d.role, date: x.article.date });
  }
  return [...out.values()];
}

/** The sentence around a character offset: from the last sentence end or line break before it to the next after it. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[\n]/.test(text[start - 1]) && !(/[.!?]/.test(text[start - 2] ?? '') && /\s/.test(text[start - 1]))) start--;
  const rest = /[.!?](?=\s)|\n/.exec(text.slice(at));
  const end = rest ? at + rest.index + (rest[0] === '\n' ? 0 : 1) : text.length;
  return { start, end };
}

const isPersonName = (m: Mention): boolean => m.label === 'Person' && m.kind === 'name';
const speaksFor = (m: Mention): boolean => !m.weak && (m.label === 'State' || m.label === 'Organization');

/** "Raul Castro of Cuba", "Prime Minister Ama Boateng of Ghana": the name, "of", the state or body. */
function ofPhrases({ extraction: x, entityOf, knowledge }: AffiliationInput): Draft[] {
  const out: Draft[] = [];
  x.mentions.forEach((m, i) => {
    const next = x.mentions[i + 1];
    const person = entityOf[i];
    const target = entityOf[i + 1];
    if (!isPersonName(m) || !next || !speaksFor(next) || !person || !target) return;
    if (m.role && knowledge.noAffiliationRoles.has(m.role)) return;
    if (!isOfLink(x.article.text.slice(m.end, next.start))) return;
    // "[Minister for Foreign Affairs of Ukraine]": a name after a preposition is part of a longer phrase
    if (endsWithTitlePreposition(x.article.text.slice(Math.max(0, m.start - 5), m.start))) return;
    out.push({ person, target, role: m.role ?? 'member', ...sentenceAround(x.article.text, m.start) });
  });
  return out;
}

/** "Secretary of State Ana Ruiz" in an article that names the United States (and its department, where it names that). */
function nationalOffices({ extraction: x, entityOf, entities, knowledge }: AffiliationInput): Draft[] {
  const offices = officeKnowledge(knowledge);
  const out: Draft[] = [];
  x.mentions.forEach((m, i) => {
    const person = entityOf[i];
    if (m.label !== 'Person' || !m.role || m.roleOf || !person) return;
    const body = nationalOffice(offices, m.role, m.title);
    const targets = [body ? entityNamed(entities, body) : undefined, entityCalled(entities, offices.officeBodies.get(m.role) ?? [])];
    for (const target of targets) if (target) out.push({ person, target, role: m.role, ...sentenceAround(x.article.text, m.start) });
  });
  return out;
}

/** The organisation the article names by one of these names (its name or one of its aliases). */
function entityCalled(entities: Map<string, Entity>, names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const e of entities.values()) if (e.label === 'Organization' && [e.name, ...e.aliases].some((n) => wanted.has(n.toLowerCase()))) return e.id;
  return undefined;
}

/** A person named without affiliation who held an office on the article's date, in a state or body the article names. */
function datedOffices({ extraction: x, entityOf, entities, knowledge }: AffiliationInput, affiliated: Set<string>): Draft[] {
  const date = x.article.date;
  if (!date) return [];
  const out: Draft[] = [];
  const seen = new Set<string>();
  x.mentions.forEach((m, i) => {
    const person = entityOf[i];
    if (!isPersonName(m) || !person || affiliated.has(person) || seen.has(person)) return;
    seen.add(person);
    const name = entities.get(person)?.name;
    if (!name || !name.includes(' ')) return;
    const held = holderNamed(officeIndex(knowledge), name, date);
    if (!held) return;
    for (const role of held.roles) {
      if (role.fallback) continue;
      const country = role.country ?? held.holder.country;
      const body = role.organization ?? (country && role.sector && STATE_SECTORS.has(role.sector) ? stateOfCountry(knowledge, country) : undefined);
      const target = body ? entityNamed(entities, body) : undefined;
      if (target) out.push({ person, target, role: held.holder.titles[0] ?? role.code, ...sentenceAround(x.article.text, m.start) });
    }
  });
  return out;
}

function entityNamed(entities: Map<string, Entity>, name: string): string | undefined {
  for (const e of entities.values()) if (e.label !== 'Person' && e.label !== 'Location' && e.name === name) return e.id;
  return undefined;
}
