// knowledge/en/cameo-verbs.json: verbs and phrase patterns of the CAMEO families that matter to
// who-said-what (statements, appeals, offers, disapproval, rejection, threats, coercion), derived
// from PETRARCH2's CAMEO.2.0.txt (MIT) by scripts/knowledge/convert-petrarch.ts.
import { at, list, lowerPhrase, noDuplicates, oneOf, onlyKeys, record, reject, text, type FieldContext } from '../fields';

export const CAMEO_FAMILIES = ['01', '02', '03', '05', '11', '12', '13', '17'] as const;
export type CameoFamily = (typeof CAMEO_FAMILIES)[number];
export const CAMEO_RELATIONS = ['STATEMENT', 'PROPOSAL', 'THREAT', 'ACCUSATION', 'REJECTION'] as const;
export type CameoRelation = (typeof CAMEO_RELATIONS)[number];

export interface CameoFamilyInfo {
  label: string;
  /** The graph relation the family's verbs suggest; absent when none fits (coercion is an act). */
  relation?: CameoRelation;
}

export interface CameoVerb {
  /** Lower case; several words for phrasal verbs ("ask for"). */
  lemma: string;
  forms: string[];
  /** CAMEO event code (3 or 4 digits), its first two digits the family. */
  code: string;
  family: CameoFamily;
}

export interface CameoPattern {
  /** Lemmas of the verb block the pattern belongs to. */
  verbs: string[];
  /** The pattern as the dictionary writes it, lower case: `* (of {disastrous consequences})`. */
  pattern: string;
  /** Its words after the verb, flattened: `of disastrous consequences` (`&name` = a synset). */
  after: string;
  /** Its words before the verb, flattened (usually empty). */
  before: string;
  code: string;
  family: CameoFamily;
}

export interface CameoKnowledge {
  families: Map<CameoFamily, CameoFamilyInfo>;
  synsets: Map<string, string[]>;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
}

const EVENT_CODE = /^\d{3,4}$/;

function eventCode(value: unknown, ctx: FieldContext): { code: string; family: CameoFamily } {
  const code = text(value, ctx);
  if (!EVENT_CODE.test(code)) reject(ctx, `"${code}" is not a CAMEO event code (3 or 4 digits)`);
  const family = code.slice(0, 2);
  if (!(CAMEO_FAMILIES as readonly string[]).includes(family)) reject(ctx, `family ${family} is not one of ${CAMEO_FAMILIES.join(', ')}`);
  return { code, family: family as CameoFamily };
}

function checkFamily(value: unknown, expected: CameoFamily, ctx: FieldContext): void {
  if (value !== expected) reject(ctx, `expected "${expected}" (the code's first two digits)`);
}

/** Lower-case words, where `&name` names a synset and `*` stands for the verb. */
function patternText(value: unknown, ctx: FieldContext, allowEmpty: boolean): string {
  if (allowEmpty && value === '') return '';
  return lowerPhrase(value, ctx);
}

export function validateCameoFile(value: unknown, source: string): CameoKnowledge {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  onlyKeys(file, ['families', 'synsets', 'verbs', 'patterns'], ctx);

  const families = new Map<CameoFamily, CameoFamilyInfo>();
  const familiesCtx = at(ctx, 'families');
  for (const [key, raw] of Object.entries(record(file.families, familiesCtx))) {
    if (key.startsWith('$')) continue;
    const fctx = at(familiesCtx, key);
    const family = oneOf(key, CAMEO_FAMILIES, fctx);
    const info = record(raw, fctx);
    onlyKeys(info, ['label', 'relation'], fctx);
    families.set(family, {
      label: text(info.label, at(fctx, 'label')),
      ...(info.relation === undefined ? {} : { relation: oneOf(info.relation, CAMEO_RELATIONS, at(fctx, 'relation')) }),
    });
  }

  const synsets = new Map<string, string[]>();
  const synsetsCtx = at(ctx, 'synsets');
  for (const [name, raw] of Object.entries(record(file.synsets ?? {}, synsetsCtx))) {
    const sctx = at(synsetsCtx, name);
    if (!/^&[a-z0-9_]+$/.test(name)) reject(sctx, 'a synset name is & and lower-case letters');
    synsets.set(name, list(raw, sctx).map((w, i) => lowerPhrase(w, at(sctx, i))));
  }

  const verbsCtx = at(ctx, 'verbs');
  const verbs = list(file.verbs, verbsCtx).map((raw, i): CameoVerb => {
    const vctx = at(verbsCtx, i);
    const v = record(raw, vctx);
    onlyKeys(v, ['lemma', 'forms', 'code', 'family'], vctx);
    const { code, family } = eventCode(v.code, at(vctx, 'code'));
    checkFamily(v.family, family, at(vctx, 'family'));
    const forms = list(v.forms, at(vctx, 'forms')).map((f, j) => lowerPhrase(f, at(at(vctx, 'forms'), j)));
    noDuplicates(forms, at(vctx, 'forms'), 'form');
    const lemma = lowerPhrase(v.lemma, at(vctx, 'lemma'));
    if (!forms.includes(lemma)) reject(at(vctx, 'forms'), `the forms must include the lemma "${lemma}"`);
    return { lemma, forms, code, family };
  });

  const patternsCtx = at(ctx, 'patterns');
  const patterns = list(file.patterns, patternsCtx).map((raw, i): CameoPattern => {
    const pctx = at(patternsCtx, i);
    const p = record(raw, pctx);
    onlyKeys(p, ['verbs', 'pattern', 'after', 'before', 'code', 'family'], pctx);
    const { code, family } = eventCode(p.code, at(pctx, 'code'));
    checkFamily(p.family, family, at(pctx, 'family'));
    const pattern = text(p.pattern, at(pctx, 'pattern'));
    if (pattern !== pattern.toLowerCase() || !pattern.includes('*')) reject(at(pctx, 'pattern'), 'a pattern is lower case and has * for the verb');
    const after = patternText(p.after, at(pctx, 'after'), true);
    const before = patternText(p.before, at(pctx, 'before'), true);
    if (!after && !before) reject(pctx, 'a pattern needs words before or after the verb');
    for (const word of `${before} ${after}`.split(' ')) {
      if (word.startsWith('&') && !synsets.has(word)) reject(pctx, `unknown synset ${word}`);
    }
    const verbList = list(p.verbs, at(pctx, 'verbs')).map((v, j) => lowerPhrase(v, at(at(pctx, 'verbs'), j)));
    if (verbList.length === 0) reject(at(pctx, 'verbs'), 'a pattern belongs to at least one verb');
    return { verbs: verbList, pattern, after, before, code, family };
  });
  return { families, synsets, verbs, patterns };
}
