// knowledge/en/organization-forms.json: the words that make a capitalised name an organisation —
// legal forms written after a company's name ("Inc.", "Ltd", "GmbH") and head nouns that end or
// open an organisation's name ("Labour Party", "Movement for ...", "Competition Commission").
import { at, list, oneOf, onlyKeys, optionalTexts, record, reject, text, type FieldContext } from '../fields';

export const ORGANIZATION_FORM_KINDS = ['company', 'party', 'movement', 'armed group', 'government body', 'regulator', 'court', 'international', 'union', 'media', 'ngo', 'education', 'finance', 'other'] as const;
export type OrganizationFormKind = (typeof ORGANIZATION_FORM_KINDS)[number];

export interface OrganizationForm {
  /** As written in names, with its usual capitals: "Inc.", "Party". */
  form: string;
  /** Other spellings: "Inc", "Incorporated". */
  variants: string[];
  kind: OrganizationFormKind;
  /** `suffix`: a legal form after the name (often after a comma); `head`: the name's head noun. */
  position: 'suffix' | 'head';
  /** A head that may also open the name before of/for ("Party of Regions", "Front for ..."). */
  opens: boolean;
}

export function validateOrganizationFormsFile(value: unknown, source: string): OrganizationForm[] {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  onlyKeys(file, ['forms'], ctx);
  const formsCtx = at(ctx, 'forms');
  const forms = list(file.forms, formsCtx).map((raw, i): OrganizationForm => {
    const fctx = at(formsCtx, i);
    const f = record(raw, fctx);
    onlyKeys(f, ['form', 'variants', 'kind', 'position', 'opens'], fctx);
    const form = text(f.form, at(fctx, 'form'));
    if (!/^\p{Lu}/u.test(form)) reject(at(fctx, 'form'), `"${form}" must start with a capital, as written in names`);
    const position = oneOf(f.position, ['suffix', 'head'] as const, at(fctx, 'position'));
    const opens = f.opens === undefined ? false : f.opens === true ? true : f.opens === false ? false : reject(at(fctx, 'opens'), 'expected true or false');
    if (opens && position !== 'head') reject(at(fctx, 'opens'), 'only a head noun opens a name');
    return { form, variants: optionalTexts(f.variants, at(fctx, 'variants')), kind: oneOf(f.kind, ORGANIZATION_FORM_KINDS, at(fctx, 'kind')), position, opens };
  });
  const seen = new Map<string, number>();
  for (const [i, f] of forms.entries()) {
    for (const word of [f.form, ...f.variants]) {
      const first = seen.get(word);
      if (first !== undefined) reject(at(formsCtx, i), `"${word}" is already forms[${first}]`);
      seen.set(word, i);
    }
  }
  return forms;
}
