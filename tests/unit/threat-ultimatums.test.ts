// Ultimatums, losses and penalties as outcomes, conditional measures and continued force, with
// sentences written for this test: other countries, people and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);
const find = (edges: Edge[], type: string, words: string): Edge | undefined => ofType(edges, type).find((e) => e.evidence.includes(words));

describe('an ultimatum: a demand, then what the speaker\'s side will do', () => {
  const edges = edgesOf(
    'Border row\n\nCroatian Prime Minister Ivan Horvat spoke in Zagreb on Tuesday. ' +
      'Horvat said, "Either Serbia withdraws its police or we will close the border crossings." ' +
      '"Pay the arrears by Friday; otherwise we will cut the gas supply," Gazprom chief Alexei Miller told Moldova. ' +
      '"We either find a deal or we will all lose," Austrian Chancellor Karl Nehammer said. ' +
      '"Either way, we will keep working with Slovenia," Horvat added.',
  );

  test('"either X or we will ...", "...; otherwise we will ..." are threats at the party the demand is made of', () => {
    expect(find(edges, 'THREAT', 'Either Serbia')).toEqual(expect.objectContaining({ source: 'Ivan Horvat', targets: ['Serbia'] }));
    expect(find(edges, 'THREAT', 'otherwise we will')).toEqual(expect.objectContaining({ source: 'Alexei Miller', targets: ['Moldova'] }));
  });

  test('not when the demand is the speaker\'s own ("we either find a deal or we will all lose"), nor "either way"', () => {
    expect(find(edges, 'THREAT', 'either find a deal')).toBeUndefined();
    expect(find(edges, 'THREAT', 'Either way')).toBeUndefined();
  });
});

describe('a loss or a penalty the subject would suffer', () => {
  const edges = edgesOf(
    'Regulators\n\nThe Zambian Electoral Commission met on Monday. ' +
      'Commission chairman Esau Chulu suggested the Patriotic Front could lose its registration. ' +
      'The Energy Regulatory Commission said failure to pay the levy may result in the operator\'s permit being revoked. ' +
      'Analyst Grace Banda said the ruling party could lose its majority. ' +
      'The finance minister Situmbeko Musokotwane said the reform may result in higher growth.',
  );

  test('"could lose its registration", "may result in the permit being revoked" are threats', () => {
    expect(find(edges, 'THREAT', 'could lose its registration')).toEqual(expect.objectContaining({ source: 'Esau Chulu' }));
    expect(find(edges, 'THREAT', 'may result in the operator')).toEqual(expect.objectContaining({ source: 'Energy Regulatory Commission' }));
  });

  test('a loss that is no penalty ("lose its majority") and an outcome that is none ("higher growth") are not', () => {
    expect(find(edges, 'THREAT', 'lose its majority')).toBeUndefined();
    expect(find(edges, 'THREAT', 'higher growth')).toBeUndefined();
  });
});

describe('measures made harsh by joined adjectives, and force kept up', () => {
  const edges = edgesOf(
    'Fishing\n\nChilean Foreign Minister Ana Ruiz spoke on Monday. ' +
      'Ruiz said Chile is prepared to take firm and immediate trade measures if Peru proceeds with the tax. ' +
      'Rebel commander Ali Hassan said his fighters will keep up their attacks on Saudi Arabia as long as the siege continues. ' +
      'Ruiz said Chile will keep up its talks with Bolivia.',
  );

  test('"firm and immediate trade measures if ..." is a threat, not an offer', () => {
    expect(find(edges, 'THREAT', 'firm and immediate')).toEqual(expect.objectContaining({ source: 'Ana Ruiz', targets: ['Peru'] }));
  });

  test('"will keep up their attacks on X" is a threat at X; "will keep up its talks" is none', () => {
    expect(find(edges, 'THREAT', 'keep up their attacks')).toEqual(expect.objectContaining({ source: 'Ali Hassan', targets: ['Saudi Arabia'] }));
    expect(find(edges, 'THREAT', 'keep up its talks')).toBeUndefined();
  });
});

