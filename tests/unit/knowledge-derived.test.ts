// Validators of the knowledge files derived from maintained sources (knowledge/en/): each field is
// checked and a bad one named with its file and path; the shipped files pass.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  rolesOn,
  validateArmedGroupsFile,
  validateOfficeHoldersFile,
  validateOrganizationsFile,
  validateRoleNounsFile,
  type OfficeHolder,
} from '../../src/knowledge/derived/phoenix';
import { validateCameoFile } from '../../src/knowledge/derived/cameo';
import { validateFirstNamesFile } from '../../src/knowledge/derived/first-names';
import { validateOrganizationFormsFile } from '../../src/knowledge/derived/organization-forms';
import { validateKnownOrganizationsFile } from '../../src/knowledge/derived/known-organizations';
import { buildOfficeIndex, holderNamed, holderOfTitle } from '../../src/knowledge/derived/office-index';
import { loadKnowledge, mergeKnowledge } from '../../src/knowledge';

const EN = join(__dirname, '..', '..', 'knowledge', 'en');
const read = (name: string): unknown => JSON.parse(readFileSync(join(EN, name), 'utf8'));

const holder = (roles: unknown[]): unknown => ({ people: [{ name: 'Ilse Varga', aliases: ['Varga'], titles: ['finance minister'], country: 'Hungary', roles }] });

describe('office holders', () => {
  it('takes the 29th of February of a leap year', () => {
    expect(validateOfficeHoldersFile(holder([{ code: 'HUNGOV', from: '2016-02-29', to: '2016-03-01' }]), 't.json')[0].roles[0].from).toBe('2016-02-29');
    expect(validateOfficeHoldersFile(holder([{ code: 'HUNGOV', from: '2000-02-29' }]), 't.json')[0].roles[0].from).toBe('2000-02-29');
    expect(() => validateOfficeHoldersFile(holder([{ code: 'HUNGOV', from: '1900-02-29' }]), 't.json')).toThrow('"1900-02-29" is not a date');
  });

  it('reads names, titles and dated roles', () => {
    const [person] = validateOfficeHoldersFile(holder([{ code: 'HUNGOV', sector: 'GOV', from: '2010-05-29', to: '2014-06-06' }]), 't.json');
    expect(person).toEqual({ name: 'Ilse Varga', aliases: ['Varga'], titles: ['finance minister'], country: 'Hungary', roles: [{ code: 'HUNGOV', sector: 'GOV', from: '2010-05-29', to: '2014-06-06' }] });
  });

  it.each([
    [[{ code: 'HUNGOV', from: '2014-02-30' }], 'people[0].roles[0].from: "2014-02-30" is not a date YYYY-MM-DD'],
    [[{ code: 'HUNGOV', from: '2013-02-29' }], 'people[0].roles[0].from: "2013-02-29" is not a date YYYY-MM-DD'],
    [[{ code: 'HUNGOV', to: '2014-04-31' }], 'people[0].roles[0].to: "2014-04-31" is not a date YYYY-MM-DD'],
    [[{ code: 'HUNGOV', to: '2014-13-01' }], 'people[0].roles[0].to: "2014-13-01" is not a date YYYY-MM-DD'],
    [[{ code: 'HUNGOV', from: '2014-06-06', to: '2010-05-29' }], 'people[0].roles[0].to: 2010-05-29 is before from 2014-06-06'],
    [[{ code: 'hungov' }], 'people[0].roles[0].code: "hungov" is not a Phoenix code'],
    [[{ code: 'HUNGOV', fallback: true, to: '2010-01-01' }], 'people[0].roles[0].fallback: a fallback role has no dates'],
    [[{ code: 'HUNGOV', sectr: 'GOV' }], 'people[0].roles[0].sectr: unknown field'],
    [[], 'people[0].roles: an office holder needs at least one role'],
  ])('refuses a bad role %j', (roles, message) => {
    expect(() => validateOfficeHoldersFile(holder(roles), 't.json')).toThrow(`knowledge file t.json: ${message}`);
  });

  it('refuses a title in capitals and a missing name', () => {
    expect(() => validateOfficeHoldersFile({ people: [{ name: 'Ilse Varga', titles: ['Minister'], roles: [{ code: 'HUNGOV' }] }] }, 't.json')).toThrow(
      'people[0].titles[0]: "Minister" must be lower case',
    );
    expect(() => validateOfficeHoldersFile({ people: [{ name: ' ', roles: [{ code: 'HUNGOV' }] }] }, 't.json')).toThrow('people[0].name: expected a non-empty string');
  });

  it("gives the roles held on the article's date, else the fallback role", () => {
    const person: OfficeHolder = {
      name: 'Ilse Varga',
      aliases: [],
      titles: [],
      roles: [
        { code: 'HUNELI', sector: 'ELI', fallback: true },
        { code: 'HUNGOV', sector: 'GOV', from: '2010-05-29', to: '2014-06-06' },
        { code: 'IGOEUREEC', sector: 'IGO', from: '2014-11-01' },
      ],
    };
    expect(rolesOn(person, '2012-03-01').map((r) => r.code)).toEqual(['HUNGOV']);
    expect(rolesOn(person, '2014-06-06').map((r) => r.code)).toEqual(['HUNGOV']);
    expect(rolesOn(person, '2019-09-09').map((r) => r.code)).toEqual(['IGOEUREEC']);
    expect(rolesOn(person, '2014-08-01').map((r) => r.code)).toEqual(['HUNELI']);
  });
});

