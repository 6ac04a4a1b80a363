// More shapes of ACCUSATION and REJECTION (src/relations/detectors/accusation.ts, rejection.ts):
// acts of force or wrongdoing ascribed to another actor, labels without a verb of saying, words of
// reproach and of denial, accusation nouns that name the accused. Sentences written for this test:
// other countries, people and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);

describe('ACCUSATION: what the speaker says another actor did', () => {
  test('an act of force or a violation done by another actor accuses it ("said X had shelled", "violated")', () => {
    const edges = edgesOf(
      'Border clash\n\nThe Armenian defence ministry said Azerbaijan had shelled three villages overnight. ' +
        'Sudan said Chad had violated the border agreement.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Armenian Defense Ministry', target: 'Azerbaijan' }));
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Sudan', target: 'Chad' }));
  });

  test('the agent of a passive act is the accused ("the convoy was attacked by X")', () => {
    const edges = edgesOf('Convoy hit\n\nNiger said the aid convoy was attacked by Mali near the river.');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ source: 'Niger', target: 'Mali' }));
  });

  test('an act not done accuses nobody: "would strike", "plans to invade", "did not attack", the own side', () => {
    const edges = edgesOf(
      'Tensions\n\nBolivia said Paraguay would strike back if provoked. ' +
        'Uruguay said Brazil did not attack the outpost. ' +
        'Ecuador said Ecuadorian troops had raided the camp.',
    );
    expect(ofType(edges, 'ACCUSATION')).toEqual([]);
  });
});

describe('ACCUSATION: labels and words of reproach', () => {
  test('a labelling verb with a reproaching label makes the labelling actor accuse, without a verb of saying', () => {
    const edges = edgesOf('Row\n\nLatvia branded Russia a terrorist state on Tuesday. Estonia called Belarus a hostile regime.');
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Latvia', target: 'Russia' }));
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Estonia', target: 'Belarus' }));
  });

  test('a person labels too, also where the tagger reads "branded" as an adjective; "an unreliable partner" is a reproach', () => {
    const edges = edgesOf('Row\n\nFinnish President Elina Koski spoke in Helsinki on Tuesday. She branded the blockade a cruel act of Russia. Estonia has called Belarus an unreliable partner.');
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Elina Koski', target: 'Russia' }));
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Estonia', target: 'Belarus' }));
  });

  test('"called for talks" labels nothing', () => {
    const edges = edgesOf('Talks\n\nNorway called for talks with Iceland over the fishing dispute.');
    expect(ofType(edges, 'ACCUSATION')).toEqual([]);
  });

  test('words of moral or legal reproach; a diplomatic "is deeply concerning"', () => {
    const edges = edgesOf(
      'Reactions\n\nThe Dutch foreign minister said Iran\'s detention of the aid worker was unjust and arbitrary. ' +
        'Canada said the Chinese military build-up near the strait was deeply concerning.',
    );
    const sources = ofType(edges, 'ACCUSATION').map((e) => e.source);
    expect(sources).toContain('Canada');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ target: 'Iran' }));
  });

  test('"would be a major escalation" warns of what may come; it labels nothing', () => {
    const edges = edgesOf('Warning\n\nSending troops to Moldova would be a major escalation, the Romanian foreign ministry said.');
    expect(ofType(edges, 'ACCUSATION')).toEqual([]);
  });

  test('a verb is no label: "a dispute that is worrying investors" stays a statement', () => {
    const edges = edgesOf('Markets\n\nThe Swiss central bank said the dispute with Austria was hurting trade, a trend that is troubling exporters.');
    expect(ofType(edges, 'ACCUSATION')).toEqual([]);
  });

  test('a complaint: "complained to X", "a complaint against X"', () => {
    const edges = edgesOf(
      'Trade dispute\n\nMexico complained to Canada about the new dairy quotas. ' +
        'Thailand said it would file a complaint against Cambodia at the United Nations.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Mexico', target: 'Canada' }));
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Thailand', target: 'Cambodia' }));
  });

  test('a protest presented or delivered to the other side\'s envoy', () => {
    const edges = edgesOf('Summons\n\nThe Peruvian foreign minister presented a formal protest to the Chilean ambassador on Monday. Ghana delivered a protest to Togo over the border raid.');
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toContainEqual(expect.objectContaining({ target: 'Chile' }));
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Ghana', target: 'Togo' }));
  });

  test('an accusation the speaker rejects is no accusation of the speaker\'s', () => {
    const edges = edgesOf('Denial\n\nSerbia rejected the accusations against Kosovo made by Albania.');
    expect(ofType(edges, 'ACCUSATION').map((e) => e.source)).not.toContain('Serbia');
  });
});

