// Derives knowledge/en/first-names.json (given names with gender) from the npm package
// `gender-detection-from-name` (MIT; name lists for en, it, es, fr, de, tr), a dev dependency.
// Rerun after upgrading the package:
//   npx ts-node --transpile-only scripts/knowledge/convert-first-names.ts
// Kept: one-word names (letters, inner hyphens and apostrophes), not English function words
// (knowledge/en/english-stopwords.json: "will", "may"...). A name one language lists as female and
// another as male goes to `either`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeKnowledgeJson } from './write-json';

const ROOT = join(__dirname, '..', '..');
const PACKAGE = 'gender-detection-from-name';
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;
const ONE_WORD = /^\p{Ll}(?:[\p{Ll}]|[-'](?=\p{Ll}))+$/u;

type Gender = 'female' | 'male' | 'either';

function isGenderMap(value: unknown): value is Map<string, string> {
  return value instanceof Map;
}

export function mergeGenders(lists: Iterable<Map<string, string>>, excluded: Set<string>): Map<string, Gender> {
  const merged = new Map<string, Gender>();
  for (const list of lists) {
    for (const [rawName, rawGender] of list) {
      const name = rawName.normalize('NFC').toLowerCase();
      if (!ONE_WORD.test(name) || excluded.has(name)) continue;
      if (rawGender !== 'female' && rawGender !== 'male') continue;
      const before = merged.get(name);
      merged.set(name, before === undefined || before === rawGender ? rawGender : 'either');
    }
  }
  return merged;
}

function main(): void {
  const packageDir = join(ROOT, 'node_modules', PACKAGE);
  const manifest: unknown = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : '?';
  const lists: Map<string, string>[] = [];
  for (const language of LANGUAGES) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const list: unknown = require(join(packageDir, 'names', language));
    if (!isGenderMap(list)) throw new Error(`${PACKAGE}/names/${language} is not a Map of names to genders`);
    lists.push(list);
  }
  const stopwords: unknown = JSON.parse(readFileSync(join(ROOT, 'knowledge', 'en', 'english-stopwords.json'), 'utf8'));
  const words = typeof stopwords === 'object' && stopwords !== null && 'words' in stopwords && Array.isArray(stopwords.words) ? stopwords.words : [];
  const merged = mergeGenders(lists, new Set(words.map(String)));
  const byGender: Record<Gender, string[]> = { female: [], male: [], either: [] };
  for (const [name, gender] of merged) byGender[gender].push(name);
  for (const names of Object.values(byGender)) names.sort();
  writeKnowledgeJson(join(ROOT, 'knowledge', 'en', 'first-names.json'), {
    $comment:
      'Given names with the gender their lists give (female, male, or either when lists disagree), lower case, one word. Derived by scripts/knowledge/convert-first-names.ts; do not edit by hand, add names in a file of your own.',
    $source: `npm package ${PACKAGE}@${version} (MIT, Copyright (c) 2019 Davide Violante), lists ${LANGUAGES.join(', ')}; licence in first-names.LICENSE`,
    ...byGender,
  });
  writeFileSync(join(ROOT, 'knowledge', 'en', 'first-names.LICENSE'), readFileSync(join(packageDir, 'LICENSE')));
  console.log(`first-names.json: ${byGender.female.length} female, ${byGender.male.length} male, ${byGender.either.length} either`);
}

if (require.main === module) main();
