// Validators of the knowledge files the lexicons are built from (knowledge/en/states.json,
// organizations.json, people.json, gender.json, titles.json, organization-patterns.json,
// stopwords.json): every field checked, so a broken user edit fails at start-up with one line that
// names the file and the field. Pure: the loader reads and merges, these check and type.
import type { Gender } from '../model/types';
import { at, bool, fileObject, list, lowerPhrase, lowerWordLists, lowerWords, oneOf, onlyKeys, optionalText, record, reject, section, text, textMap, texts, type FieldContext } from './fields';

export interface StatesFile {
  /** ISO 3166 alpha-3 code -> the name the graph uses, where the package's common name is not it. */
  canonical: Record<string, string>;
  aliases: Record<string, string[]>;
  capitals: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  plurals: Record<string, string[]>;
}

export interface OrganizationsFile {
  organizations: { name: string; aliases: string[]; kind: string; state?: string; conduit?: boolean; forum?: boolean; platform?: boolean }[];
  blocs: { name: string; aliases: string[]; demonyms?: string[] }[];
}

export interface PeopleFile {
  people: { name: string; aliases: string[]; role?: string; state?: string; org?: string; gender?: Gender }[];
}

export interface GenderFile {
  female: { titles: string[]; names: string[]; pronouns: string[] };
  male: { titles: string[]; names: string[]; pronouns: string[] };
}

export interface TitlesFile {
  roles: Record<string, string>;
  generic: string[];
  noAffiliation: string[];
  honorifics: string[];
  uniqueOffices: string[];
  /** A state's generic title ("leader") to the offices it may name ("president", "king"). */
  headOffices: Record<string, string[]>;
}

export interface PatternsFile {
  heads: Record<string, string>;
  orgWords: string[];
  orgIntroducers: string[];
  /** Words organisations' names are spelt two ways with: British to American ("organisation": "organization"). */
  spellings: Record<string, string>;
}

export interface StopwordsFile {
  capitalisedNonNames: string[];
  months: string[];
  days: string[];
  temporalWords: string[];
  pronouns: Record<string, string>;
  skipBeforeVerb: string[];
  placePrefixes: string[];
  placeWords: string[];
  thingWords: string[];
  thingIntroducers: string[];
}

const STATE_CODE = /^[A-Z]{3}$/;

function stateCode(value: unknown, ctx: FieldContext): string {
  const code = text(value, ctx);
  if (!STATE_CODE.test(code)) reject(ctx, `"${code}" is not a three-letter state code (ISO 3166 alpha-3)`);
  return code;
}

/** {"GBR": ["Britain", "UK"]}: names by state code. */
function namesByState(value: unknown, ctx: FieldContext): Record<string, string[]> {
  const data = record(value, ctx);
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('$')).map(([code, names]) => [stateCode(code, at(ctx, code)), texts(names, at(ctx, code))]));
}

export function validateStatesFile(value: unknown, source: string): StatesFile {
  const { data, ctx } = fileObject(value, source, ['canonical', 'aliases', 'capitals', 'demonyms', 'plurals']);
  const canonical = record(data.canonical, at(ctx, 'canonical'));
  for (const code of Object.keys(canonical)) if (!code.startsWith('$')) stateCode(code, at(at(ctx, 'canonical'), code));
  return {
    canonical: textMap(data.canonical, at(ctx, 'canonical'), false),
    aliases: namesByState(data.aliases, at(ctx, 'aliases')),
    capitals: namesByState(data.capitals, at(ctx, 'capitals')),
    demonyms: namesByState(data.demonyms, at(ctx, 'demonyms')),
    plurals: namesByState(data.plurals, at(ctx, 'plurals')),
  };
}

const ORGANIZATION_KINDS = ['government', 'alliance', 'international', 'armed-group', 'media', 'company', 'party'] as const;

function optionalBoolean(value: unknown, ctx: FieldContext): boolean | undefined {
  return value === undefined ? undefined : bool(value, ctx);
}

export function validateOrganizationsFile(value: unknown, source: string): OrganizationsFile {
  const { data, ctx } = fileObject(value, source, ['organizations', 'blocs']);
  const organizations = list(data.organizations, at(ctx, 'organizations')).map((item, i) => {
    const c = at(at(ctx, 'organizations'), i);
    const org = record(item, c);
    onlyKeys(org, ['name', 'aliases', 'kind', 'state', 'conduit', 'forum', 'platform'], c);
    const state = org.state === undefined ? undefined : stateCode(org.state, at(c, 'state'));
    const conduit = optionalBoolean(org.conduit, at(c, 'conduit'));
    const forum = optionalBoolean(org.forum, at(c, 'forum'));
    const platform = optionalBoolean(org.platform, at(c, 'platform'));
    return {
      name: text(org.name, at(c, 'name')),
      aliases: texts(org.aliases, at(c, 'aliases')),
      kind: oneOf(org.kind, ORGANIZATION_KINDS, at(c, 'kind')),
      ...(state === undefined ? {} : { state }),
      ...(conduit === undefined ? {} : { conduit }),
      ...(forum === undefined ? {} : { forum }),
      ...(platform === undefined ? {} : { platform }),
    };
  });
  const blocs = list(data.blocs, at(ctx, 'blocs')).map((item, i) => {
    const c = at(at(ctx, 'blocs'), i);
    const bloc = record(item, c);
    onlyKeys(bloc, ['name', 'aliases', 'demonyms'], c);
    return {
      name: text(bloc.name, at(c, 'name')),
      aliases: texts(bloc.aliases, at(c, 'aliases')),
      ...(bloc.demonyms === undefined ? {} : { demonyms: texts(bloc.demonyms, at(c, 'demonyms')) }),
    };
  });
  return { organizations, blocs };
}

