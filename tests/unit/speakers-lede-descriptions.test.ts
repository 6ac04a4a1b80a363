// A lede that describes its actor ("A rebel commander in Mindanao says ...") and a next sentence
// that names them: the described speaker is the one named; "the rebel commander said" later is the
// same. Only the lede, only an indefinite description, only someone named as a subject. Sentences
// written for these tests.
import { edgesOf, type Edge } from '../setup/extract-text';

const bySource = (edges: Edge[], type: string, words: string): string[] =>
  edges.filter((e) => e.type === type && e.evidence.includes(words)).map((e) => e.source);

describe('a lede describing the speaker the next sentence names', () => {
  test('a person described, then named with a title', () => {
    const edges = edgesOf(
      'Rebels Set Deadline\n\nA Colombian guerrilla commander says his fighters will end the truce on Monday if the army keeps advancing.\n\n' +
        'In a radio message, guerrilla Commander Iván Restrepo gave the government three days to withdraw its troops.\n\n' +
        'The guerrilla commander said his men would attack army posts if the deadline passed.\n',
    );
    expect(bySource(edges, 'STATEMENT', 'his fighters will end the truce')).toContain('Iván Restrepo');
    expect(bySource(edges, 'STATEMENT', 'his men would attack army posts')).toContain('Iván Restrepo');
    expect(bySource(edges, 'THREAT', 'his men would attack army posts')).toContain('Iván Restrepo');
  });

  test('a person described, then named in an apposition', () => {
    const edges = edgesOf(
      'Militants Threaten Hostages\n\nA militant leader in the Sahel has threatened to kill two kidnapped engineers if French troops pursue his fighters.\n\n' +
        'The leader of the Katiba Macina group, Amadou Diallo, made the threat in an audio message on Tuesday.\n',
    );
    expect(bySource(edges, 'THREAT', 'threatened to kill two kidnapped engineers')).toContain('Amadou Diallo');
  });

  test('a person described, then named with a title of "vice" ("Vice Minister X", "Vice Premier X")', () => {
    const edges = edgesOf('Fishing talks\n\nA senior Vietnamese diplomat called on the Philippines to resume fishing talks. Vice Minister Tran Van Long said the talks were vital.\n');
    expect(bySource(edges, 'PROPOSAL', 'resume fishing talks')).toEqual(['Tran Van Long']);
    const premier = edgesOf('Trade\n\nA Chinese leader said Australia must lift its tariffs. Vice Premier Han Wei told reporters the tariffs hurt farmers.\n');
    expect(bySource(premier, 'STATEMENT', 'lift its tariffs')).toEqual(['Han Wei']);
  });

  test('an organisation described, then named', () => {
    const edges = edgesOf(
      'Separatists Warn Oil Firms\n\nA separatist group in the Cabinda enclave says foreign oil workers must leave the region within a week.\n\n' +
        'The Front for the Liberation of the Enclave of Cabinda says its fighters will target the oil platforms.\n',
    );
    expect(bySource(edges, 'STATEMENT', 'foreign oil workers must leave')).toContain('Front for the Liberation of the Enclave of Cabinda');
  });

  test('not after the lede: a later "a spokesman said" stays unnamed', () => {
    const edges = edgesOf(
      'Talks Stall\n\nPeru and Bolivia failed to agree on the border crossing on Tuesday.\n\n' +
        'A government spokesman said the talks would resume in May.\n\nForeign Minister Rosa Quispe said Lima remained hopeful.\n',
    );
    expect(bySource(edges, 'STATEMENT', 'talks would resume in May')).not.toContain('Rosa Quispe');
  });

  test('not when the next sentence names nobody as its subject', () => {
    const edges = edgesOf(
      'Border Tension\n\nA senior army officer says troops will stay on the border until the spring.\n\n' +
        'The deployment follows clashes with smugglers near the town of Tumbes, where Mayor Luis Paredes lives.\n',
    );
    expect(bySource(edges, 'STATEMENT', 'troops will stay on the border')).not.toContain('Luis Paredes');
  });

  test('not a definite description in the lede', () => {
    const edges = edgesOf(
      'Strike Called\n\nThe union leader says the dockers will strike on Monday.\n\n' +
        'Transport Minister Carla Ortiz said the government would not negotiate under threat.\n',
    );
    expect(bySource(edges, 'STATEMENT', 'dockers will strike')).not.toContain('Carla Ortiz');
  });
});

describe('a bare title in the lede and the person the next sentence names', () => {
  test('"The Foreign Secretary says ... / Jane Doe said": the one named, when nobody held the title before', () => {
    const edges = edgesOf(
      'Talks on Cyprus\n\nThe Foreign Secretary says the talks on Cyprus must resume before the summer.\n\n' +
        'Helen Marsh said on Monday that both communities had agreed to meet in Geneva.\n',
    );
    expect(bySource(edges, 'STATEMENT', 'must resume before the summer')).toContain('Helen Marsh');
  });

  test('not someone the next sentence names with another office', () => {
    const edges = edgesOf(
      'Talks on Cyprus\n\nThe Foreign Secretary says the talks on Cyprus must resume before the summer.\n\n' +
        'Opposition leader Helen Marsh said on Monday that the talks were a waste of time.\n',
    );
    expect(bySource(edges, 'STATEMENT', 'must resume before the summer')).not.toContain('Helen Marsh');
  });
});

describe('a lede description after a fronted place or a state\'s possessive', () => {
  test('"In northern Mali, a rebel commander has threatened ..." is the commander the next sentence names', () => {
    const edges = edgesOf(
      'Rebels threaten\n\nIn northern Mali, a Tuareg rebel commander has threatened to attack the garrison if the army advances. Rebel commander Ag Ahmed Moussa made the threat in a radio interview.\n',
    );
    expect(bySource(edges, 'THREAT', 'threatened to attack the garrison')).toContain('Ag Ahmed Moussa');
  });

  test('"Chad\'s main rebel group has threatened ..." is the group named after it, past "on Friday"', () => {
    const edges = edgesOf(
      'Rebels warn\n\nChad\'s main rebel group has threatened to use force against any foreign troops sent to the country. The Union of Resistance Forces on Friday called on President Idriss Deby to resign.\n',
    );
    expect(bySource(edges, 'THREAT', 'use force against any foreign troops')).toContain('Union of Resistance Forces');
  });
});
