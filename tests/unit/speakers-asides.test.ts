// Speakers whose name is followed by a long aside before the verb (src/extract/speakers/
// find-speakers.ts, describedSubject). Sentences written for these tests.
import { edgesOf, type Edge } from '../setup/extract-text';

const statement = (edges: Edge[], source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('a name, an aside, then the verb of saying', () => {
  test('an aside naming a committee the tagger reads a verb in', () => {
    const edges = edgesOf('The budget stalled. On Friday, Liesbeth Vermeer, chair of the Dutch Ways and Means Committee, said the cuts would be reversed.\n');
    expect(statement(edges, 'Liesbeth Vermeer', 'cuts would be reversed')).toBe(true);
  });

  test('a hyphenated participle used as an adjective ("a data-driven economist")', () => {
    const edges = edgesOf('Tomasz Kowalczyk, a data-driven economist, insists the zloty is undervalued.\n');
    expect(statement(edges, 'Tomasz Kowalczyk', 'zloty is undervalued')).toBe(true);
  });

  test('a participle after a preposition inside the aside ("after winning the vote")', () => {
    const edges = edgesOf('“We will govern for everyone,” Malawian President Lazarus Chakwera, the winner of the rerun by a wide margin after winning the southern districts, said on Sunday.\n');
    expect(statement(edges, 'Lazarus Chakwera', 'govern for everyone')).toBe(true);
  });

  test('a few quoted words inside the aside', () => {
    const edges = edgesOf('“The square was full,” Chilean student leader Camila Ortega, holding a banner and “Free Education” leaflets, said after the march.\n');
    expect(statement(edges, 'Camila Ortega', 'square was full')).toBe(true);
  });

  test('a party label in parentheses before the comma', () => {
    const edges = edgesOf('Speaking after the count, Rep. Dana Whitlock (D-Ore.), said the recount would confirm the result.\n');
    expect(statement(edges, 'Dana Whitlock', 'recount would confirm')).toBe(true);
  });

  test('a long quotation before the aside still ends the walk: the quote\'s words are not the aside', () => {
    const edges = edgesOf('Hungarian Minister Gergely Gulyas spoke first. “The grid is safe, the plants are running and the prices will hold,” a spokesman, standing by the gate, said.\n');
    expect(edges.some((e) => e.source === 'Gergely Gulyas' && e.evidence.includes('grid is safe'))).toBe(false);
  });
});

// ", in turn,", ", for its part,": asides with no clause whatever the tagger makes of their words,
// and a past tense of saying tagged as an adjective ("alleged that"). Sentences written for this test.
describe('discourse asides and a verb of saying read as an adjective', () => {
  const saidBy = (text: string, words: string): string[] => edgesOf(`Border row\n\n${text}\n`).filter((e) => e.type === 'STATEMENT' && e.evidence.includes(words)).map((e) => e.source);

  test.each([
    ['President Paul Kagame spoke on Monday. Mr. Kagame, in turn, said that the army was backing the rebels.'],
    ['Paul Kagame, for his part, said that the army was backing the rebels.'],
  ])('%s', (text) => {
    expect(saidBy(text, 'backing the rebels')).toEqual(['Paul Kagame']);
  });

  test('"X alleged that ...": the tagger\'s adjective is a verb of saying after a name and before "that"', () => {
    expect(saidBy('President Paul Kagame alleged that the Congolese army was backing the rebels.', 'backing the rebels')).toEqual(['Paul Kagame']);
  });

  test('"the alleged plot" stays an adjective', () => {
    expect(saidBy('Officials in Kigali discussed the alleged plot against President Paul Kagame on Monday.', 'alleged plot')).toEqual([]);
  });
});

// An aside opened by a past participle (descriptions.ts pastParticipleAside). Sentences written for this test.
describe('a name, an aside opened by a past participle, then the verb', () => {
  test('"X, wounded in the raid, vowed": the name that opens the clause speaks', () => {
    const edges = edgesOf('Raid\n\nMilitia commander Joseph Kony, wounded in the raid, vowed that his fighters would hold the town.\n');
    expect(statement(edges, 'Joseph Kony', 'hold the town')).toBe(true);
  });

  test('a name inside the subject before such an aside is no speaker ("the plan for Chad, leaked last week, suggests")', () => {
    const edges = edgesOf('Plan\n\nThe peace plan for Chad, leaked last week, suggests a new border commission.\n');
    expect(edges.some((e) => e.source === 'Chad')).toBe(false);
  });
});