describe('organisations, armed groups, role nouns', () => {
  it('reads and refuses organisation fields', () => {
    const file = { organizations: [{ name: 'Nordic Grain Board', aliases: ['NGB'], code: 'IGONOR', kind: 'intergovernmental' }] };
    expect(validateOrganizationsFile(file, 'o.json')[0]?.aliases).toEqual(['NGB']);
    expect(() => validateOrganizationsFile({ organizations: [{ ...file.organizations[0], kind: 'club' }] }, 'o.json')).toThrow('organizations[0].kind: expected one of intergovernmental');
  });

  it('reads armed groups and refuses a list where an object belongs', () => {
    expect(validateArmedGroupsFile({ groups: [{ name: 'Coastal Liberation Front', aliases: [], code: 'XYZREB' }] }, 'g.json')).toHaveLength(1);
    expect(() => validateArmedGroupsFile({ groups: [['Coastal Liberation Front']] }, 'g.json')).toThrow('groups[0]: expected an object');
  });

  it('reads role nouns and refuses double spaces', () => {
    expect(validateRoleNounsFile({ agents: [{ phrase: 'harbour master', plurals: ['harbour masters'], code: 'GOV', sector: 'GOV' }] }, 'a.json')).toHaveLength(1);
    expect(() => validateRoleNounsFile({ agents: [{ phrase: 'harbour  master', plurals: [], code: 'GOV' }] }, 'a.json')).toThrow('agents[0].phrase: "harbour  master" has double spaces');
  });
});

describe('CAMEO verbs', () => {
  const file = (verbs: unknown[], patterns: unknown[] = []): unknown => ({ families: { '13': { label: 'threaten', relation: 'THREAT' } }, synsets: { '&weapon': ['rocket', 'drone'] }, verbs, patterns });

  it('reads verbs and patterns with their families', () => {
    const knowledge = validateCameoFile(
      file([{ lemma: 'menace', forms: ['menace', 'menaces', 'menaced', 'menacing'], code: '130', family: '13' }], [{ verbs: ['menace'], pattern: '* (with &weapon)', after: 'with &weapon', before: '', code: '138', family: '13' }]),
      'c.json',
    );
    expect(knowledge.families.get('13')).toEqual({ label: 'threaten', relation: 'THREAT' });
    expect(knowledge.verbs[0]?.forms).toContain('menaced');
    expect(knowledge.patterns[0]?.after).toBe('with &weapon');
  });

  it.each([
    [[{ lemma: 'menace', forms: ['menaces'], code: '130', family: '13' }], [], 'verbs[0].forms: the forms must include the lemma "menace"'],
    [[{ lemma: 'menace', forms: ['menace'], code: '130', family: '12' }], [], 'verbs[0].family: expected "13"'],
    [[{ lemma: 'menace', forms: ['menace'], code: '190', family: '19' }], [], 'verbs[0].code: family 19 is not one of'],
    [[], [{ verbs: ['menace'], pattern: '* (with &gun)', after: 'with &gun', before: '', code: '138', family: '13' }], 'patterns[0]: unknown synset &gun'],
    [[], [{ verbs: ['menace'], pattern: '(with rockets)', after: 'with rockets', before: '', code: '138', family: '13' }], 'patterns[0].pattern: a pattern is lower case and has * for the verb'],
  ])('refuses %j %j', (verbs, patterns, message) => {
    expect(() => validateCameoFile(file(verbs, patterns), 'c.json')).toThrow(message);
  });
});

