// PROPOSAL however phrased (src/relations/detectors/proposal.ts, knowledge/cues.json "proposal"),
// with sentences written for this test: other countries, people and phrasings than the fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);
const proposalIn = (edges: Edge[], words: string): Edge | undefined => ofType(edges, 'PROPOSAL').find((e) => e.evidence.includes(words));

describe('PROPOSAL', () => {
  test('"open to talks", "his call for", "looked forward to working", "the urgency of", "commitment to"', () => {
    const edges = edgesOf(
      'Border talks\n\nMalian Foreign Minister Abdoulaye Diop said on Monday that Mali was open to talks with Algeria. ' +
        'Diop reiterated his call for a ceasefire between Niger and Burkina Faso. ' +
        'Diop said Mali looked forward to working with Senegal on the railway. ' +
        'Diop emphasized the urgency of a return to dialogue with Algeria. ' +
        'Diop reaffirmed his commitment to the peace accord with Algeria.',
    );
    for (const words of ['open to talks', 'his call for', 'forward to working', 'urgency of', 'commitment to']) {
      expect(proposalIn(edges, words)).toEqual(expect.objectContaining({ source: 'Abdoulaye Diop' }));
    }
    expect(proposalIn(edges, 'open to talks')).toEqual(expect.objectContaining({ target: 'Algeria' }));
  });

  test('an obligation laid on a named actor, or a passive one, is a call for action', () => {
    const edges = edgesOf(
      'Vote dispute\n\nZambian opposition leader Hakainde Hichilema told reporters that the Electoral Commission of Zambia should hold a new vote. ' +
        'Hichilema said the court ruling on the count must be respected.',
    );
    expect(proposalIn(edges, 'should hold a new vote')).toEqual(expect.objectContaining({ source: 'Hakainde Hichilema' }));
    expect(proposalIn(edges, 'must be respected')).toBeDefined();
  });

  test('"would be meeting", "has to", "needed to", "X\'s call for", "announced its intention to"; not "has seen"', () => {
    const edges = edgesOf(
      'Lake talks\n\nMalawian Foreign Minister Nancy Tembo said on Friday that Malawi wanted calm on the lake. ' +
        'Tembo said Malawi would be meeting with Zambia next week. ' +
        'Tembo said Tanzania has to withdraw its boats from the lake. ' +
        'Tembo said the two governments needed to resume the talks. ' +
        "Zambia's call for a joint patrol was welcomed. " +
        'Tembo said Malawi had announced its intention to join the commission. ' +
        'Tembo said Malawi has seen no progress.',
    );
    for (const words of ['would be meeting', 'has to withdraw', 'needed to resume', 'intention to join']) {
      expect(proposalIn(edges, words)).toEqual(expect.objectContaining({ source: 'Nancy Tembo' }));
    }
    expect(proposalIn(edges, 'would be meeting')).toEqual(expect.objectContaining({ targets: ['Zambia'] }));
    expect(proposalIn(edges, 'call for a joint patrol')).toEqual(expect.objectContaining({ source: 'Zambia' }));
    expect(proposalIn(edges, 'has seen')).toBeUndefined();
  });

  test('a speaker who reports their own side\'s offer proposes it too; one who reports another side\'s does not', () => {
    const edges = edgesOf(
      'Lake talks\n\nMalawi has offered to host talks between Tanzania and Mozambique, Malawian Foreign Minister Nancy Tembo said on Friday. ' +
        'Mozambique has offered to mediate, Zambian President Hakainde Hichilema said.',
    );
    const proposals = ofType(edges, 'PROPOSAL');
    expect(proposals.find((e) => e.source === 'Nancy Tembo')).toEqual(expect.objectContaining({ targets: expect.arrayContaining(['Tanzania', 'Mozambique']) }));
    expect(proposals.find((e) => e.source === 'Hakainde Hichilema')).toBeUndefined();
    expect(proposals.find((e) => e.source === 'Mozambique')).toBeDefined();
  });

  test('not a proposal: a rejected deal, a vow of retaliation, an obligation on a thing near an actor', () => {
    const edges = edgesOf(
      'No deal\n\nMalian Foreign Minister Abdoulaye Diop rejected any deal with Algeria on Monday. ' +
        'Diop vowed retaliation against Algeria. ' +
        'Diop pledged to crush the rebels in the north. ' +
        '"Every week that Algeria waits, the bill for the Algerian government must go up," Diop said.',
    );
    expect(ofType(edges, 'PROPOSAL')).toEqual([]);
    expect(ofType(edges, 'THREAT').map((e) => e.evidence)).toEqual(expect.arrayContaining([expect.stringContaining('vowed retaliation'), expect.stringContaining('pledged to crush')]));
  });
});

