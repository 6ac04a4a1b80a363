// Converts the PETRARCH2 / Phoenix dictionaries (MIT) in ../shared/data/petrarch2 into knowledge
// files under knowledge/en/, next to a copy of their licence. Rerunnable; run it after
// convert-first-names.ts (people are told from organisations partly by their first name):
//   npx ts-node --transpile-only scripts/knowledge/convert-petrarch.ts [PETRARCH_DIR]
// Every file it writes is checked with its validator from src/knowledge/derived/ before writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { parseActorDictionary, parseAgentDictionary, parseVerbDictionary, type ActorRecord, type Problem } from './tabari';
import { FUNCTION_WORDS, SECTORS, looksLikePerson, splitCode, toArmedGroups, toOfficeHolder, toOrganizations, toRoleNouns, type ConversionContext } from './phoenix';
import { FAMILY_INFO, toCameoKnowledge } from './cameo';
import { writeKnowledgeJson } from './write-json';
import { validateArmedGroupsFile, validateOfficeHoldersFile, validateOrganizationsFile, validateRoleNounsFile, type OfficeHolder } from '../../src/knowledge/derived/phoenix';
import { validateCameoFile } from '../../src/knowledge/derived/cameo';
import { validateFirstNamesFile } from '../../src/knowledge/derived/first-names';
import { validateOrganizationFormsFile } from '../../src/knowledge/derived/organization-forms';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'knowledge', 'en');
const SOURCE_DIR = process.argv[2] ?? join(ROOT, '..', 'shared', 'data', 'petrarch2');
/** Roles that ended before this date are dropped: the tool reads news from the 2000s on. */
const SINCE = '1990-01-01';
const NOTICE = 'Derived from the PETRARCH2 dictionaries (openeventdata/petrarch2, MIT, Copyright (c) 2014-2015 Open Event Data Alliance; licence in PETRARCH2.LICENSE) by scripts/knowledge/convert-petrarch.ts. Do not edit by hand: rerun the script, or add your own entries in a file of your own.';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function report(file: string, problems: Problem[]): void {
  if (problems.length === 0) return;
  console.warn(`${file}: ${problems.length} lines not understood, skipped (first: line ${problems[0]?.line}: ${problems[0]?.message})`);
}

function parseActors(file: string): ActorRecord[] {
  const { records, problems } = parseActorDictionary(readFileSync(join(SOURCE_DIR, file), 'utf8'));
  report(file, problems);
  return records;
}

/** One person under two spellings of one name (Ban Ki Moon, Ban Ki-Moon): one record, all roles. */
function mergeSamePeople(people: OfficeHolder[]): OfficeHolder[] {
  const key = (name: string): string => name.toLowerCase().replace(/[-.\s]+/g, ' ').trim();
  const byKey = new Map<string, OfficeHolder>();
  for (const person of people) {
    const same = byKey.get(key(person.name));
    if (!same) {
      byKey.set(key(person.name), person);
      continue;
    }
    same.aliases = [...new Set([...same.aliases, ...person.aliases, person.name])].filter((a) => a !== same.name);
    same.titles = [...new Set([...same.titles, ...person.titles])];
    same.roles = [...same.roles, ...person.roles];
    if (!same.country && person.country) same.country = person.country;
  }
  return [...byKey.values()];
}