describe('harm that is no threat of the speaker', () => {
  const edges = edgesOf(
    'Unrest\n\nBolivian President Luis Arce spoke in La Paz on Friday. ' +
      '"They are behind a plan to kill the mayor of Santa Cruz," Arce said of Chile. ' +
      'Arce condemned in the strongest terms the use of force by the Peruvian police against miners. ' +
      'Arce, who is threatening to expel the Argentine ambassador, accused Buenos Aires of "lying for years. ' +
      'It has been this way since the last election."',
  );

  test('"a plan to kill": someone\'s plan the speaker speaks of, not his intent', () => {
    expect(find(edges, 'THREAT', 'plan to kill')).toBeUndefined();
  });

  test('"the use of force by X": the deed of the actor after "by"', () => {
    expect(find(edges, 'THREAT', 'use of force by')).toBeUndefined();
  });

  test('a verb that threatens makes its own sentence a threat, not the quote that runs on after it', () => {
    expect(find(edges, 'THREAT', 'threatening to expel')).toEqual(expect.objectContaining({ source: 'Luis Arce' }));
    expect(find(edges, 'STATEMENT', 'since the last election')).toEqual(expect.objectContaining({ source: 'Luis Arce' }));
    expect(find(edges, 'THREAT', 'since the last election')).toBeUndefined();
  });
});

describe('warnings said as idioms, intent said as a noun, and who a noun threat is by', () => {
  const edges = edgesOf(
    'Essequibo\n\nBrazilian Defense Minister Jose Mucio spoke in Brasilia on Monday. ' +
      'Venezuelan leaders should not even think about attacking Guyana, Mucio told reporters. ' +
      'Any country that sends troops to Moldova does so at its own peril, Russian Foreign Minister Sergei Lavrov said. ' +
      '"It is the credible threat of force that brought Iran to the table," Secretary of State Antony Blinken said. ' +
      '"Our determination to hold Belarus accountable is unwavering," Lithuanian Foreign Minister Gabrielius Landsbergis said. ' +
      'Spokesman Ned Price said Washington announced its intention to relist the Polisario Front as a terrorist organization. ' +
      'Today the Treasury Department is announcing our intent to designate Abu Mohammed al-Jawlani al-Sham al-Tahrir a specially designated global terrorist.',
  );

  test('"should not even think about", "at its own peril", "the credible threat of force" are warnings of the speaker', () => {
    expect(find(edges, 'THREAT', 'not even think about')).toEqual(expect.objectContaining({ source: 'Jose Mucio' }));
    expect(find(edges, 'THREAT', 'at its own peril')).toEqual(expect.objectContaining({ source: 'Sergei Lavrov' }));
    expect(find(edges, 'THREAT', 'credible threat')).toEqual(expect.objectContaining({ source: 'Antony Blinken', targets: ['Iran'] }));
  });

  test('"the threat of force that brought Iran": the author of a threat follows "of" at once, not past a clause', () => {
    expect(ofType(edges, 'THREAT').find((e) => e.source === 'Iran')).toBeUndefined();
  });

  test('"our determination to hold X accountable", "announced its intention to relist X as a terrorist organization": intent said as a noun', () => {
    expect(find(edges, 'THREAT', 'determination to hold')).toEqual(expect.objectContaining({ source: 'Gabrielius Landsbergis', targets: ['Belarus'] }));
    expect(find(edges, 'THREAT', 'intention to relist')).toEqual(expect.objectContaining({ source: 'Ned Price', targets: ['Polisario Front'] }));
  });

  test('a designation reaches its label past a long name of the one designated', () => {
    expect(find(edges, 'THREAT', 'intent to designate')).toEqual(expect.objectContaining({ source: 'Treasury Department' }));
  });
});

