// Turns the parsed CAMEO verb dictionary (tabari.ts) into the verbs and phrase patterns of the
// families we use (src/knowledge/derived/cameo.ts). Pure.
import type { VerbDictionary } from './tabari';
import { CAMEO_FAMILIES, type CameoFamily, type CameoFamilyInfo, type CameoPattern, type CameoVerb } from '../../src/knowledge/derived/cameo';

export const FAMILY_INFO: Record<CameoFamily, CameoFamilyInfo> = {
  '01': { label: 'make public statement', relation: 'STATEMENT' },
  '02': { label: 'appeal or request (calls for, urges)', relation: 'PROPOSAL' },
  '03': { label: 'express intent to cooperate (offers, pledges, plans)', relation: 'PROPOSAL' },
  '05': { label: 'engage in diplomatic cooperation (praise, defend verbally, apologise)' },
  '11': { label: 'disapprove (criticise, accuse, blame)', relation: 'ACCUSATION' },
  '12': { label: 'reject', relation: 'REJECTION' },
  '13': { label: 'threaten', relation: 'THREAT' },
  '17': { label: 'coerce (seize, arrest, sanction, ban)' },
};

const familyOf = (code: string): CameoFamily | undefined => {
  if (!/^\d{3,4}$/.test(code)) return undefined;
  const family = code.slice(0, 2);
  return (CAMEO_FAMILIES as readonly string[]).includes(family) ? (family as CameoFamily) : undefined;
};

/** `* (OF {DISASTROUS CONSEQUENCES}) +` -> before '', after 'of disastrous consequences'. */
export function flattenPattern(pattern: string): { before: string; after: string } {
  const [beforeRaw = '', afterRaw = ''] = pattern.split('*');
  const flatten = (part: string): string =>
    part
      .replace(/[{}()]/g, ' ')
      .replace(/(^|\s)[+%$^=](?=\s|$)/g, ' ')
      .replace(/[+%$^]/g, '')
      .replace(/_/g, ' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return { before: flatten(beforeRaw), after: flatten(afterRaw) };
}

export function toCameoKnowledge(dictionary: VerbDictionary): {
  synsets: Record<string, string[]>;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
} {
  const verbs: CameoVerb[] = [];
  const patterns: CameoPattern[] = [];
  const usedSynsets = new Set<string>();
  const seenVerb = new Set<string>();
  for (const block of dictionary.blocks) {
    const lemmas = block.verbs.map((v) => v.lemma.toLowerCase());
    for (const verb of block.verbs) {
      const code = verb.code ?? block.code;
      const family = familyOf(code);
      const lemma = verb.lemma.toLowerCase();
      if (!family || seenVerb.has(`${lemma}|${code}`)) continue;
      seenVerb.add(`${lemma}|${code}`);
      verbs.push({ lemma, forms: [...new Set(verb.forms.map((f) => f.toLowerCase()))], code, family });
    }
    if (lemmas.length === 0) continue;
    for (const pattern of block.patterns) {
      const family = familyOf(pattern.code);
      if (!family) continue;
      const { before, after } = flattenPattern(pattern.text);
      if (!before && !after) continue;
      for (const word of `${before} ${after}`.split(' ')) if (word.startsWith('&')) usedSynsets.add(word);
      patterns.push({
        verbs: lemmas,
        pattern: pattern.text.toLowerCase().replace(/\s+/g, ' '),
        after,
        before,
        code: pattern.code,
        family,
      });
    }
  }
  const synsets: Record<string, string[]> = {};
  for (const [name, members] of dictionary.synsets) {
    const key = name.toLowerCase().replace(/_+$/, '');
    if (usedSynsets.has(key)) synsets[key] = members.map((m) => m.toLowerCase());
  }
  // A pattern naming a synset the dictionary never defines is dropped (PETRARCH ignores it too).
  const known = (p: CameoPattern): boolean => `${p.before} ${p.after}`.split(' ').every((w) => !w.startsWith('&') || w in synsets);
  return { synsets, verbs, patterns: patterns.filter(known) };
}