describe('first names and organisation forms', () => {
  it('reads first names by gender and refuses one listed twice', () => {
    const names = validateFirstNamesFile({ female: ['oksana', 'aiyana'], male: ['tendai'], either: ['kim'] }, 'f.json');
    expect(names.get('oksana')).toBe('female');
    expect(names.get('kim')).toBe('either');
    expect(() => validateFirstNamesFile({ female: ['tendai'], male: ['tendai'] }, 'f.json')).toThrow('male[0]: "tendai" is already listed as female');
    expect(() => validateFirstNamesFile({ female: ['mary ann'] }, 'f.json')).toThrow('female[0]: "mary ann" is not one lower-case word');
  });

  it('reads organisation forms and refuses a form listed twice or opening as a suffix', () => {
    const forms = validateOrganizationFormsFile({ forms: [{ form: 'Kft.', variants: ['Kft'], kind: 'company', position: 'suffix' }, { form: 'Front', kind: 'movement', position: 'head', opens: true }] }, 'of.json');
    expect(forms.map((f) => [f.form, f.opens])).toEqual([['Kft.', false], ['Front', true]]);
    expect(() => validateOrganizationFormsFile({ forms: [{ form: 'Kft.', kind: 'company', position: 'suffix' }, { form: 'Zrt.', variants: ['Kft.'], kind: 'company', position: 'suffix' }] }, 'of.json')).toThrow('forms[1]: "Kft." is already forms[0]');
    expect(() => validateOrganizationFormsFile({ forms: [{ form: 'Kft.', kind: 'company', position: 'suffix', opens: true }] }, 'of.json')).toThrow('forms[0].opens: only a head noun opens a name');
  });
});

