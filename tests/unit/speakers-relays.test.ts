// "Outlet quoted X as saying": the person quoted speaks, not the outlet that relays the words.
// Sentences written for these tests.
import { edgesOf, type Edge } from '../setup/extract-text';

const said = (edges: Edge[], source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('an outlet quoting a speaker as saying', () => {
  test('active voice: the named object of "quoted" speaks', () => {
    const edges = edgesOf(['Dam talks resume', '', 'State television quoted Water Minister Sileshi Bekele as saying the filling would go ahead in July.', ''].join('\n'));
    expect(said(edges, 'Sileshi Bekele', 'filling would go ahead')).toBe(true);
  });

  test('active voice with a pronoun: the earlier speaker it stands for', () => {
    const text = ['Dam talks resume', '', 'Egyptian negotiator Hany Sewilam arrived in Khartoum on Sunday.', '', 'The Al-Ahram daily quoted him as saying Cairo would not accept a unilateral timetable.', ''].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'Hany Sewilam', 'unilateral timetable')).toBe(true);
  });

  test('passive voice still names the subject', () => {
    const edges = edgesOf(['Dam talks resume', '', 'Sileshi Bekele was quoted by a state broadcaster as saying the talks were useful.', ''].join('\n'));
    expect(said(edges, 'Sileshi Bekele', 'talks were useful')).toBe(true);
  });

  test('not a claim: the outlet quotes unnamed people', () => {
    const edges = edgesOf(['Dam talks resume', '', 'The Addis Standard quoted farmers as saying the river had risen.', ''].join('\n'));
    expect(edges.some((e) => e.type === 'STATEMENT' && e.evidence.includes('river had risen'))).toBe(false);
  });
});

// "the agency quotes X as saying", with a long title and name between (cues.ts quotedAsSaying).
// Sentences written for this test.
describe('an outlet that quotes someone, in the present tense', () => {
  test('"The state news agency quotes Interior Minister Ana Maria Lopez Garcia as saying ...": the one quoted speaks', () => {
    const edges = edgesOf('Border\n\nThe state-run Peruvian News Agency quotes Interior Minister Ana Maria Lopez Garcia as saying the border will stay closed.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual(['Ana Maria Lopez Garcia']);
  });
});
