// The conversion of the PETRARCH2 / Phoenix dictionaries (scripts/knowledge/), on dictionary lines
// written for the test (invented people, codes and verbs).
import { parseActorDictionary, parseAgentDictionary, parseTabariDate, parseVerbDictionary, regularVerbForms } from '../../scripts/knowledge/tabari';
import { displayName, looksLikePerson, toArmedGroups, toOfficeHolder, toOrganizations, toRoleNouns, withoutPeople, type ConversionContext } from '../../scripts/knowledge/phoenix';
import { flattenPattern, toCameoKnowledge } from '../../scripts/knowledge/cameo';
import { formatKnowledgeJson } from '../../scripts/knowledge/write-json';

const ctx: ConversionContext = {
  countryName: (c) => ({ NOR: 'Norway', KEN: 'Kenya', CHL: 'Chile' })[c],
  firstNames: new Set(['ingrid', 'wanjiru', 'tomas', 'amina']),
  organizationForms: new Set(['party', 'front', 'agency', 'administration']),
  roleWords: new Set(['minister', 'president']),
  since: '1990-01-01',
};

describe('TABARI dates and codes', () => {
  it('reads six- and eight-digit dates and refuses impossible ones', () => {
    expect(parseTabariDate('080507')).toBe('2008-05-07');
    expect(parseTabariDate('991231')).toBe('1999-12-31');
    expect(parseTabariDate('20140101')).toBe('2014-01-01');
    expect(parseTabariDate('140231')).toBeUndefined();
    expect(parseTabariDate('2004017')).toBeUndefined();
  });
});

describe('actor dictionary', () => {
  const text = [
    'INGRID_HALVORSEN_  # CountryInfo.txt',
    '+HALVORSEN_',
    '+FOREIGN_MINISTER_INGRID_HALVORSEN',
    '+NORWEGIAN_FOREIGN_MINISTER_HALVORSEN',
    '\t[NORELI 700101-050101]',
    '\t[NORGOV 050101-130930]',
    '\t[NORELI]',
    'WANJIRU_ODHIAMBO_  # CountryInfo.txt',
    'WANJIRU_A._ODHIAMBO_  # CountryInfo.txt',
    'TOMAS_RIQUELME_  # CountryInfo.txt',
    '+ODHIAMBO',
    '\t[KENGOVHLH >120301]',
    'OLD_COLONEL_MARTIN_  # CountryInfo.txt',
    '\t[CHLGOV 610101-700101]',
    '',
    'NORDIC_FISHERIES_AGENCY_ [IGONORFSH]',
    'NFA_ [IGONORFSH]',
    '',
    'COASTAL_LIBERATION_FRONT_(CLF)_ [KENREB] # test',
    '+CLF_ARMED_WING_',
    '+AMINA_BARAKA_',
    '+BARAKA_',
    'BROKEN_DATES_',
    '\t[CHLGOV 2004017-20061201]',
  ].join('\n');
  const { records, problems } = parseActorDictionary(text);

  it('keeps spelling variants written as consecutive names in one record, with their codes', () => {
    const odhiambo = records.find((r) => r.primaries[0] === 'WANJIRU_ODHIAMBO_');
    expect(odhiambo?.primaries).toEqual(['WANJIRU_ODHIAMBO_', 'WANJIRU_A._ODHIAMBO_']);
    expect(odhiambo?.codes).toEqual([{ code: 'KENGOVHLH', from: '2012-03-01', fallback: false }]);
    // Another surname is another person, given the same codes.
    expect(records.find((r) => r.primaries[0] === 'TOMAS_RIQUELME_')?.codes).toEqual(odhiambo?.codes);
  });

  it('says which line it could not read', () => {
    expect(problems).toEqual([{ line: 24, message: 'bad date in "CHLGOV 2004017-20061201"' }]);
  });

  it('makes an office holder with titles, aliases and dated roles, dropping roles that ended before 1990', () => {
    const halvorsen = toOfficeHolder(records[0]!, ctx);
    expect(halvorsen).toEqual({
      name: 'Ingrid Halvorsen',
      aliases: ['Halvorsen'],
      titles: ['foreign minister', 'norwegian foreign minister'],
      country: 'Norway',
      roles: [
        { code: 'NORELI', sector: 'ELI', from: '1970-01-01', to: '2005-01-01' },
        { code: 'NORGOV', sector: 'GOV', from: '2005-01-01', to: '2013-09-30' },
        { code: 'NORELI', sector: 'ELI', fallback: true },
      ],
    });
    const colonel = records.find((r) => r.primaries[0] === 'OLD_COLONEL_MARTIN_');
    expect(colonel && toOfficeHolder(colonel, ctx)).toBeUndefined();
  });

  it('tells people from organisations', () => {
    expect(looksLikePerson(records[0]!, ctx)).toBe(true);
    const agency = records.find((r) => r.primaries[0] === 'NORDIC_FISHERIES_AGENCY_')!;
    expect(looksLikePerson(agency, ctx)).toBe(false);
  });

  it('merges an organisation with its acronym under the same code', () => {
    const orgs = toOrganizations(records.filter((r) => r.codes[0]?.code === 'IGONORFSH'), ctx);
    expect(orgs).toEqual([{ name: 'Nordic Fisheries Agency', aliases: ['NFA'], code: 'IGONORFSH', kind: 'intergovernmental' }]);
  });

  it("keeps an armed group's names and acronym, not its leaders", () => {
    const groups = toArmedGroups(records.filter((r) => r.codes[0]?.code === 'KENREB'), ctx);
    expect(groups).toEqual([{ name: 'Coastal Liberation Front', aliases: ['CLF Armed Wing', 'CLF'], code: 'KENREB', country: 'Kenya' }]);
    expect(withoutPeople(['Coastal Liberation Front', 'Amina Baraka', 'Baraka'], ctx)).toEqual(['Coastal Liberation Front']);
  });
});

