// Armed groups a text never names but ties to a state ("Somali pirates", "Rebels in northern
// Haiti"): a group of their own that speaks and threatens, found again as "the rebels"; the one
// armed group an article names, when it names one; no node where the group never speaks.
// Lines written for this test.
import { extractOne, hasEdge } from '../setup/extract-text';

describe('an armed group the text ties to a state', () => {
  test('"<Demonym> pirates" is a group; "the pirates" later is the same group, and it threatens', () => {
    const { edges, names, labels } = extractOne('Yemeni Pirates Seize Tanker\n\nShipping officials say Yemeni pirates seized a tanker off the coast on Sunday. The pirates have threatened to sink the ship if navies approach it.');
    expect(names).toContain('Yemeni pirates');
    expect(labels.get('Yemeni pirates')).toBe('Organization');
    expect(hasEdge(edges, 'THREAT', 'Yemeni pirates', 'threatened to sink the ship')).toBe(true);
    expect(hasEdge(edges, 'THREAT', 'Yemen', 'threatened to sink the ship')).toBe(false);
  });

  test('"Rebels in eastern Chad say": the group speaks, named by the state as the text wrote it, not the state', () => {
    const { edges, names } = extractOne('Chad Rebels Vow to March on Capital\n\nRebels in eastern Chad say they will march on the capital unless President Idriss Deby resigns. The rebels said they would not negotiate with the government.');
    expect(names).toContain('Chad rebels');
    expect(hasEdge(edges, 'STATEMENT', 'Chad rebels', 'Rebels in eastern Chad say')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Chad', 'Rebels in eastern Chad say')).toBe(false);
    expect(hasEdge(edges, 'STATEMENT', 'Chad rebels', 'The rebels said')).toBe(true);
  });

  test('where the article names one armed group, the rebels it ties to a state are that group', () => {
    const { edges, names } = extractOne('Chad Rebels Vow to March on Capital\n\nRebels in eastern Chad say they will march on the capital. The rebel coalition Union for Change said it had taken two towns.');
    expect(names).toContain('Union for Change');
    expect(names).not.toContain('Chad rebels');
    expect(hasEdge(edges, 'STATEMENT', 'Union for Change', 'Rebels in eastern Chad say')).toBe(true);
  });

  test('"<Demonym> protesters" is a group too, found again as "the demonstrators", and never an armed group the article names', () => {
    const text = 'Marchers block roads\n\nQUITO, March 4, 2009 - Ecuadorian protesters are demanding the resignation of the energy minister. The demonstrators said they would block the highways until he quits. Separately, the rebel group Popular Front said it had attacked a patrol.';
    const { edges, labels } = extractOne(text);
    expect(labels.get('Ecuadorian protesters')).toBe('Organization');
    expect(hasEdge(edges, 'PROPOSAL', 'Ecuadorian protesters', 'demanding the resignation')).toBe(true);
    expect(hasEdge(edges, 'THREAT', 'Ecuadorian protesters', 'block the highways')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Popular Front', 'block the highways')).toBe(false);
    expect(edges.filter((e) => e.source === 'Ecuador')).toEqual([]);
  });

  test('a group that never speaks makes no node', () => {
    const { names } = extractOne('Talks in Nairobi\n\nKenya said on Monday it would host talks between the government and Somali insurgents next month.');
    expect(names).toContain('Kenya');
    expect(names).not.toContain('Somali insurgents');
  });
});

describe('a group named after people, without its form word', () => {
  test('"Abu Sayyaf" is the Abu Sayyaf Group of the dictionaries', () => {
    const { edges, labels } = extractOne('Hostages\n\nJOLO — Abu Sayyaf militants said they would free two Malaysian hostages if a ransom was paid.\n');
    expect(edges.find((e) => e.type === 'STATEMENT')).toEqual(expect.objectContaining({ source: 'Abu Sayyaf' }));
    expect(labels.get('Abu Sayyaf')).toBe('Organization');
  });
});
