// knowledge/en/known-organizations.json: organisations known by name, derived from the Phoenix
// actor dictionaries (PETRARCH2, MIT) by scripts/knowledge/derive-organizations.ts — international
// and non-governmental bodies, armed groups, parties, media and companies, each with the spellings
// and acronyms of that one body (Phoenix's other names under the same actor code are bodies of
// their own there). The hand list organizations.json wins where both name a phrase.
import { at, list, oneOf, onlyKeys, record, reject, text, texts, type FieldContext } from '../fields';

export const KNOWN_ORGANIZATION_KINDS = ['international', 'ngo', 'armed-group', 'party', 'media', 'company', 'government'] as const;
export type KnownOrganizationKind = (typeof KNOWN_ORGANIZATION_KINDS)[number];

export interface KnownOrganization {
  /** The body's full name, as news writes it. */
  name: string;
  /** Other spellings and acronyms of the same body. */
  aliases: string[];
  kind: KnownOrganizationKind;
  /** A state's own organ (its executive, forces, police, intelligence; not its legislature or courts): that state's ISO code, as organizations.json writes it. */
  state?: string;
}

function stateCode(value: unknown, ctx: FieldContext): string {
  const code = text(value, ctx);
  if (!/^[A-Z]{3}$/.test(code)) reject(ctx, `"${code}" must be a three-letter state code`);
  return code;
}

function validateName(value: unknown, ctx: FieldContext): string {
  const name = text(value, ctx);
  if (!/^[\p{Lu}\p{N}]/u.test(name) || !/\p{L}{2}/u.test(name)) reject(ctx, `"${name}" must start with a capital or digit and hold a word`);
  return name;
}

export function validateKnownOrganizationsFile(value: unknown, source: string): KnownOrganization[] {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  onlyKeys(file, ['organizations'], ctx);
  const orgsCtx = at(ctx, 'organizations');
  return list(file.organizations, orgsCtx).map((raw, i): KnownOrganization => {
    const c = at(orgsCtx, i);
    const org = record(raw, c);
    onlyKeys(org, ['name', 'aliases', 'kind', 'state'], c);
    const aliases = texts(org.aliases, at(c, 'aliases'));
    aliases.forEach((alias, k) => validateName(alias, at(at(c, 'aliases'), k)));
    const known: KnownOrganization = { name: validateName(org.name, at(c, 'name')), aliases, kind: oneOf(org.kind, KNOWN_ORGANIZATION_KINDS, at(c, 'kind')) };
    if (org.state !== undefined) known.state = stateCode(org.state, at(c, 'state'));
    return known;
  });
}