describe('known organisations (derived from Phoenix)', () => {
  it('reads names with their kind and refuses a name in lower case or an unknown kind', () => {
    const file = { organizations: [{ name: 'Nordic Grain Board', aliases: ['NGB'], kind: 'international' }] };
    expect(validateKnownOrganizationsFile(file, 'k.json')).toEqual(file.organizations);
    expect(() => validateKnownOrganizationsFile({ organizations: [{ ...file.organizations[0], aliases: ['the board'] }] }, 'k.json')).toThrow('organizations[0].aliases[0]: "the board" must start with a capital');
    expect(() => validateKnownOrganizationsFile({ organizations: [{ ...file.organizations[0], kind: 'club' }] }, 'k.json')).toThrow('organizations[0].kind: expected one of');
  });

  it('the shipped file splits Phoenix codes into bodies and leaves out people, roles and common words', () => {
    const orgs = validateKnownOrganizationsFile(read('known-organizations.json'), 'known-organizations.json');
    const named = (n: string) => orgs.find((o) => o.name === n || o.aliases.includes(n));
    expect(named('FBI')?.name).toBe('Federal Bureau of Investigation');
    expect(named('DEA')?.name).not.toBe('Federal Bureau of Investigation'); // filed under the FBI's code, a body of its own
    expect(named('Hizballah')?.name).toBe(named('Hezbollah')?.name);
    expect(named('Al-Qaida')?.name).toBe('Al-Qaeda');
    // a one-word spelling of a code's own name, even one the model's vocabulary knows, is kept
    expect(named('Taleban')?.name).toBe('Taliban');
    expect(named('Peshmerga')?.name).toBe(named('Pesh Merga')?.name);
    for (const notABody of ['White House Spokesman', 'State Department Official', 'Foundation', 'Guardian', 'R.K. Pachauri', 'Hambali', 'Indian Ocean']) expect(named(notABody)).toBeUndefined();
    expect(orgs.length).toBeGreaterThan(5000);
  });

  it('one body spelled two ways is one entry, and an armed group keeps the acronym of its name in another language', () => {
    const orgs = validateKnownOrganizationsFile(read('known-organizations.json'), 'known-organizations.json');
    const named = (n: string) => orgs.find((o) => o.name === n || o.aliases.includes(n));
    expect(named('Association of Southeast Asian Nations')?.name).toBe(named('ASEAN')?.name);
    expect(named('World Uighur Congress')?.name).toBe(named('World Uyghur Congress')?.name);
    expect(named('FARC')?.name).toBe('Revolutionary Armed Forces of Colombia');
    expect(named('ETA')?.name).toBe('Basque Fatherland and Freedom');
    expect(named('CAR')).toBeUndefined(); // the Central African Republic (states.json), no armed group
  });

  it('a body whose name ends in a word of place is still a body ("World Bank", "Council of Europe", "... the Niger Delta")', () => {
    const orgs = validateKnownOrganizationsFile(read('known-organizations.json'), 'known-organizations.json');
    const named = (n: string) => orgs.find((o) => o.name === n || o.aliases.includes(n));
    for (const body of ['World Bank', 'Council of Europe', 'Asian Development Bank', 'Movement for the Emancipation of the Niger Delta', 'U.S. Campaign for Burma']) expect(named(body)).toBeDefined();
    for (const place of ['Indian Ocean', 'West Bank']) expect(named(place)).toBeUndefined();
  });
});

describe('the shipped knowledge/en files', () => {
  it('pass their validators and hold what the sources promise', () => {
    const people = validateOfficeHoldersFile(read('phoenix-office-holders.json'), 'phoenix-office-holders.json');
    expect(people.length).toBeGreaterThan(10000);
    const putin = people.find((p) => p.name === 'Vladimir Putin');
    expect(putin && rolesOn(putin, '2012-06-01').some((r) => r.code === 'RUSGOV')).toBe(true);
    const organizations = validateOrganizationsFile(read('phoenix-organizations.json'), 'phoenix-organizations.json');
    expect(organizations.find((o) => o.aliases.includes('IAEA'))?.name).toBe('International Atomic Energy Agency');
    expect(validateArmedGroupsFile(read('phoenix-armed-groups.json'), 'phoenix-armed-groups.json').length).toBeGreaterThan(500);
    expect(validateRoleNounsFile(read('phoenix-agents.json'), 'phoenix-agents.json').some((r) => r.phrase === 'foreign minister')).toBe(true);
    const cameo = validateCameoFile(read('cameo-verbs.json'), 'cameo-verbs.json');
    expect(cameo.verbs.some((v) => v.lemma === 'threaten' && v.family === '13')).toBe(true);
    expect(validateFirstNamesFile(read('first-names.json'), 'first-names.json').get('maria')).toBe('female');
    expect(validateOrganizationFormsFile(read('organization-forms.json'), 'organization-forms.json').some((f) => f.form === 'Inc.')).toBe(true);
  });
});