describe('a demand with a deadline in hours or days (threat-deadlines.ts)', () => {
  test('"all Chadian diplomats must leave the country within 72 hours" is an ultimatum', () => {
    const edges = edgesOf('Envoys expelled\n\nSudanese Foreign Minister Ali Youssef said all Chadian diplomats must leave the country within 72 hours.\n');
    expect(find(edges, 'THREAT', 'within 72 hours')).toEqual(expect.objectContaining({ source: 'Ali Youssef' }));
  });

  test('a deadline for a thing, or one not demanded, is none', () => {
    const report = edgesOf('Audit\n\nThe audit report should be finished within 30 days, Kenyan Health Minister Aden Duale said.\n');
    expect(find(report, 'THREAT', 'within 30 days')).toBeUndefined();
    const notMust = edgesOf('Talks\n\nMalian Foreign Minister Abdoulaye Diop said Algeria need not reply within 10 days.\n');
    expect(find(notMust, 'THREAT', 'within 10 days')).toBeUndefined();
  });
});

describe('a deadline given to a party ("gave X until Friday to ...", threat-deadlines.ts givenDeadlineAt)', () => {
  const threatsOf = (text: string): Edge[] => edgesOf(`Deadline\n\n${text}\n`).filter((e) => e.type === 'THREAT');

  test('said by a speaker, and reported as an act (its members named for the body)', () => {
    expect(threatsOf('Ghana said it had given Togo until Friday to reopen the border.').some((e) => e.source === 'Ghana' && e.targets.includes('Togo'))).toBe(true);
    expect(threatsOf('Ghana has given Togo until the end of the month to withdraw its troops.').some((e) => e.source === 'Ghana' && e.targets.includes('Togo'))).toBe(true);
    expect(threatsOf('African Union foreign ministers have given Togolese officials until Saturday to free the detainees.').some((e) => e.source === 'African Union' && e.targets.includes('Togo'))).toBe(true);
  });

  test('a deadline counted in units: "is giving X one month to", "gave X 72 hours to"', () => {
    expect(threatsOf('The Southern African Development Community is giving Lesotho one month to restore parliament.').some((e) => e.targets.includes('Lesotho'))).toBe(true);
    expect(threatsOf('Ghana gave Togo 72 hours to reopen the border.').some((e) => e.source === 'Ghana' && e.targets.includes('Togo'))).toBe(true);
    expect(threatsOf('Ghana gave Togo 10 million dollars to rebuild its schools.')).toEqual([]);
  });

  test('no threat: a time that is no deadline to act', () => {
    expect(threatsOf('Ghana gave Togo a warm welcome until Friday.')).toEqual([]);
    expect(threatsOf('Ghana will host Togo until Friday to discuss trade.')).toEqual([]);
  });
});

describe('a listing risked after "or"', () => {
  test('"called on X to stop ..., or risk being branded as terrorists": a threat at X', () => {
    const edges = edgesOf('Rebels\n\nBAMAKO — Malian President Assimi Goita called on the Tuareg rebels of the CMA to stop attacks in Kidal, or risk being branded as "terrorists."\n');
    expect(find(edges, 'THREAT', 'risk being branded')).toEqual(expect.objectContaining({ source: 'Assimi Goita' }));
  });

  test('no threat: a label that is no listing ("risks being labelled a relic of the past")', () => {
    const edges = edgesOf('Rebels\n\nBAMAKO — Malian President Assimi Goita said the Tuareg movement of the CMA risks being labelled a relic of the past.\n');
    expect(ofType(edges, 'THREAT')).toEqual([]);
  });
});

describe('nowhere left to the party', () => {
  test('"unless he gives in he will have nowhere to live", "would have nowhere to hide": threats', () => {
    const live = edgesOf('Coup\n\nNIAMEY — General Salifou Mody said: "Unless he steps down he will have nowhere to live in Niger."\n');
    expect(ofType(live, 'THREAT')).toEqual([expect.objectContaining({ source: 'Salifou Mody' })]);
    const hide = edgesOf('Coup\n\nRebel commander Ousmane Diallo said the junta would have nowhere to hide if it attacked Kidal.\n');
    expect(ofType(hide, 'THREAT')).toEqual([expect.objectContaining({ source: 'Ousmane Diallo' })]);
  });

  test('no threat: people left with nowhere to go', () => {
    const edges = edgesOf('Floods\n\nAid worker Mariam Toure said the families would have nowhere to go after the floods.\n');
    expect(ofType(edges, 'THREAT')).toEqual([]);
  });
});
