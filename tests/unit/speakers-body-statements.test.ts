// A statement a state or body issues in its own voice: every substantive sentence without a speaker
// of its own is the body's STATEMENT (and its threat, proposal or accusation where the words say so).
// Recognised by a title that says "statement", or by the body's own "we" outside quotes; never in a
// news report that quotes others. Sentences written for these tests.
import { edgesOf, type Edge, hasEdge } from '../setup/extract-text';

const by = hasEdge;
const anyOf = (edges: Edge[], words: string): Edge[] => edges.filter((e) => e.evidence.includes(words));

describe("a body's own statement", () => {
  test('a titled statement: sentences with no speaker are the issuing state\'s', () => {
    const text = [
      'Statement on the Crackdown in Moldavia',
      '',
      'Canada condemns the arrest of opposition leaders in Moldavia. These detentions are arbitrary and must end at once.',
      '',
      'The government in Chisinau has silenced independent newspapers for months. We call on the authorities to release every detained journalist.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Canada', 'These detentions are arbitrary')).toBe(true);
    expect(by(edges, 'STATEMENT', 'Canada', 'silenced independent newspapers')).toBe(true);
    expect(by(edges, 'PROPOSAL', 'Canada', 'We call on the authorities')).toBe(true);
  });

  test('an untitled statement whose body acts just before its own "we"', () => {
    const text = [
      'Violence Against Protesters in Lakeland',
      '',
      'The security forces of Lakeland fired on peaceful marchers again this week. Their efforts to intimidate the press will fail.',
      '',
      'The European Union stands with the people of Lakeland. The European Union will review its assistance programmes. We urge the government to open an independent inquiry.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'European Union', 'Their efforts to intimidate the press')).toBe(true);
    expect(by(edges, 'STATEMENT', 'European Union', 'fired on peaceful marchers')).toBe(true);
    expect(by(edges, 'PROPOSAL', 'European Union', 'We urge the government')).toBe(true);
  });

  test('a speaker\'s own sentence keeps its speaker', () => {
    const text = [
      'Statement on the Elections in Pelagia',
      '',
      'Norway welcomes the peaceful vote in Pelagia. Opposition leader Marta Ilves said the count in the capital was fair.',
      '',
      'We encourage all parties to accept the results.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Marta Ilves', 'the count in the capital was fair')).toBe(true);
    expect(by(edges, 'STATEMENT', 'Norway', 'the count in the capital was fair')).toBe(false);
    expect(by(edges, 'STATEMENT', 'Norway', 'We encourage all parties')).toBe(true);
  });

  test('a news report that quotes many speakers is not a body\'s statement', () => {
    const text = [
      'Talks on river dam stall',
      '',
      'Egypt rejected the latest draft on Tuesday. Foreign Minister Omar Fathy said the text ignored downstream needs.',
      '',
      'Ethiopian officials said filling would go ahead. Water Minister Abebe Tola said the dam harmed nobody.',
      '',
      'Sudan said it wanted a binding deal. Analysts said the talks could resume next month.',
      '',
      'The river carries most of the water the region uses. We will follow the talks closely.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(anyOf(edges, 'The river carries most of the water')).toEqual([]);
  });

  test('a statement signed by a person stays the person\'s', () => {
    const text = [
      'Statement by Foreign Minister Anna Lindqvist on the Ceasefire',
      '',
      'Sweden welcomes the ceasefire agreed in Geneva. The fighting has cost thousands of lives.',
      '',
      'We urge both sides to respect it.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Anna Lindqvist', 'The fighting has cost thousands of lives')).toBe(true);
    expect(by(edges, 'STATEMENT', 'Sweden', 'The fighting has cost thousands of lives')).toBe(false);
  });

  test('a column whose "we" is its author\'s does not become a state\'s statement', () => {
    const text = [
      'The coming fight over fish',
      '',
      'Iceland expanded its fishing zone twice in the last century. Its trawlers were chased by warships both times.',
      '',
      'We should remember how that ended before we send frigates again. We have been here before, and the boats always came home.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(anyOf(edges, 'expanded its fishing zone')).toEqual([]);
    expect(anyOf(edges, 'We should remember')).toEqual([]);
  });
});

// A titled statement whose body first speaks of itself further down ("Good afternoon. ... Norway
// joins our partners in ..."): that body issues it. Sentences written for this test.
test('a titled statement whose body says "our" of itself, after a greeting and a report', () => {
  const text = [
    "Prime Minister's statement on the attack on Lakeland",
    '',
    'Good afternoon. As you will be aware, yesterday Ruritania began an invasion of Lakeland. Reports speak of heavy shelling near the capital. Norway joins our partners in condemning this attack.',
    '',
    'The invasion poses a grave threat to peace in the region. Ruritania must now face the consequences of its decision.',
  ].join('\n');
  const edges = edgesOf(text);
  expect(by(edges, 'STATEMENT', 'Norway', 'poses a grave threat')).toBe(true);
  expect(by(edges, 'THREAT', 'Norway', 'face the consequences')).toBe(true);
});
