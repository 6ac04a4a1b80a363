// A verb of response made harsh by its adverb ("will react firmly", threat-frames.json conditionalActs
// and severity), patience said to run out (cues.json threat phrases) and economic pressure put on
// someone (threat-frames.json sanctionActs). Sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const threatBy = (edges: Edge[], source: string): Edge | undefined => edges.find((e) => e.type === 'THREAT' && e.source === source);

describe('threats of a harsh response, lost patience and pressure', () => {
  test('"will react firmly", "would act decisively"', () => {
    const react = edgesOf('Fishing rights\n\nOslo will react firmly to defend its fishermen against Russia, Norwegian Fisheries Minister Marianne Sivertsen Naess said.\n');
    expect(threatBy(react, 'Marianne Sivertsen Naess')).toEqual(expect.objectContaining({ target: 'Russia' }));
    const act = edgesOf('Pipeline\n\n"Lithuania acts decisively to protect the pipeline from Russia," Lithuanian Defence Minister Dovile Sakaliene said.\n');
    expect(threatBy(act, 'Dovile Sakaliene')).toEqual(expect.objectContaining({ target: 'Russia' }));
  });

  test('patience running out', () => {
    const edges = edgesOf('Dam dispute\n\n"Our patience is running out with Ethiopia," Egyptian Foreign Minister Badr Abdelatty said on Monday.\n');
    expect(threatBy(edges, 'Badr Abdelatty')).toEqual(expect.objectContaining({ target: 'Ethiopia' }));
  });

  test('economic pressure put on someone', () => {
    const edges = edgesOf('Sanctions\n\n"We are increasing economic pressure on Belarus," Polish Prime Minister Donald Tusk said.\n');
    expect(threatBy(edges, 'Donald Tusk')).toEqual(expect.objectContaining({ target: 'Belarus' }));
  });

  test('no threat: a market that reacts strongly, patience asked of others', () => {
    const market = edgesOf('Markets\n\nShares in Seoul reacted strongly to the news, Korean analyst Kim Min-jun said.\n');
    expect(threatBy(market, 'Kim Min-jun')).toBeUndefined();
    const asked = edgesOf('Talks\n\nIrish Foreign Minister Simon Harris asked both sides for patience during the talks.\n');
    expect(threatBy(asked, 'Simon Harris')).toBeUndefined();
  });
});

describe('threats of an offensive pushed ahead, a vow after a described subject, a price exacted, a warning to a described group', () => {
  test('"will push ahead with an offensive against X"', () => {
    const edges = edgesOf('War\n\nThe Nigerian government says it will push ahead with an offensive against Boko Haram.\n');
    expect(threatBy(edges, 'Nigeria')).toBeDefined();
  });

  test('"Nigerian defence officials Friday vowed to continue military operations": words between the subject and the vow', () => {
    const edges = edgesOf('War\n\nNigerian defence officials Friday vowed to continue military operations against Boko Haram.\n');
    expect(threatBy(edges, 'Nigeria')).toBeDefined();
  });

  test('"will exact a proportional price from X"', () => {
    const edges = edgesOf('Border\n\nGreek Defence Minister Nikos Dendias said Greece will exact a proportional price from any attack on its islands.\n');
    expect(threatBy(edges, 'Nikos Dendias')).toBeDefined();
  });

  test('"is warning the militant group X against ..."', () => {
    const edges = edgesOf('Border\n\nKenya is warning the militant group al-Shabab against any attack on its border towns.\n');
    expect(threatBy(edges, 'Kenya')).toBeDefined();
  });
});