describe('PROPOSAL: a hope or an expectation that a named actor acts (proposal-wishes.ts)', () => {
  test('"I hope Serbia will", "we expect Belgrade to", "our expectation that Serbia will", "our Kosovar partners will"', () => {
    const says = (words: string): string => `Talks\n\n"${words}," Austrian Chancellor Christian Stocker said on Monday.\n`;
    expect(proposalIn(edgesOf(says('I hope Serbia will choose the path of dialogue')), 'hope Serbia')).toEqual(expect.objectContaining({ source: 'Christian Stocker', target: 'Serbia' }));
    expect(proposalIn(edgesOf(says('We expect Belgrade to respect the agreement')), 'expect Belgrade')).toEqual(expect.objectContaining({ target: 'Serbia' }));
    expect(proposalIn(edgesOf(says('It is our expectation that Serbia will honour its commitments')), 'expectation')).toBeDefined();
    expect(proposalIn(edgesOf(says('I hope our Kosovar partners will also choose this path')), 'hope our Kosovar')).toBeDefined();
  });

  test('no proposal: an expectation about a thing, a negated one, one with no act', () => {
    const says = (words: string): string => `Farm trade\n\n"${words}," Austrian Chancellor Christian Stocker said on Monday.\n`;
    expect(proposalIn(edgesOf(says('We do not expect Serbia to change its tariffs')), 'expect')).toBeUndefined();
    expect(proposalIn(edgesOf(says('We expect the ban to have a small effect on our farmers')), 'expect')).toBeUndefined();
    expect(proposalIn(edgesOf(says('I hope Serbia is doing well after the floods')), 'hope')).toBeUndefined();
  });
});

// First-person plural imperatives and ultimatums (proposal-deadlines.ts). Sentences written for this test.
describe('"let us ..." and a deadline given', () => {
  const proposals = (text: string): string[] => edgesOf(`Talks\n\n${text}\n`).filter((e) => e.type === 'PROPOSAL').map((e) => e.source);

  test('"Let us negotiate", "let us return to the table" (a bare verb the tagger reads as a noun)', () => {
    expect(proposals('"Let us negotiate and end this war," Armenian Foreign Minister Ararat Mirzoyan said.')).toEqual(['Ararat Mirzoyan']);
    expect(proposals('"Let us return to the table," Armenian Foreign Minister Ararat Mirzoyan said.')).toEqual(['Ararat Mirzoyan']);
  });

  test('no proposal: "let\'s see", "let us be clear", "let\'s talk about ..." order the talk itself', () => {
    expect(proposals('"Let\'s see what happens next week," Armenian Foreign Minister Ararat Mirzoyan said.')).toEqual([]);
    expect(proposals('"Let us be clear about the facts," Armenian Foreign Minister Ararat Mirzoyan said.')).toEqual([]);
    expect(proposals('"Let\'s talk about the border first," Armenian Foreign Minister Ararat Mirzoyan said.')).toEqual([]);
  });

  test('a deadline given ("gave X until Friday to sign") demands as well as threatens', () => {
    expect(proposals('Armenia has given Azerbaijan until Friday to sign the protocol.')).toEqual(['Armenia']);
  });

  test('an ultimatum or a deadline named for a party to act ("issued an ultimatum to X to", "set a deadline for X to")', () => {
    expect(proposals('Bolivian President Luis Arce issued an ultimatum to Chile to withdraw its troops from the border.')).toEqual(['Luis Arce']);
    expect(proposals('Peru set a deadline for Ecuador to pull back its troops.')).toEqual(['Peru']);
    // a deadline only spoken of asks nothing
    expect(proposals('Peru said the deadline for Ecuador was unacceptable.')).toEqual([]);
  });
});