describe('office holders on a date', () => {
  const people: OfficeHolder[] = [
    { name: 'Tomas Riquelme', aliases: ['Tomás Riquelme'], titles: ['interior minister'], country: 'Chile', roles: [{ code: 'CHLGOV', sector: 'GOV', from: '2006-03-11', to: '2010-03-11' }] },
    { name: 'Tomas Riquelme', aliases: [], titles: ['senator'], country: 'Chile', roles: [{ code: 'CHLELI', sector: 'ELI', from: '2014-03-11' }] },
    { name: 'Paz Oyarzun', aliases: ['Maria Paz Oyarzun'], titles: ['interior minister'], country: 'Chile', roles: [{ code: 'CHLGOV', sector: 'GOV', from: '2010-03-11', to: '2012-07-01' }] },
    { name: 'Wanjiru Odhiambo', aliases: ['Odhiambo'], titles: ['health minister'], country: 'Kenya', roles: [{ code: 'KENGOVHLH', sector: 'GOV', from: '2012-03-01' }] },
  ];
  const index = buildOfficeIndex(people);

  it('tells two people of one name apart by who held a role on the date', () => {
    expect(holderNamed(index, 'Tomas Riquelme', '2008-05-05')?.holder.titles).toEqual(['interior minister']);
    expect(holderNamed(index, 'tomás riquelme', '2008-05-05')?.holder.country).toBe('Chile');
    expect(holderNamed(index, 'Tomas Riquelme', '2016-01-01')?.holder.titles).toEqual(['senator']);
    expect(holderNamed(index, 'Tomas Riquelme', '2012-01-01')).toBeUndefined();
  });

  it('never indexes a bare surname', () => {
    expect(holderNamed(index, 'Odhiambo', '2013-01-01')).toBeUndefined();
    expect(holderNamed(index, 'Maria Paz Oyarzun', '2011-01-01')?.holder.name).toBe('Paz Oyarzun');
  });

  it('gives the holder of a title in a country on a date', () => {
    expect(holderOfTitle(index, 'interior minister', 'Chile', '2009-01-01')?.holder.name).toBe('Tomas Riquelme');
    expect(holderOfTitle(index, 'Interior Minister', 'Chile', '2011-01-01')?.holder.name).toBe('Paz Oyarzun');
    expect(holderOfTitle(index, 'interior minister', 'Chile', '2013-01-01')).toBeUndefined();
    expect(holderOfTitle(index, 'health minister', 'Chile', '2013-01-01')).toBeUndefined();
  });
});

describe('loading the derived files', () => {

  it("appends a user's entries to the built-in ones and validates them", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-derived-'));
    writeFileSync(join(dir, 'organization-forms.json'), JSON.stringify({ forms: [{ form: 'Kft.', kind: 'company', position: 'suffix' }] }));
    const knowledge = loadKnowledge([dir]).derived;
    expect(knowledge.organizationForms.at(-1)?.form).toBe('Kft.');
    expect(knowledge.organizationForms.some((f) => f.form === 'Inc.')).toBe(true);
    writeFileSync(join(dir, 'organization-forms.json'), JSON.stringify({ forms: [{ form: 'kft.', kind: 'company', position: 'suffix' }] }));
    expect(() => loadKnowledge([dir])).toThrow('must start with a capital');
    expect(mergeKnowledge({ a: [1], b: { c: [2] } }, { a: [3], b: { c: [4], d: 5 } })).toEqual({ a: [1, 3], b: { c: [2, 4], d: 5 } });
  });

  it('a known organisation never takes a name that already names a state or its capital', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-known-orgs-'));
    const org = { name: 'Fjordline Shipping Holdings', aliases: ['NORWAY', 'Oslo', 'Fjordline'], kind: 'company' };
    writeFileSync(join(dir, 'known-organizations.json'), JSON.stringify({ organizations: [org] }));
    const names = loadKnowledge([dir]).names;
    const kinds = (word: string): string[] => (names.next.get(word)?.entries ?? []).map((e) => `${e.kind}:${e.canonical}`);
    expect(kinds('norway')).toEqual(['state:Norway']);
    expect(kinds('oslo')).toEqual(['capital:Norway']);
    expect(kinds('fjordline')).toEqual(['organization:Fjordline Shipping Holdings']);
  });

  it('the shipped organisations file names no state', () => {
    const orgs = validateKnownOrganizationsFile(read('known-organizations.json'), 'known-organizations.json');
    const names = new Set(orgs.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase()));
    for (const state of ['china', 'colombia', 'greece', 'bolivia']) expect(names.has(state)).toBe(false);
  });
});
