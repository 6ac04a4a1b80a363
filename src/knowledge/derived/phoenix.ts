// Knowledge derived from the Phoenix actor dictionaries (../shared/data/petrarch2, MIT) by
// scripts/knowledge/convert-petrarch.ts: office holders with dated roles, international and
// national organisations, armed non-state groups, role nouns. Types and field validators.
import {
  at,
  bool,
  list,
  lowerPhrase,
  oneOf,
  onlyKeys,
  optionalIsoDate,
  optionalText,
  optionalTexts,
  record,
  reject,
  text,

  type FieldContext,
} from '../fields';

export interface DatedRole {
  /** The Phoenix code: RUSGOV, IGOUNO, ... */
  code: string;
  /** CAMEO sector: GOV, MIL, ELI, ... */
  sector?: string;
  country?: string;
  organization?: string;
  /** Inclusive ISO dates; absent = open on that side. */
  from?: string;
  to?: string;
  /** Applies only when no dated role covers the date. */
  fallback?: boolean;
}

export interface OfficeHolder {
  name: string;
  aliases: string[];
  /** Titles the dictionaries write before the name ("prime minister", "russian president"). */
  titles: string[];
  /** The country of the latest role. */
  country?: string;
  roles: DatedRole[];
}

export const ORGANIZATION_KINDS = ['intergovernmental', 'non-governmental', 'company', 'media', 'security', 'party', 'national', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface PhoenixOrganization {
  name: string;
  aliases: string[];
  code: string;
  kind: OrganizationKind;
  country?: string;
}

export interface ArmedGroup {
  name: string;
  aliases: string[];
  code: string;
  country?: string;
}

export interface RoleNoun {
  /** Lower case, words separated by one space: "foreign minister". */
  phrase: string;
  plurals: string[];
  code: string;
  sector?: string;
}

const CODE = /^[A-Z][A-Z0-9]{1,20}$/;

function code(value: unknown, ctx: FieldContext): string {
  const c = text(value, ctx);
  if (!CODE.test(c)) reject(ctx, `"${c}" is not a Phoenix code (capitals and digits)`);
  return c;
}

function sector(value: unknown, ctx: FieldContext): string | undefined {
  const s = optionalText(value, ctx);
  if (s !== undefined && !/^[A-Z]{3}$/.test(s)) reject(ctx, `"${s}" is not a three-letter sector code`);
  return s;
}

export function validateDatedRole(value: unknown, ctx: FieldContext): DatedRole {
  const r = record(value, ctx);
  onlyKeys(r, ['code', 'sector', 'country', 'organization', 'from', 'to', 'fallback'], ctx);
  const from = optionalIsoDate(r.from, at(ctx, 'from'));
  const to = optionalIsoDate(r.to, at(ctx, 'to'));
  if (from && to && from > to) reject(at(ctx, 'to'), `${to} is before from ${from}`);
  const fallback = r.fallback === undefined ? undefined : bool(r.fallback, at(ctx, 'fallback'));
  if (fallback && (from || to)) reject(at(ctx, 'fallback'), 'a fallback role has no dates');
  const role: DatedRole = { code: code(r.code, at(ctx, 'code')) };
  const s = sector(r.sector, at(ctx, 'sector'));
  const country = optionalText(r.country, at(ctx, 'country'));
  const organization = optionalText(r.organization, at(ctx, 'organization'));
  if (s) role.sector = s;
  if (country) role.country = country;
  if (organization) role.organization = organization;
  if (from) role.from = from;
  if (to) role.to = to;
  if (fallback) role.fallback = true;
  return role;
}

export function validateOfficeHolder(value: unknown, ctx: FieldContext): OfficeHolder {
  const r = record(value, ctx);
  onlyKeys(r, ['name', 'aliases', 'titles', 'country', 'roles'], ctx);
  const roles = list(r.roles, at(ctx, 'roles')).map((role, i) => validateDatedRole(role, at(at(ctx, 'roles'), i)));
  if (roles.length === 0) reject(at(ctx, 'roles'), 'an office holder needs at least one role');
  const holder: OfficeHolder = {
    name: text(r.name, at(ctx, 'name')),
    aliases: optionalTexts(r.aliases, at(ctx, 'aliases')),
    titles: optionalTexts(r.titles, at(ctx, 'titles')).map((t, i) => lowerPhrase(t, at(at(ctx, 'titles'), i))),
    roles,
  };
  return withCountry(holder, r, ctx);
}

/** The fields every coded Phoenix actor has: its name, aliases and CAMEO actor code. */
function codedActor(r: Record<string, unknown>, ctx: FieldContext): Pick<ArmedGroup, 'name' | 'aliases' | 'code'> {
  return { name: text(r.name, at(ctx, 'name')), aliases: optionalTexts(r.aliases, at(ctx, 'aliases')), code: code(r.code, at(ctx, 'code')) };
}

/** The actor with its country, set only when the record gives one. */
function withCountry<T extends { country?: string }>(actor: T, r: Record<string, unknown>, ctx: FieldContext): T {
  const country = optionalText(r.country, at(ctx, 'country'));
  if (country) actor.country = country;
  return actor;
}

export function validateOrganization(value: unknown, ctx: FieldContext): PhoenixOrganization {
  const r = record(value, ctx);
  onlyKeys(r, ['name', 'aliases', 'code', 'kind', 'country'], ctx);
  return withCountry<PhoenixOrganization>({ ...codedActor(r, ctx), kind: oneOf(r.kind, ORGANIZATION_KINDS, at(ctx, 'kind')) }, r, ctx);
}

export function validateArmedGroup(value: unknown, ctx: FieldContext): ArmedGroup {
  const r = record(value, ctx);
  onlyKeys(r, ['name', 'aliases', 'code', 'country'], ctx);
  return withCountry<ArmedGroup>(codedActor(r, ctx), r, ctx);
}

export function validateRoleNoun(value: unknown, ctx: FieldContext): RoleNoun {
  const r = record(value, ctx);
  onlyKeys(r, ['phrase', 'plurals', 'code', 'sector'], ctx);
  const noun: RoleNoun = {
    phrase: lowerPhrase(r.phrase, at(ctx, 'phrase')),
    plurals: optionalTexts(r.plurals, at(ctx, 'plurals')).map((p, i) => lowerPhrase(p, at(at(ctx, 'plurals'), i))),
    code: code(r.code, at(ctx, 'code')),
  };
  const s = sector(r.sector, at(ctx, 'sector'));
  if (s) noun.sector = s;
  return noun;
}

function listFile<T>(value: unknown, source: string, key: string, item: (v: unknown, ctx: FieldContext) => T): T[] {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  onlyKeys(file, [key, 'sectors'], ctx);
  return list(file[key], at(ctx, key)).map((v, i) => item(v, at(at(ctx, key), i)));
}

/** knowledge/en/phoenix-office-holders.json */
export const validateOfficeHoldersFile = (value: unknown, source: string): OfficeHolder[] =>
  listFile(value, source, 'people', validateOfficeHolder);
/** knowledge/en/phoenix-organizations.json */
export const validateOrganizationsFile = (value: unknown, source: string): PhoenixOrganization[] =>
  listFile(value, source, 'organizations', validateOrganization);
/** knowledge/en/phoenix-armed-groups.json */
export const validateArmedGroupsFile = (value: unknown, source: string): ArmedGroup[] =>
  listFile(value, source, 'groups', validateArmedGroup);
/** knowledge/en/phoenix-agents.json */
export const validateRoleNounsFile = (value: unknown, source: string): RoleNoun[] => listFile(value, source, 'agents', validateRoleNoun);

/**
 * The roles a person held on a date: the dated roles covering it, else the fallback roles.
 * Dates are ISO (YYYY-MM-DD), so string order is date order.
 */
export function rolesOn(holder: OfficeHolder, date: string): DatedRole[] {
  const dated = holder.roles.filter((r) => !r.fallback && (!r.from || r.from <= date) && (!r.to || date <= r.to));
  return dated.length > 0 ? dated : holder.roles.filter((r) => r.fallback);
}