function main(): void {
  const stopwords = readJson(join(ROOT, 'knowledge', 'en', 'english-stopwords.json'));
  if (typeof stopwords === 'object' && stopwords !== null && 'words' in stopwords && Array.isArray(stopwords.words)) for (const w of stopwords.words) FUNCTION_WORDS.add(String(w));
  const countryByIso3 = new Map(countries.map((c) => [c.cca3, c.name.common]));
  const firstNames = new Set(validateFirstNamesFile(readJson(join(OUT, 'first-names.json')), 'first-names.json').keys());
  const forms = validateOrganizationFormsFile(readJson(join(OUT, 'organization-forms.json')), 'organization-forms.json');
  const organizationForms = new Set(forms.flatMap((f) => [f.form, ...f.variants]).map((w) => w.toLowerCase().replace(/\.$/, '')));
  const { agents, problems: agentProblems } = parseAgentDictionary(readFileSync(join(SOURCE_DIR, 'Phoenix.agents.txt'), 'utf8'));
  report('Phoenix.agents.txt', agentProblems);
  const roleNouns = toRoleNouns(agents);
  const roleWords = new Set(roleNouns.map((r) => r.phrase.split(' ').pop() ?? ''));
  const base: ConversionContext = { countryName: (c) => countryByIso3.get(c), firstNames, organizationForms, since: SINCE, roleWords };
  const isCountry = (c: string): boolean => countryByIso3.has(c);

  // International: organisations first, so the codes of their leaders' roles get a name.
  const international = parseActors('Phoenix.International.actors.txt');
  const internationalOrgs = toOrganizations(international.filter((r) => !looksLikePerson(r, base)), base);
  const codeNames = new Map<string, string>();
  for (const org of internationalOrgs) if (!codeNames.has(org.code) && org.kind === 'intergovernmental') codeNames.set(org.code, org.name);
  const ctx: ConversionContext = { ...base, codeName: (code) => codeNames.get(code) };

  // Countries: people with dated roles; national bodies (armed forces, ministries) as organisations.
  const national = parseActors('Phoenix.Countries.actors.txt');
  const isStateRecord = (r: ActorRecord): boolean => r.codes.every((c) => !splitCode(c.code, isCountry).sector);
  const people: OfficeHolder[] = [];
  const nationalBodies: ActorRecord[] = [];
  for (const record of national) {
    if (isStateRecord(record)) continue; // states and their cities come from world-countries
    if (looksLikePerson(record, ctx)) {
      const holder = toOfficeHolder(record, ctx);
      if (holder) people.push(holder);
    } else nationalBodies.push(record);
  }
  for (const record of international.filter((r) => looksLikePerson(r, base))) {
    const holder = toOfficeHolder(record, ctx);
    if (holder) people.push(holder);
  }
  people.splice(0, people.length, ...mergeSamePeople(people));
  // Organisations are named without their officers: "World Bank President" is a person's title.
  const titleWords = new Set(people.flatMap((p) => p.titles.map((t) => t.split(' ').pop() ?? '')));
  for (const form of organizationForms) titleWords.delete(form);
  const orgCtx: ConversionContext = { ...ctx, titleWords };
  const organizations = [...toOrganizations(international.filter((r) => !looksLikePerson(r, base)), orgCtx), ...toOrganizations(nationalBodies, orgCtx)];
  const groups = toArmedGroups(parseActors('Phoenix.MilNonState.actors.txt'), orgCtx);
  const dictionary = parseVerbDictionary(readFileSync(join(SOURCE_DIR, 'CAMEO.2.0.txt'), 'utf8'));
  report('CAMEO.2.0.txt', dictionary.problems);
  const cameo = toCameoKnowledge(dictionary);

  const files: [string, Record<string, unknown>, (value: unknown, source: string) => unknown][] = [
    ['phoenix-office-holders.json', { $comment: `People with dated roles (from/to inclusive; a fallback role applies when no dated one does). ${NOTICE}`, sectors: SECTORS, people }, validateOfficeHoldersFile],
    ['phoenix-organizations.json', { $comment: `International, non-governmental, company, media and national organisations. ${NOTICE}`, organizations }, validateOrganizationsFile],
    ['phoenix-armed-groups.json', { $comment: `Armed non-state groups (Phoenix MilNonState). ${NOTICE}`, groups }, validateArmedGroupsFile],
    ['phoenix-agents.json', { $comment: `Role nouns and generic agents (president, foreign minister, rebels) with their CAMEO sector. ${NOTICE}`, sectors: SECTORS, agents: roleNouns }, validateRoleNounsFile],
    ['cameo-verbs.json', { families: { $comment: `CAMEO verb families used here: verbs with their forms, phrase patterns (* = the verb, &name = a synset). ${NOTICE}`, ...FAMILY_INFO }, synsets: cameo.synsets, verbs: cameo.verbs, patterns: cameo.patterns }, validateCameoFile],
  ];
  for (const [name, value, validate] of files) {
    validate(JSON.parse(JSON.stringify(value)), name);
    writeKnowledgeJson(join(OUT, name), value);
  }
  writeFileSync(join(OUT, 'PETRARCH2.LICENSE'), readFileSync(join(SOURCE_DIR, 'LICENSE')));
  console.log(
    `office holders ${people.length}, organisations ${organizations.length}, armed groups ${groups.length}, role nouns ${roleNouns.length}, ` +
      `CAMEO verbs ${cameo.verbs.length}, patterns ${cameo.patterns.length}`,
  );
}

if (require.main === module) main();
