// A speaker named after all the words of a sentence ("Russia warned Kyiv against it, Peskov said"):
// the one statement is that speaker's; what the words say the state did (a threat, a proposal) stays
// the state's too. Sentences written for these tests.
import { edgesOf, hasEdge, resolveTexts, type Edge } from '../setup/extract-text';

const article = (sentence: string): string => ['Border dispute', '', sentence, ''].join('\n');
const statementsBy = (edges: Edge[]): string[] => edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source).sort();
const has = (edges: Edge[], type: string, source: string): boolean => edges.some((e) => e.type === type && e.source === source);

describe('a speaker named after the words', () => {
  test('a verb of saying inside the words makes no statement of its own', () => {
    const edges = edgesOf(article('Chile warned Bolivia against closing the pass, Chilean Foreign Minister Alberto van Klaveren said on Tuesday.'));
    expect(statementsBy(edges)).toEqual(['Alberto van Klaveren']);
    expect(has(edges, 'THREAT', 'Chile')).toBe(true);
  });

  test('a long description before the name, and the inverted order', () => {
    const described = edgesOf(article('Hanoi urged Manila to halt the survey, the foreign ministry spokeswoman Pham Thu Hang told reporters.'));
    expect(statementsBy(described)).toEqual(['Pham Thu Hang']);
    expect(has(described, 'PROPOSAL', 'Vietnam')).toBe(true);
    const inverted = edgesOf(article('Norway offered to host the talks, said Norwegian Foreign Minister Espen Barth Eide.'));
    expect(statementsBy(inverted)).toEqual(['Espen Barth Eide']);
  });

  test('after the verb, a body and a role noun describe the person who speaks: "said Brookings Institution analyst X"', () => {
    const edges = edgesOf(article('The ceasefire will not hold, said Crisis Group analyst Amara Keita.'));
    expect(statementsBy(edges)).toEqual(['Amara Keita']);
  });

  test('the drop is listed with its reason', () => {
    const drops = resolveTexts([article('Chile warned Bolivia against closing the pass, Chilean Foreign Minister Alberto van Klaveren said.')]).articles[0].drops ?? [];
    expect(drops.some((d) => d.reason === 'claim-reported' && d.words === 'Chile')).toBe(true);
  });

  test('two speakers who each say something keep their statements', () => {
    const both = edgesOf(article('Chile warned Bolivia against closing the pass, and Bolivian President Luis Arce said the pass would stay open.'));
    expect(statementsBy(both)).toContain('Chile');
    expect(statementsBy(both)).toContain('Luis Arce');
    const more = edgesOf(article('Chile warned Bolivia against closing the pass, Alberto van Klaveren said, adding that talks would resume.'));
    expect(statementsBy(more)).toContain('Alberto van Klaveren');
  });

  test('after an apposition the verb is its subject\'s, and "said to be" names no speaker', () => {
    const apposed = edgesOf(article('Ana Ruiz, a deputy head of the border service, told Radio Nacional that the pass would reopen.'));
    expect(statementsBy(apposed)).toEqual(['Ana Ruiz']);
    const passive = edgesOf(article('The ceasefire, said to be fragile, held on Sunday, according to Chilean Foreign Minister Alberto van Klaveren.'));
    expect(statementsBy(passive)).toEqual(['Alberto van Klaveren']);
  });

  test('"said a statement released by X": the statement\'s author speaks', () => {
    const edges = edgesOf(article('"The drills are a rehearsal for invasion," said a statement released by the Chinese government on Monday.'));
    expect(statementsBy(edges)).toEqual(['China']);
  });

  test('a description after the name whose closing comma is missing', () => {
    const edges = edgesOf(article('Amina Bello, spokeswoman for the West African regional bloc said the summit would go ahead.'));
    expect(statementsBy(edges)).toEqual(['Amina Bello']);
    // "West African" is a region's adjective, not the West
    expect(edges.some((e) => e.source === 'West' || e.target === 'West' || e.source === 'African')).toBe(false);
  });
});


// A capitalised name that the tagger reads as a verb ("Lynch") is no verb of a clause before ", says":
// the speaker is the subject before it, and a pronoun after "says" is the reported clause's subject.
test('"X, of Merrill Lynch, says he understands President Y\'s dilemma": X speaks, not the person named after the pronoun', () => {
  const edges = edgesOf('Steel\n\nAnalyst Mark Burridge, of Merrill Lynch, says he understands Chancellor Olaf Brandt\'s dilemma.\n');
  expect(hasEdge(edges, 'STATEMENT', 'Mark Burridge', 'understands Chancellor')).toBe(true);
  expect(edges.some((e) => e.source === 'Olaf Brandt')).toBe(false);
});
