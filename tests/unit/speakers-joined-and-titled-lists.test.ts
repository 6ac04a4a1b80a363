// Every actor of a coordinated subject speaks, also one whose title stands apart before its name
// ("Chief of the Defence Staff Admiral X"), and the one a speaker joins in a claim ("X joined Y in
// urging ..."). Sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const statementBy = (edges: Edge[], source: string): Edge | undefined => edges.find((e) => e.type === 'STATEMENT' && e.source === source);

describe('speakers of a list and of a joined claim', () => {
  test('a list whose last member is titled before the name: each member speaks', () => {
    const edges = edgesOf('Deployment\n\nForeign Secretary David Lammy spoke on Monday.\n\nLammy, Defence Secretary John Healey and Chairman of the Joint Chiefs of Staff Army Gen. Randy A. George told lawmakers the deployment to Estonia would be short.\n');
    expect(statementBy(edges, 'Randy A. George')).toBeDefined();
    expect(statementBy(edges, 'John Healey')).toBeDefined();
    expect(statementBy(edges, 'David Lammy')).toBeDefined();
  });

  test('"X joined Y in urging Z": both speak', () => {
    const edges = edgesOf('Rates\n\nSenator Elizabeth Warren joined Senator Bernie Sanders in urging the Federal Reserve to cut interest rates.\n');
    expect(statementBy(edges, 'Elizabeth Warren')).toBeDefined();
    expect(statementBy(edges, 'Bernie Sanders')).toBeDefined();
  });

  test('not the one joined in an act, with no "in" after it', () => {
    const edges = edgesOf('Cabinet\n\nSenator Elizabeth Warren joined Senator Bernie Sanders on Monday and said the bill would fail.\n');
    expect(statementBy(edges, 'Bernie Sanders')).toBeUndefined();
  });
});

describe('a candidate\'s campaign, aides and lawyers speak for the candidate', () => {
  test('"X\'s campaign said", "Gomes\' aides say"', () => {
    const edges = edgesOf('Election\n\nZambian opposition leader Hakainde Hichilema spoke in Lusaka on Monday.\n\nHichilema\'s campaign said it would challenge the results before the constitutional court.\n');
    expect(statementBy(edges, 'Hakainde Hichilema')).toEqual(expect.objectContaining({ evidence: "Hichilema's campaign said it would challenge the results before the constitutional court." }));
    const bare = edgesOf('Election\n\nBrazilian candidate Ciro Gomes spoke in Recife on Monday.\n\nGomes\' aides say the candidate will stay in the race.\n');
    expect(statementBy(bare, 'Ciro Gomes')).toEqual(expect.objectContaining({ evidence: "Gomes' aides say the candidate will stay in the race." }));
  });

  test('not a campaign of nobody named', () => {
    const edges = edgesOf('Water\n\nA campaign for clean water said the river was polluted.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('a surname the tagger reads as a common word', () => {
  test('"Cook said" after "Peter Cook": the person', () => {
    const edges = edgesOf('Email\n\nPentagon press secretary Peter Cook said the use of a personal account was a mistake.\n\nCook said Carter stopped the practice.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT' && e.source === 'Peter Cook').map((e) => e.evidence)).toContain('Cook said Carter stopped the practice.');
  });

  test('not a surname two people named share, nor one nobody was named with', () => {
    const shared = edgesOf('Budget\n\nSenator Ann Cook met Governor Tom Cook on Monday.\n\nCook said the budget would pass.\n');
    expect(shared.filter((e) => e.evidence === 'Cook said the budget would pass.')).toEqual([]);
    const nobody = edgesOf('Budget\n\nThe senators met on Monday.\n\nCook said the budget would pass.\n');
    expect(nobody.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});