describe('REJECTION: more shapes', () => {
  test('a veto and a vote against reject', () => {
    const edges = edgesOf('Council\n\nAustria vetoed the proposal from Croatia. Slovenia voted against the plan.');
    const sources = ofType(edges, 'REJECTION').map((e) => e.source);
    expect(sources).toEqual(expect.arrayContaining(['Austria', 'Slovenia']));
  });

  test('words that deny a claim: "had nothing to do with", "there are no grounds"', () => {
    const edges = edgesOf(
      'Poisoning\n\nBelarus said it had “nothing to do” with the poisoning of the journalist. ' +
        'Georgia said there were no grounds for the charges brought by Armenia.',
    );
    const sources = ofType(edges, 'REJECTION').map((e) => e.source);
    expect(sources).toEqual(expect.arrayContaining(['Belarus', 'Georgia']));
  });

  test('a negated denial denies nothing: "did not say it had nothing to do with" is rare; "not without grounds" is no denial', () => {
    const edges = edgesOf('Case\n\nMoldova said the complaint by Romania was not without grounds.');
    expect(ofType(edges, 'REJECTION')).toEqual([]);
  });

  test('a refusal to negotiate, comply or withdraw; no interest in talks; a defied deadline', () => {
    const edges = edgesOf(
      'Standoff\n\nVenezuela said it would not negotiate with Guyana over the border. ' +
        'Poland said it would not comply with the ruling from Luxembourg. ' +
        'Eritrea said it had no interest in talks with Djibouti. ' +
        'Kosovo said it would not be introducing the tariffs demanded by Serbia.',
    );
    const sources = ofType(edges, 'REJECTION').map((e) => e.source);
    expect(sources).toEqual(expect.arrayContaining(['Venezuela', 'Poland', 'Eritrea', 'Kosovo']));
  });

  test('words that call a report false in other terms: "misleading and inaccurate"', () => {
    const edges = edgesOf('Media row\n\nThe Indian embassy said the Reuters report was "misleading and inaccurate".');
    expect(ofType(edges, 'REJECTION')).toContainEqual(expect.objectContaining({ source: 'Indian Embassy' }));
  });
});

describe('ACCUSATION in a readout', () => {
  test('"X spoke with Y to discuss Z\'s unprovoked attack": X accuses Z, and the statement is aimed at Y', () => {
    const edges = edgesOf('Call\n\nSecretary of State Marco Rubio spoke by phone with Estonian Foreign Minister Margus Tsahkna to discuss Russia’s unprovoked and unjustified attack on Ukraine.');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ source: 'Marco Rubio', target: 'Russia' }));
    expect(ofType(edges, 'STATEMENT')).toContainEqual(expect.objectContaining({ source: 'Marco Rubio', target: 'Margus Tsahkna' }));
  });
});

// A word of reproach right after a negation is a defence, not an accusation; a condition before it
// is none ("if it continues its provocative drills"). Sentences written for this test.
test('"is not provocative" accuses no one; "if it continues its provocative drills" still does', () => {
  const denied = edgesOf('Drills\n\nForeign Minister Ana Ruiz said: "Our exercises with Chile are not provocative."\n');
  expect(denied.some((e) => e.type === 'ACCUSATION')).toBe(false);
  const conditional = edgesOf('Drills\n\nForeign Minister Ana Ruiz said Peru would respond if Chile continued its provocative drills.\n');
  expect(conditional.some((e) => e.type === 'ACCUSATION' && e.source === 'Ana Ruiz')).toBe(true);
});
