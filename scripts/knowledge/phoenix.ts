// Turns parsed Phoenix actor and agent records (tabari.ts) into the knowledge records of
// src/knowledge/derived/phoenix.ts: office holders with dated roles, organisations, armed groups
// and role nouns. Pure: country names, the organisation codes' names and the first names come in
// as arguments.
import type { ActorRecord, AgentRecord, CodeRestriction } from './tabari';
import type { OfficeHolder, PhoenixOrganization, ArmedGroup, RoleNoun, DatedRole, OrganizationKind } from '../../src/knowledge/derived/phoenix';

/** CAMEO actor role codes (the codebook's sector codes) and what they mean. */
export const SECTORS: Record<string, string> = {
  GOV: 'government',
  ELI: 'elite (former officials, notable people)',
  MIL: 'military',
  OPP: 'opposition',
  REB: 'rebels',
  BUS: 'business',
  MED: 'media',
  JUD: 'judiciary',
  LEG: 'legislature',
  EDU: 'education',
  HLH: 'health',
  AGR: 'agriculture',
  ENV: 'environment',
  LAB: 'labour',
  HRI: 'human rights',
  DEV: 'development',
  REL: 'religion',
  COP: 'police',
  SPY: 'intelligence',
  REF: 'refugees',
  CVL: 'civilians',
  CRM: 'criminals',
  UAF: 'unaligned armed forces',
  PTY: 'political party',
  IGO: 'intergovernmental organisation',
  NGO: 'non-governmental organisation',
  NGM: 'non-governmental movement',
  MNC: 'multinational corporation',
  INS: 'insurgents',
  SEP: 'separatists',
  MOD: 'moderates',
  RAD: 'radicals',
};

/** Words that keep their case inside a name: particles and Arabic article prefixes. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'y', 'of', 'the', 'and', 'for', 'on', 'in']);

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** `BASHAR_AL-ASSAD_` -> `Bashar al-Assad`; short all-letter acronyms stay capitals (`IAEA`). */
export function displayName(raw: string, keepCapitals: (word: string, wordCount: number) => boolean = () => false): string {
  const words = raw
    .replace(/_+$/, '')
    .replace(/\(([A-Z0-9.]+)\)/g, ' ')
    .split(/[_\s]+/)
    .filter(Boolean);
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && PARTICLES.has(lower)) return lower;
      if (keepCapitals(word, words.length)) return word;
      return lower
        .split('-')
        .map((part, j) => {
          if ((i > 0 || j > 0) && PARTICLES.has(part) && (j === 0 ? words.length > 1 : true)) return part;
          return part
            .split("'")
            .map((piece, k) => (k > 0 && piece.length <= 1 ? piece : capitalise(piece)))
            .join("'")
            .replace(/^Mc(\w)/, (_m, c: string) => `Mc${c.toUpperCase()}`);
        })
        .join('-');
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^The (?=\S)/, '')
    .trim();
}

const words = (raw: string): string[] => raw.replace(/_+$/, '').split(/[_\s]+/).filter(Boolean);

