// Office holders by name and by title, answered for a date: "Ilse Varga" in a 2012 article is the
// finance minister she was then; "the Hungarian finance minister" in 2012 is whoever held it.
// Built once from phoenix-office-holders.json (dated roles); pure lookups, linear build.
import { rolesOn, type DatedRole, type OfficeHolder } from './phoenix';

export interface OfficeIndex {
  byName: Map<string, OfficeHolder[]>;
  byTitle: Map<string, OfficeHolder[]>;
}

/** Lower case, dots and hyphens as spaces: "Ban Ki-Moon" and "ban ki moon" meet. */
export const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[.\-‐]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Names of two words or more only: a bare surname ("Brown") names too many people. */
export function buildOfficeIndex(holders: OfficeHolder[]): OfficeIndex {
  const byName = new Map<string, OfficeHolder[]>();
  const byTitle = new Map<string, OfficeHolder[]>();
  for (const holder of holders) {
    for (const name of [holder.name, ...holder.aliases]) if (name.includes(' ')) push(byName, nameKey(name), holder);
    for (const title of holder.titles) push(byTitle, title, holder);
  }
  return { byName, byTitle };
}

export interface HeldOffice {
  holder: OfficeHolder;
  /** The roles held on the date (the fallback roles when no dated one covers it). */
  roles: DatedRole[];
}

const covers = (role: DatedRole, date: string): boolean => !role.fallback && (!role.from || role.from <= date) && (!role.to || date <= role.to);

/**
 * The person a full name means on a date. Among people sharing the name, the one holding a dated
 * role then; none when several or none do (an ambiguous name is not guessed).
 */
export function holderNamed(index: OfficeIndex, name: string, date: string): HeldOffice | undefined {
  const candidates = index.byName.get(nameKey(name)) ?? [];
  if (candidates.length === 1 && candidates[0]) return { holder: candidates[0], roles: rolesOn(candidates[0], date) };
  const inOffice = candidates.filter((h) => h.roles.some((r) => covers(r, date)));
  return inOffice.length === 1 && inOffice[0] ? { holder: inOffice[0], roles: rolesOn(inOffice[0], date) } : undefined;
}

/**
 * Who held a title in a country on a date ("prime minister", Türkiye, 2010-06-01): the one person
 * the dictionaries give that title with a government role of that country then; none if several.
 */
export function holderOfTitle(index: OfficeIndex, title: string, country: string, date: string): HeldOffice | undefined {
  const inOffice = (index.byTitle.get(title.toLowerCase()) ?? []).filter((h) =>
    h.roles.some((r) => covers(r, date) && r.sector === 'GOV' && (r.country ?? h.country) === country),
  );
  return inOffice.length === 1 && inOffice[0] ? { holder: inOffice[0], roles: rolesOn(inOffice[0], date) } : undefined;
}

/**
 * "President Bush" in a 2007 article: the one holder of that title whose name ends in the surname
 * and who held a dated office then (George W. Bush, not his father); none if several or none.
 */
export function holderOfTitledSurname(index: OfficeIndex, title: string, surname: string, date: string): HeldOffice | undefined {
  const ending = ` ${nameKey(surname)}`;
  const named = (index.byTitle.get(title.toLowerCase()) ?? []).filter((h) => [h.name, ...h.aliases].some((n) => nameKey(n).endsWith(ending)));
  // a government office first: in 1991 the father was president, the son only one of the elite
  const inGovernment = named.filter((h) => h.roles.some((r) => covers(r, date) && r.sector === 'GOV'));
  const inOffice = inGovernment.length > 0 ? inGovernment : named.filter((h) => h.roles.some((r) => covers(r, date)));
  return inOffice.length === 1 && inOffice[0] ? { holder: inOffice[0], roles: rolesOn(inOffice[0], date) } : undefined;
}