// Sentences written for this test.
describe('a demand told to a medium', () => {
  test('"X told Reuters that the rebels must commit to ...": X proposes, not the medium', () => {
    const edges = edgesOf('Talks\n\nRwandan Foreign Minister Olivier Nduhungirehe told Reuters that the rebels must commit to a ceasefire.\n');
    expect(proposalIn(edges, 'must commit')?.source).toBe('Olivier Nduhungirehe');
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Reuters')).toBe(false);
  });
});

// A warning that tells the warned to act demands it (proposal.ts, threat-warnings.ts warnedToAct).
// Sentences written for this test.
describe('a warning that orders', () => {
  test('"warned the rebels in X to surrender" is a proposal (and a threat); "warned X that efforts to ..." is neither', () => {
    const ordered = edgesOf('Siege\n\nPresident Idriss Deby warned the rebels in Abeche to surrender.\n');
    expect(ofType(ordered, 'PROPOSAL').some((e) => e.source === 'Idriss Deby')).toBe(true);
    const told = edgesOf('Siege\n\nPresident Idriss Deby warned Sudan that efforts to free the hostages would take time.\n');
    expect(ofType(told, 'PROPOSAL')).toEqual([]);
  });
});

describe('a course of action the speaker\'s side wants or seeks', () => {
  test('"we want the earliest possible restoration of civilian rule", "seeks a return to talks", "wants elections"', () => {
    const edges = edgesOf(
      'Coup in Bamako\n\nState Department spokeswoman Ana Cortez said: "We want the earliest possible restoration of civilian rule in Mali." ' +
        'Senegal seeks a return to talks between Mali and ECOWAS, Foreign Minister Amadou Sall said. ' +
        'The African Union wants elections in Mali within a year, its envoy Moussa Diallo said.',
    );
    expect(proposalIn(edges, 'restoration of civilian rule')?.source).toBe('Ana Cortez');
    expect(proposalIn(edges, 'return to talks')).toBeDefined();
    expect(proposalIn(edges, 'wants elections')).toBeDefined();
  });
});

describe('an offer left open', () => {
  test('"the doors are open for peace", "open to dialogue"', () => {
    const edges = edgesOf('Talks in Caracas\n\nPresident Elena Rojas said the doors are open for peace and reconciliation with the ELN. Rojas said her government remained open to dialogue with Bogota.');
    expect(proposalIn(edges, 'open for peace')?.source).toBe('Elena Rojas');
    expect(proposalIn(edges, 'open to dialogue')?.source).toBe('Elena Rojas');
  });
});

