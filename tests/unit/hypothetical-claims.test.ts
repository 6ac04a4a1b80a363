// A verb whose subject opens a condition ("if Damascus refuses to comply") tells what an actor may
// do, not what it did or said: no claim of that actor, a drop with its reason. Sentences written
// for this test (other states and phrasings than any fixture).
import { extractOne, resolveTexts, type Edge } from '../setup/extract-text';

const bySource = (edges: Edge[], source: string): string[] => edges.filter((e) => e.source === source && e.type !== 'AFFILIATED_WITH').map((e) => e.type);

describe('a condition\'s subject makes no claim', () => {
  test('"... sanctions if Minsk refuses to comply": no statement or rejection of Belarus; the speaker\'s threat stays', () => {
    const text = 'Lithuanian Foreign Minister Rasa Vaitkute said the bloc would impose sanctions if Minsk refuses to free the prisoners.\n';
    const { edges } = extractOne(text);
    const drops = resolveTexts([text]).articles[0].drops ?? [];
    expect(bySource(edges, 'Belarus')).toEqual([]);
    expect(bySource(edges, 'Rasa Vaitkute')).toContain('THREAT');
    expect(drops.some((d) => d.reason === 'claim-hypothetical' && d.words === 'refuses')).toBe(true);
  });

  test('"unless the junta promises ...": no proposal of the junta\'s state', () => {
    const { edges } = extractOne('Nigerian President Musa Adeyemi said the region would keep its troops in Niamey unless Niger promises to hold elections within a year.\n');
    expect(bySource(edges, 'Niger')).toEqual([]);
  });

  test('an actor that did refuse keeps its claim, and a condition after the verb is no condition of its subject', () => {
    const refused = extractOne('Belarus refused to free the prisoners on Tuesday.\n').edges;
    expect(bySource(refused, 'Belarus').length).toBeGreaterThan(0);
    const conditional = extractOne('Chile warned it would respond if Bolivia closes the border.\n').edges;
    expect(bySource(conditional, 'Chile')).toContain('THREAT');
  });
});