/** Acronyms in parentheses inside a name: `ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_` -> AAIA. */
export function bracketAcronyms(raw: string): string[] {
  return [...raw.matchAll(/\(([A-Z][A-Z0-9.]{1,9})\)/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/**
 * A word the upper-case source means as capitals: dotted (U.N.), without a vowel (BBC), or a
 * name of one short word (NATO, UNICEF). Everything else is title-cased.
 */
/**
 * A word the upper-case source means as capitals: dotted (U.N.), without a vowel (BBC, CNN), a
 * two-letter word that is no function word (UN, EU), or a name of one short word (NATO, UNICEF). Everything
 * else is title-cased.
 */
/** English function words (knowledge/en/english-stopwords.json), set by the converter: BY, TO are no acronyms. */
export const FUNCTION_WORDS = new Set<string>();

export const isAcronym = (word: string, wordCount = 2): boolean =>
  /^[A-Z][A-Z0-9.&]{1,7}$/.test(word) &&
  (word.includes('.') || !/[AEIOUY]/.test(word) || (word.length === 2 && !PARTICLES.has(word.toLowerCase()) && !FUNCTION_WORDS.has(word.toLowerCase())) || (wordCount === 1 && word.length <= 6));

export interface CodeParts {
  country?: string; // ISO 3166 alpha-3 when the code starts with one
  sector?: string;
}

/** `RUSGOV` -> {country RUS, sector GOV}; `IGOUNO` -> {sector IGO}. */
export function splitCode(code: string, isCountryCode: (c: string) => boolean): CodeParts {
  const bare = code.replace(/^~|~$/g, '');
  const head = bare.slice(0, 3);
  if (isCountryCode(head)) {
    const sector = bare.slice(3, 6);
    return { country: head, ...(sector && SECTORS[sector] ? { sector } : {}) };
  }
  return SECTORS[head] ? { sector: head } : {};
}

export interface ConversionContext {
  countryName: (iso3: string) => string | undefined;
  firstNames: Set<string>;
  organizationForms: Set<string>;
  /** The name of the organisation a code such as IGOUNO stands for, when the files name one. */
  codeName?: (code: string) => string | undefined;
  /** Roles that ended before this date are left out (old history does not help today's news). */
  since: string;
  /** Last words of role nouns (president, minister, senator): a title ends with one. */
  roleWords?: Set<string>;
  /** Last words of the titles office holders have (president, minister, spokesman). */
  titleWords?: Set<string>;
}

function datedRoles(codes: CodeRestriction[], ctx: ConversionContext): DatedRole[] {
  const roles: DatedRole[] = [];
  for (const restriction of codes) {
    const parts = splitCode(restriction.code, (c) => ctx.countryName(c) !== undefined);
    if (!parts.sector && !parts.country) continue;
    if (restriction.to && restriction.to < ctx.since) continue;
    const country = parts.country ? ctx.countryName(parts.country) : undefined;
    const organization = !parts.country ? ctx.codeName?.(restriction.code) : undefined;
    roles.push({
      code: restriction.code,
      ...(parts.sector ? { sector: parts.sector } : {}),
      ...(country ? { country } : {}),
      ...(organization ? { organization } : {}),
      ...(restriction.from ? { from: restriction.from } : {}),
      ...(restriction.to ? { to: restriction.to } : {}),
      ...(restriction.fallback ? { fallback: true } : {}),
    });
  }
  return roles;
}

/** A record looks like a person: dated codes, CountryInfo's people, or "Firstname ... Surname". */
export function looksLikePerson(record: ActorRecord, ctx: ConversionContext): boolean {
  if (record.codes.some((c) => c.from || c.to)) return true;
  if (record.comments.some((c) => /CountryInfo|rulers/i.test(c))) return true;
  const first = words(record.primaries[0] ?? '');
  if (first.length < 2 || first.length > 4) return false;
  if (first.some((w) => ctx.organizationForms.has(w.toLowerCase()) || isAcronym(w))) return false;
  return ctx.firstNames.has((first[0] ?? '').toLowerCase());
}

/** The words before the name in an alias (`RUSSIAN_PRESIDENT_VLADIMIR_PUTIN` -> russian president). */
function titlePrefix(alias: string, nameWords: Set<string>, firstNames: Set<string>): string | undefined {
  // The title is what comes before the first word of the name proper.
  const aliasWords = words(alias).map((w) => w.toUpperCase());
  const at = aliasWords.findIndex((w) => nameWords.has(w));
  if (at <= 0) return undefined;
  // A prefix of given names is a longer form of the name (RECEP_TAYYIP_ERDOGAN), not a title.
  let prefix = aliasWords.slice(0, at).map((w) => w.toLowerCase());
  if (prefix.every((w) => firstNames.has(w))) return undefined;
  // "PRIME_MINISTER_RECEP_TAYYIP_ERDOGAN": given names before the name proper are not the title.
  while (prefix.length > 1 && firstNames.has(prefix[prefix.length - 1] ?? '')) prefix = prefix.slice(0, -1);
  return prefix.join(' ');
}

export function toOfficeHolder(record: ActorRecord, ctx: ConversionContext): OfficeHolder | undefined {
  const roles = datedRoles(record.codes, ctx);
  const dated = roles.filter((r) => !r.fallback);
  const allDatedOld = record.codes.some((c) => c.to || c.from) && dated.length === 0;
  if (roles.length === 0 || allDatedOld) return undefined;
  // A primary written with its title ("SECRETARY-GENERAL_BAN_KI-MOON") is named by the alias
  // it ends with ("BAN_KI-MOON"); the words before become a title.
  const primaryRaw = record.primaries[0] ?? '';
  const primaryUpper = words(primaryRaw).join(' ').toUpperCase();
  const bare = record.aliases.find((a) => {
    const alias = words(a).join(' ').toUpperCase();
    return alias.split(' ').length >= 2 && alias !== primaryUpper && primaryUpper.endsWith(` ${alias}`);
  });
  const nameRaw = bare ?? primaryRaw;
  const nameWords = new Set(words(nameRaw).map((w) => w.toUpperCase()));
  const name = displayName(nameRaw);
  const aliases = new Set<string>();
  const titles = new Set<string>();
  for (const raw of [...record.primaries, ...record.aliases]) {
    const title = titlePrefix(raw, nameWords, ctx.firstNames);
    if (title) {
      // Only a prefix ending in a role noun is a title ("us president"); "mr", "the" are not.
      const last = title.split(' ').pop()?.replace(/\.$/, '') ?? '';
      if (!ctx.roleWords || ctx.roleWords.has(last) || ctx.roleWords.has(last.split('-').pop() ?? '')) titles.add(title);
      continue;
    }
    const alias = displayName(raw);
    // "Obama Administration" names a body, not the person.
    if (alias.split(' ').some((w) => ctx.organizationForms.has(w.toLowerCase()) && !name.includes(w))) continue;
    aliases.add(alias);
  }
  aliases.delete(name);
  const latest = [...dated].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999'))[0] ?? roles[0];
  const country = latest?.country;
  // A role's country is written only where it differs from the person's.
  const compactRoles = roles.map(({ country: roleCountry, ...role }) => (roleCountry && roleCountry !== country ? { ...role, country: roleCountry } : role));
  return {
    name,
    aliases: [...aliases].filter(Boolean),
    titles: [...titles],
    ...(country ? { country } : {}),
    roles: compactRoles,
  };
}

export function organizationKind(code: string, isCountryCode: (c: string) => boolean): OrganizationKind {
  if (/MED/.test(code.slice(3))) return 'media';
  const parts = splitCode(code, isCountryCode);
  if (code.startsWith('IGO')) return 'intergovernmental';
  if (code.startsWith('NGO') || code.startsWith('NGM')) return 'non-governmental';
  if (code.startsWith('MNC') || parts.sector === 'BUS') return 'company';
  if (parts.sector === 'MIL' || parts.sector === 'COP' || parts.sector === 'SPY') return 'security';
  if (parts.sector === 'PTY' || parts.sector === 'OPP') return 'party';
  if (parts.country) return 'national';
  return 'other';
}

/** Initials of the capitalised words: `INTERNATIONAL_ATOMIC_ENERGY_AGENCY_` -> IAEA. */
export function initials(raw: string): string {
  return words(raw)
    .filter((w) => !PARTICLES.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * Organisation records into organisations; records with the same code where one is the other's
 * acronym (IAEA_ and INTERNATIONAL_ATOMIC_ENERGY_AGENCY_) become one organisation.
 */
export function toOrganizations(records: ActorRecord[], ctx: ConversionContext): PhoenixOrganization[] {
  const isCountry = (c: string): boolean => ctx.countryName(c) !== undefined;
  const byCode = new Map<string, PhoenixOrganization[]>();
  const out: PhoenixOrganization[] = [];
  for (const record of records) {
    const code = record.codes.find((c) => c.fallback)?.code ?? record.codes[0]?.code;
    if (!code) continue;
    const raw = record.primaries[0] ?? '';
    const acronyms = new Set(bracketAcronyms(raw));
    const all = [raw, ...record.primaries.slice(1), ...record.aliases];
    const forms = withoutPeople(all.map((r) => displayName(r, isAcronym)).filter(Boolean), ctx);
    if (forms.length === 0) continue;
    for (const r of all) for (const a of bracketAcronyms(r)) acronyms.add(a);
    const parts = splitCode(code, isCountry);
    const country = parts.country ? ctx.countryName(parts.country) : undefined;
    const sameCode = byCode.get(code) ?? [];
    const longForm = forms.find((f) => f.split(' ').length > 1) ?? forms[0] ?? '';
    const shortForm = forms.find((f) => !f.includes(' ') && isAcronym(f, 1));
    const partner = sameCode.find((o) => {
      const theirAcronym = [o.name, ...o.aliases].find((f) => !f.includes(' ') && isAcronym(f, 1));
      return (shortForm && initials(o.name.replace(/ /g, '_')) === shortForm.replace(/\./g, '')) || (theirAcronym && initials(longForm.replace(/ /g, '_')) === theirAcronym.replace(/\./g, ''));
    });
    if (partner) {
      const merged = new Set([...partner.aliases, ...forms, ...acronyms]);
      const longName = [partner.name, ...merged].find((f) => f.split(' ').length > 1) ?? partner.name;
      merged.add(partner.name);
      merged.delete(longName);
      partner.name = longName;
      partner.aliases = [...merged];
      continue;
    }
    const name = longForm;
    const aliases = [...new Set([...forms, ...acronyms])].filter((f) => f !== name);
    const organization: PhoenixOrganization = {
      name,
      aliases,
      code,
      kind: organizationKind(code, isCountry),
      ...(country ? { country } : {}),
    };
    out.push(organization);
    byCode.set(code, [...sameCode, organization]);
  }
  return out;
}

/**
 * Phoenix lists a group's leaders under the group's code ("HASAN_NASRALLAH" under Hezbollah):
 * aliases that start with a first name, and every alias ending with such a person's surname, are
 * people, not names of the organisation.
 */
export function withoutPeople(forms: string[], ctx: ConversionContext): string[] {
  const surnames = new Set<string>();
  for (const form of forms) {
    const parts = form.split(' ');
    if (parts.length < 2 || parts.length > 4) continue;
    if (parts.some((w) => ctx.organizationForms.has(w.toLowerCase()))) continue;
    if (ctx.firstNames.has((parts[0] ?? '').toLowerCase())) surnames.add((parts[parts.length - 1] ?? '').toLowerCase());
  }
  return forms.filter((form) => {
    const parts = form.toLowerCase().split(' ');
    const last = parts[parts.length - 1] ?? '';
    // "World Bank President" names the person in the office, not the organisation.
    const office = parts.length > 1 && ctx.titleWords?.has(last) && !ctx.organizationForms.has(last);
    return !surnames.has(last) && !office && !(parts.length > 1 && ctx.titleWords?.has(parts[0] ?? '') && parts[1] === 'of');
  });
}

export function toArmedGroups(records: ActorRecord[], ctx: ConversionContext): ArmedGroup[] {
  const isCountry = (c: string): boolean => ctx.countryName(c) !== undefined;
  const groups: ArmedGroup[] = [];
  for (const record of records) {
    const code = record.codes[0]?.code;
    if (!code) continue;
    const all = [...record.primaries, ...record.aliases];
    const forms = withoutPeople(all.map((r) => displayName(r, isAcronym)).filter(Boolean), ctx);
    const acronyms = all.flatMap(bracketAcronyms);
    const [name, ...rest] = forms;
    if (!name) continue;
    const parts = splitCode(code, isCountry);
    const country = parts.country ? ctx.countryName(parts.country) : undefined;
    groups.push({
      name,
      aliases: [...new Set([...rest, ...acronyms])].filter((f) => f !== name),
      code,
      ...(country ? { country } : {}),
    });
  }
  return groups;
}

export function toRoleNouns(agents: AgentRecord[]): RoleNoun[] {
  const byPhrase = new Map<string, RoleNoun>();
  for (const agent of agents) {
    const phrase = agent.phrase.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!phrase || /[^a-z0-9 '.-]/.test(phrase)) continue;
    const code = agent.code.replace(/~/g, '');
    const sector = code.slice(0, 3);
    const existing = byPhrase.get(phrase);
    const plurals = agent.plurals.map((p) => p.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase());
    if (existing) {
      existing.plurals = [...new Set([...existing.plurals, ...plurals])];
      continue;
    }
    byPhrase.set(phrase, { phrase, plurals, code, ...(SECTORS[sector] ? { sector } : {}) });
  }
  return [...byPhrase.values()];
}