describe('a proposal named by a participle with its agent ("the truce proposed by X")', () => {
  const edges = edgesOf(
    'Lake talks\n\nUganda accepted the ceasefire proposed by Tanzania on Monday. ' +
      'Rwanda rejected the truce offered by Burundi. ' +
      'Zambia backed a power-sharing plan put forward by Malawi and Botswana. ' +
      "Angola ignored the electoral reforms called for by the Southern African Development Community. " +
      'Namibia said it would never accept a deal proposed by Angola. ' +
      'Lesotho studied a drone of a type developed by Eswatini. ' +
      'Rebels in the north say they are studying an amnesty offer announced by Zambia. ' +
      'Malawi condemned the threats made by Nigeria\'s Islamist Boko Haram insurgents to attack Lilongwe.',
  );
  const by = (source: string, words: string): Edge | undefined => ofType(edges, 'PROPOSAL').find((e) => e.source === source && e.evidence.includes(words));

  test('the agent proposes, aimed at the party named before the proposal', () => {
    expect(by('Tanzania', 'ceasefire proposed')).toEqual(expect.objectContaining({ targets: ['Uganda'] }));
    expect(by('Southern African Development Community', 'electoral reforms')).toEqual(expect.objectContaining({ targets: ['Angola'] }));
  });

  test('an offer refused still stands as its maker\'s proposal, and the one who refuses proposes nothing', () => {
    expect(by('Burundi', 'truce offered')).toEqual(expect.objectContaining({ targets: ['Rwanda'] }));
    expect(by('Rwanda', 'truce offered')).toBeUndefined();
  });

  test('"an amnesty offer announced by X": the one who announced it proposes', () => {
    expect(by('Zambia', 'amnesty offer announced')).toBeDefined();
  });

  test('"threats made by Nigeria\'s Islamist Boko Haram insurgents": the possessor\'s group threatens, not the possessor', () => {
    const sources = ofType(edges, 'THREAT').filter((e) => e.evidence.includes('threats made by')).map((e) => e.source);
    expect(sources).toContain('Boko Haram');
    expect(sources).not.toContain('Nigeria');
  });

  test('each agent of "put forward by A and B" proposes; neither is the other\'s target', () => {
    expect(by('Malawi', 'put forward')?.targets).toEqual(['Zambia']);
    expect(by('Botswana', 'put forward')?.targets).toEqual(['Zambia']);
  });

  test('no proposal from a deal its speaker would never accept, nor from a thing developed by someone', () => {
    expect(by('Angola', 'never accept')).toBeUndefined();
    expect(by('Eswatini', 'developed by')).toBeUndefined();
  });
});

test('"At Chile\'s initiative, X had a call with Y": who started the call proposes nothing; "Chile\'s initiative for talks" does', () => {
  const edges = edgesOf(
    "Call\n\nAt Chile's initiative, Bolivian President Luis Arce had a telephone conversation with Peru's president on Monday. " +
      "Argentina welcomed Chile's initiative for talks on the lithium border.\n",
  );
  expect(ofType(edges, 'PROPOSAL').find((e) => e.source === 'Chile' && e.evidence.includes('At Chile'))).toBeUndefined();
  expect(ofType(edges, 'PROPOSAL').find((e) => e.source === 'Chile' && e.evidence.includes('lithium'))).toBeDefined();
});

test('"X said the protesters have called for free elections": the crowd\'s call is no proposal of the speaker', () => {
  const edges = edgesOf('Unrest\n\nIrish Foreign Minister Simon Harris said the protesters have called for free elections in Georgia.\n');
  expect(proposalIn(edges, 'protesters have called')).toBeUndefined();
  expect(edges).toContainEqual(expect.objectContaining({ type: 'STATEMENT', source: 'Simon Harris' }));
});

test('"has directed the agency to review": a directive to an addressee is its author\'s proposal', () => {
  const edges = edgesOf('Review\n\nPresident William Ruto has directed the Foreign Ministry to review the treaty with Uganda.\n');
  expect(proposalIn(edges, 'directed the Foreign Ministry')).toEqual(expect.objectContaining({ source: 'William Ruto' }));
});

test('"demands for restraint came from A and B": each author after the verb of coming proposes', () => {
  const edges = edgesOf('Clashes\n\nFurther demands for restraint came from Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan.\n');
  const sources = ofType(edges, 'PROPOSAL').filter((e) => e.evidence.includes('came from')).map((e) => e.source).sort();
  expect(sources).toEqual(['Samia Suluhu Hassan', 'William Ruto']);
});

test('"Kenya joined other states in a call for a ceasefire": the subject of the verb of joining proposes', () => {
  const edges = edgesOf('Sudan\n\nKenya joined other African states in a call for a ceasefire in Sudan.\n');
  expect(proposalIn(edges, 'in a call for')).toEqual(expect.objectContaining({ source: 'Kenya' }));
});
