// "Speaker" is an office (knowledge/en/titles.json): "House Speaker Ana Ruiz" and "Speaker Ruiz"
// are one person, and the office is no part of her name. Sentences written for this test.
import { extractOne } from '../setup/extract-text';

test('"Speaker Ruiz" is the "House Speaker Ana Ruiz" the article named', () => {
  const { names } = extractOne('Congress\n\nHouse Speaker Ana Ruiz said the House would vote on Friday.\n\nSpeaker Ruiz later told reporters the bill would pass.\n');
  expect(names).toContain('Ana Ruiz');
  expect(names.filter((n) => n.includes('Ruiz'))).toEqual(['Ana Ruiz']);
});

test('a parliament\'s speaker keeps his own name, without the office', () => {
  const { names } = extractOne('Beirut\n\nParliament Speaker Karim Haddad said Lebanon would not accept the plan.\n');
  expect(names).toContain('Karim Haddad');
  expect(names.some((n) => n.startsWith('Parliament') || n.startsWith('Speaker'))).toBe(false);
});