export function validatePeopleFile(value: unknown, source: string): PeopleFile {
  const { data, ctx } = fileObject(value, source, ['people']);
  const people = list(data.people, at(ctx, 'people')).map((item, i) => {
    const c = at(at(ctx, 'people'), i);
    const person = record(item, c);
    onlyKeys(person, ['name', 'aliases', 'role', 'state', 'org', 'gender'], c);
    const role = person.role === undefined ? undefined : lowerPhrase(person.role, at(c, 'role'));
    const state = person.state === undefined ? undefined : stateCode(person.state, at(c, 'state'));
    const org = optionalText(person.org, at(c, 'org'));
    const gender = person.gender === undefined ? undefined : oneOf(person.gender, ['f', 'm'] as const, at(c, 'gender'));
    return {
      name: text(person.name, at(c, 'name')),
      aliases: texts(person.aliases, at(c, 'aliases')),
      ...(role === undefined ? {} : { role }),
      ...(state === undefined ? {} : { state }),
      ...(org === undefined ? {} : { org }),
      ...(gender === undefined ? {} : { gender }),
    };
  });
  return { people };
}

export function validateGenderFile(value: unknown, source: string): GenderFile {
  const { data, ctx } = fileObject(value, source, ['female', 'male']);
  const side = (key: 'female' | 'male'): GenderFile['female'] => {
    const s = section(data, key, ctx, ['titles', 'names', 'pronouns']);
    return { titles: lowerWords(s.data.titles, at(s.ctx, 'titles')), names: lowerWords(s.data.names, at(s.ctx, 'names')), pronouns: lowerWords(s.data.pronouns, at(s.ctx, 'pronouns')) };
  };
  return { female: side('female'), male: side('male') };
}

export function validateTitlesFile(value: unknown, source: string): TitlesFile {
  const { data, ctx } = fileObject(value, source, ['roles', 'generic', 'noAffiliation', 'honorifics', 'uniqueOffices', 'headOffices']);
  const roles = textMap(data.roles, at(ctx, 'roles'));
  for (const [phrase, role] of Object.entries(roles)) lowerPhrase(role, at(at(ctx, 'roles'), phrase));
  return {
    roles,
    generic: lowerWords(data.generic, at(ctx, 'generic')),
    noAffiliation: lowerWords(data.noAffiliation, at(ctx, 'noAffiliation')),
    honorifics: lowerWords(data.honorifics, at(ctx, 'honorifics')),
    uniqueOffices: lowerWords(data.uniqueOffices, at(ctx, 'uniqueOffices')),
    headOffices: lowerWordLists(data.headOffices ?? {}, at(ctx, 'headOffices')),
  };
}

export function validatePatternsFile(value: unknown, source: string): PatternsFile {
  const { data, ctx } = fileObject(value, source, ['heads', 'orgWords', 'orgIntroducers', 'spellings']);
  const spellings = data.spellings === undefined ? {} : textMap(data.spellings, at(ctx, 'spellings'));
  for (const [key, v] of Object.entries(spellings)) if (!/^[\p{Ll}-]+$/u.test(key) || !/^[\p{Ll}-]+$/u.test(v)) reject(at(ctx, `spellings.${key}`), 'expected one lower-case word to one lower-case word');
  return {
    heads: textMap(data.heads, at(ctx, 'heads')),
    orgWords: lowerWords(data.orgWords, at(ctx, 'orgWords')),
    orgIntroducers: lowerWords(data.orgIntroducers, at(ctx, 'orgIntroducers')),
    spellings,
  };
}

const STOPWORD_LISTS = ['capitalisedNonNames', 'months', 'days', 'temporalWords', 'skipBeforeVerb', 'placePrefixes', 'placeWords', 'thingWords', 'thingIntroducers'] as const;

export function validateStopwordsFile(value: unknown, source: string): StopwordsFile {
  const { data, ctx } = fileObject(value, source, [...STOPWORD_LISTS, 'pronouns']);
  const lists = Object.fromEntries(STOPWORD_LISTS.map((key) => [key, lowerWords(data[key], at(ctx, key))])) as Record<(typeof STOPWORD_LISTS)[number], string[]>;
  return { ...lists, pronouns: textMap(data.pronouns, at(ctx, 'pronouns')) };
}
