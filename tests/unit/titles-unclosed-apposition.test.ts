// A title that opens its clause and a name after a comma are one person even where no second comma
// closes the apposition ("President of the Commission, Ana Ruiz said:"); after a preposition the name
// is the next clause's subject ("talks with his counterpart, Ruiz said"). Sentences written for this test.
import { extractOne } from '../setup/extract-text';

describe('a title, a comma and a name with no closing comma', () => {
  test('opening the clause: the title is the named person, not the office\'s holder today', () => {
    const { names, edges } = extractOne('Steel\n\nIn reply to the tariffs President of the European Commission, Ana Lindqvist said: "This can only make matters worse."\n');
    expect(names).toContain('Ana Lindqvist');
    expect(names.filter((n) => n !== 'Ana Lindqvist' && n !== 'European Commission')).toEqual([]);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Ana Lindqvist')).toBe(true);
  });
});
