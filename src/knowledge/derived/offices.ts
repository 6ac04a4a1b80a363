// Offices for resolution: the validator of knowledge/en/offices.json (national offices, dated
// holders the Phoenix dictionaries do not cover) and how its holders combine with Phoenix's.
// office-lookup.ts reads it for a loaded Knowledge value and indexes the holders by date.
import { at, list, lowerPhrase, onlyKeys, optionalTexts, record, text, type FieldContext } from '../fields';
import { validateOfficeHolder, type OfficeHolder } from './phoenix';
import { nameKey } from './office-index';

export interface OfficeKnowledge {
  /** Role -> the one state or body that has it ("secretary of state" -> United States). */
  nationalOffices: Map<string, string>;
  /** Title as written, lower case -> the one state whose spelling it is ("defense secretary" -> United States; the UK writes "defence"). */
  writtenOffices: Map<string, string>;
  /** Role -> names of the department its holder heads or speaks for ("treasury secretary" -> Treasury Department). */
  officeBodies: Map<string, string[]>;
  holders: OfficeHolder[];
}

/** The one state or body a title names: by the way it is written where knowledge tells them apart, else by its role. */
export function nationalOffice(offices: OfficeKnowledge, role: string, title: string | undefined): string | undefined {
  return (title ? offices.writtenOffices.get(title.toLowerCase()) : undefined) ?? offices.nationalOffices.get(role);
}

export const OFFICES_FILE = 'offices.json';

export function validateOfficesFile(value: unknown, source: string): OfficeKnowledge {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  onlyKeys(file, ['nationalOffices', 'holders'], ctx);
  const nationalOffices = new Map<string, string>();
  const writtenOffices = new Map<string, string>();
  const officeBodies = new Map<string, string[]>();
  list(file.nationalOffices, at(ctx, 'nationalOffices')).forEach((item, i) => {
    const c = at(at(ctx, 'nationalOffices'), i);
    const office = record(item, c);
    onlyKeys(office, ['role', 'of', 'bodies', 'written'], c);
    const role = lowerPhrase(office.role, at(c, 'role'));
    const of = text(office.of, at(c, 'of'));
    // an office several states have, told apart by its spelling: only those spellings name the state
    const written = optionalTexts(office.written, at(c, 'written'));
    written.forEach((w, k) => writtenOffices.set(lowerPhrase(w, at(at(c, 'written'), k)), of));
    if (written.length === 0) nationalOffices.set(role, of);
    const bodies = optionalTexts(office.bodies, at(c, 'bodies'));
    if (bodies.length > 0 && written.length === 0) officeBodies.set(role, bodies);
  });
  const holders = list(file.holders, at(ctx, 'holders')).map((item, i) => validateOfficeHolder(item, at(at(ctx, 'holders'), i)));
  return { nationalOffices, writtenOffices, officeBodies, holders };
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