describe('names', () => {
  it('writes upper-case names as names are written', () => {
    expect(displayName('TOMAS_DE_LA_FUENTE_')).toBe('Tomas de la Fuente');
    expect(displayName('KHALID_AL-MANSOURI_')).toBe('Khalid al-Mansouri');
    expect(displayName('SEAN_MCALLISTER')).toBe('Sean McAllister');
    expect(displayName("MAEVE_O'KEEFFE")).toBe("Maeve O'Keeffe");
  });
});

describe('agents dictionary', () => {
  it('expands substitution sets and plurals', () => {
    const { agents } = parseAgentDictionary(['!PERSON! = MAN, WOMAN', 'HARBOUR_MASTER [~GOV]', 'FERRY!PERSON! [~BUS]', 'COAST_GUARD {} [~MIL]', 'DEPUTY {DEPUTIES} [~LEG]'].join('\n'));
    expect(toRoleNouns(agents)).toEqual([
      { phrase: 'harbour master', plurals: ['harbour masters'], code: 'GOV', sector: 'GOV' },
      { phrase: 'ferryman', plurals: [], code: 'BUS', sector: 'BUS' },
      { phrase: 'ferrywoman', plurals: [], code: 'BUS', sector: 'BUS' },
      { phrase: 'coast guard', plurals: [], code: 'MIL', sector: 'MIL' },
      { phrase: 'deputy', plurals: ['deputies'], code: 'LEG', sector: 'LEG' },
    ]);
  });
});

describe('verb dictionary', () => {
  const text = [
    '&WEAPON',
    '+ROCKET',
    '+DRONE_',
    '---  MENACE   [130]  ---',
    'MENACE',
    'INTIMIDATE {INTIMIDATES INTIMIDATED INTIMIDATING}',
    '- * (WITH &WEAPON)                [138]   # MENACE',
    '- * {TRADE WAR} +                 [1312]  # MENACE',
    '- * FLOWERS                       [061]   # not our families',
    '---  SHRUG   [---]  ---',
    '+SHRUG_OFF',
    '- * CRITICISM                     [120]   # SHRUG OFF',
    '~ a (a b MENACE) SAY = a b 130',
  ].join('\n');

  it('makes regular and irregular forms', () => {
    expect(regularVerbForms('URGE')).toEqual(['URGE', 'URGES', 'URGED', 'URGING']);
    expect(regularVerbForms('DENY')).toEqual(['DENY', 'DENIES', 'DENIED', 'DENYING']);
    expect(regularVerbForms('PUSH')).toEqual(['PUSH', 'PUSHES', 'PUSHED', 'PUSHING']);
  });

  it('keeps verbs and patterns of our families, with the synsets they use', () => {
    const dictionary = parseVerbDictionary(text);
    expect(dictionary.problems).toEqual([]);
    const cameo = toCameoKnowledge(dictionary);
    expect(cameo.verbs.map((v) => [v.lemma, v.code, v.family])).toEqual([
      ['menace', '130', '13'],
      ['intimidate', '130', '13'],
    ]);
    expect(cameo.verbs[1]?.forms).toEqual(['intimidate', 'intimidates', 'intimidated', 'intimidating']);
    expect(cameo.patterns.map((p) => [p.verbs.join('/'), p.after, p.code])).toEqual([
      ['menace/intimidate', 'with &weapon', '138'],
      ['menace/intimidate', 'trade war', '1312'],
      ['shrug off', 'criticism', '120'],
    ]);
    expect(cameo.synsets).toEqual({ '&weapon': ['rocket', 'drone'] });
  });

  it('flattens a pattern into its words before and after the verb', () => {
    expect(flattenPattern('* (OF {DISASTROUS CONSEQUENCES}) +')).toEqual({ before: '', after: 'of disastrous consequences' });
    expect(flattenPattern('{SHARP WORDS} * $')).toEqual({ before: 'sharp words', after: '' });
  });
});

describe('writing', () => {
  it('writes one list item per line and short strings several to a line', () => {
    expect(formatKnowledgeJson({ $comment: 'c', people: [{ name: 'A' }, { name: 'B' }], names: ['ada', 'bo'] })).toBe(
      '{\n  "$comment": "c",\n  "people": [\n    {"name":"A"},\n    {"name":"B"}\n  ],\n  "names": [\n    "ada", "bo"\n  ]\n}\n',
    );
  });
});
