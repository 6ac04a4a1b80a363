// Utterances reported without a verb of saying (src/extract/speakers/stance-cues.ts): a verb with a
// noun of utterance, and an adjective of stance after "be". Sentences written for this test.
import { edgesOf, hasEdge } from '../setup/extract-text';

const statementsIn = (text: string, words: string): string[] =>
  edgesOf(`Talks\n\n${text}\n`).filter((e) => e.type === 'STATEMENT' && e.evidence.includes(words)).map((e) => e.source);

describe('a verb with a noun of utterance', () => {
  test('"gave a statement to Parliament", "issued a brief public statement", "delivered a speech"', () => {
    expect(statementsIn('Prime Minister Jacinda Ardern gave a statement to Parliament on 3 May.', 'gave a statement')).toEqual(['Jacinda Ardern']);
    expect(statementsIn('The Norwegian Refugee Council issued a brief public statement on Monday.', 'brief public statement')).toEqual(['Norwegian Refugee Council']);
    expect(statementsIn('President Ana Costa delivered a speech to the Brazilian Congress.', 'delivered a speech')).toEqual(['Ana Costa']);
  });

  test('not without a noun of utterance ("gave a medal", "released the prisoners")', () => {
    expect(statementsIn('President Ana Costa gave a medal to the firefighters.', 'medal')).toEqual([]);
    expect(statementsIn('Peru released the prisoners on Monday.', 'prisoners')).toEqual([]);
  });
});

describe('an adjective of stance after "be"', () => {
  test('"Chile is deeply concerned about ...", "Norway is alarmed by ..."', () => {
    expect(statementsIn('Chile is deeply concerned about the arrests in Bolivia.', 'deeply concerned')).toEqual(['Chile']);
    const edges = edgesOf('Talks\n\nNorway is alarmed by the fighting in Sudan.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Norway', 'alarmed by')).toBe(true);
  });

  test('not a stance another speaker reports, nor an adjective before a noun', () => {
    expect(statementsIn('Spokesman Stephane Moreau said UN envoy Ana Ruiz was concerned by the reports.', 'concerned by')).toEqual(['Stephane Moreau']);
    expect(statementsIn('Concerned parents in Chile gathered outside the school.', 'parents')).toEqual([]);
    expect(statementsIn('Chileans were rightly appalled by the attack on the embassy.', 'appalled')).toEqual([]);
  });
});

// "asked X to ...": a request is an utterance (cues.json verbNeeds "ask" with "to"), also with two
// names as its object. Sentences written for this test.
describe('a request', () => {
  test('"have asked Peru and Chile to show restraint": a statement by each asker; not "was asked to leave"', () => {
    expect(statementsIn('The African Union and the European Union have asked Peru and Chile to show restraint.', 'show restraint').sort()).toEqual(['African Union', 'European Union']);
    expect(statementsIn('Peru was asked to leave the talks.', 'leave the talks')).toEqual([]);
  });
});
