// A headline whose subject is a bare title ("Foreign Secretary calls for ...") speaks for the person
// the article names with that title below it; a title nobody below holds stays unnamed. Sentences
// written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a headline that opens with a bare title', () => {
  test('is the holder the article names below it', () => {
    const edges = edgesOf([
      'Defence Minister urges talks over disputed reef',
      '',
      'Speaking in Manila on Monday, Defence Minister Carlos Reyes said both navies must pull back from the reef.',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Carlos Reyes', 'urges talks over disputed reef')).toBe(true);
    expect(hasEdge(edges, 'PROPOSAL', 'Carlos Reyes', 'urges talks over disputed reef')).toBe(true);
  });

  test('is nobody when no one below holds that title', () => {
    const edges = edgesOf([
      'Defence Minister urges talks over disputed reef',
      '',
      'Speaking in Manila on Monday, Foreign Minister Ana Cruz said both navies must pull back from the reef.',
    ].join('\n'));
    expect(edges.some((e) => e.evidence.includes('urges talks over disputed reef'))).toBe(false);
  });
});

test('a headline title that two people below hold names neither', () => {
  const edges = edgesOf([
    'Opposition Leader Says Crackdown Has Reached a New Level',
    '',
    'Opposition leader Tendai Moyo said on Monday that the police beat opposition leader Grace Banda at the airport. "This is a new phase," Moyo said.',
  ].join('\n'));
  expect(edges.some((e) => e.evidence.includes('Crackdown Has Reached'))).toBe(false);
});

test('a headline title that names a kind of person, not an office, names nobody', () => {
  const edges = edgesOf([
    'Opposition Leader Says Crackdown Has Reached a New Level',
    '',
    'Party chief Tendai Moyo said on Monday that the police beat opposition leader Grace Banda at the airport.',
  ].join('\n'));
  expect(hasEdge(edges, 'STATEMENT', 'Grace Banda', 'Crackdown Has Reached')).toBe(false);
});
