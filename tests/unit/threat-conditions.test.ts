// Conditional threats, warnings, ultimatums and sanctions as threats, with sentences written for
// this test: other countries, people and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);
const find = (edges: Edge[], type: string, words: string): Edge | undefined => ofType(edges, type).find((e) => e.evidence.includes(words));

describe('THREAT however the condition or warning is phrased', () => {
  const edges = edgesOf(
    'Lake dispute\n\nKenyan President William Ruto spoke in Nairobi on Monday. ' +
      'If they bomb the pipeline, we will respond, Ruto said. ' +
      'Ruto warned the United Arab Emirates against any incursion into Turkana. ' +
      'Ruto said Somalia must pull its troops out of Gedo or face the consequences. ' +
      'Ruto said Ethiopia risks war if it sends troops to Moyale. ' +
      'Ruto said Kenya will impose tariffs on Tanzania.',
  );

  test('"If they bomb the pipeline, we will respond, X said": the words before the first named speaker are his, past a verb with no named speaker', () => {
    expect(find(edges, 'THREAT', 'we will respond')).toEqual(expect.objectContaining({ source: 'William Ruto' }));
  });

  test('"warned the United Arab Emirates against ...": the warned party after a determiner', () => {
    expect(find(edges, 'THREAT', 'warned the United Arab')).toEqual(expect.objectContaining({ source: 'William Ruto', targets: ['United Arab Emirates'] }));
  });

  test('ultimatums ("or face the consequences") and risks of war are threats at the party named', () => {
    expect(find(edges, 'THREAT', 'or face')).toEqual(expect.objectContaining({ targets: expect.arrayContaining(['Somalia']) }));
    expect(find(edges, 'THREAT', 'risks war')).toEqual(expect.objectContaining({ targets: expect.arrayContaining(['Ethiopia']) }));
  });

  test('"will impose tariffs on X" is a threat, not an offer', () => {
    expect(find(edges, 'THREAT', 'impose tariffs')).toEqual(expect.objectContaining({ targets: ['Tanzania'] }));
    expect(find(edges, 'PROPOSAL', 'impose tariffs')).toBeUndefined();
  });
});

describe('a promise of force made with a proposal verb, and answers of force', () => {
  const edges = edgesOf(
    'Drills\n\nThe Houthis seized a tanker on Monday. The group vowed to strike Saudi ports. ' +
      'Hezbollah said it was prepared to counter Israel with rockets. ' +
      'Any aggression against Venezuela will receive a decisive answer, Venezuelan Defence Minister Vladimir Padrino said.',
  );

  test('"vowed to strike", "prepared to counter": a threat, not a proposal', () => {
    expect(find(edges, 'THREAT', 'vowed to strike')).toEqual(expect.objectContaining({ source: 'Houthis' }));
    expect(find(edges, 'PROPOSAL', 'vowed to strike')).toBeUndefined();
    expect(find(edges, 'THREAT', 'prepared to counter')).toEqual(expect.objectContaining({ source: 'Hezbollah', targets: ['Israel'] }));
    expect(find(edges, 'PROPOSAL', 'prepared to counter')).toBeUndefined();
  });

  test('"will receive a decisive answer" is a threat', () => {
    expect(find(edges, 'THREAT', 'decisive answer')).toEqual(expect.objectContaining({ source: 'Vladimir Padrino' }));
  });
});

describe("an actor's readiness to harm, told by the narrator", () => {
  const edges = edgesOf(
    'Border standoff\n\nThe Gulf Cooperation Council met in Riyadh on Tuesday. ' +
      'The Gulf Cooperation Council is ready to impose further sanctions on Iraq if Baghdad keeps its troops at the border. ' +
      'Morocco stands ready to strike Algeria if its drones cross the berm. ' +
      'Brazil is prepared to take firm economic steps if the Government of Paraguay closes the dam. ' +
      'Uruguay is ready to mediate between Argentina and Chile. ' +
      'Peru is prepared to take steps to help Bolivia.',
  );

  test('"is ready to impose further sanctions on X if ...": the actor threatens X, and offers nothing', () => {
    expect(find(edges, 'THREAT', 'ready to impose')).toEqual(expect.objectContaining({ source: 'Gulf Cooperation Council', targets: expect.arrayContaining(['Iraq']) }));
    expect(find(edges, 'PROPOSAL', 'ready to impose')).toBeUndefined();
  });

  test('"stands ready to strike X": the subject of the verb before the phrase threatens', () => {
    expect(find(edges, 'THREAT', 'ready to strike')).toEqual(expect.objectContaining({ source: 'Morocco', targets: ['Algeria'] }));
    expect(find(edges, 'PROPOSAL', 'ready to strike')).toBeUndefined();
  });

  test('"prepared to take firm economic steps if X ...": a penalty under a condition is a threat', () => {
    expect(find(edges, 'THREAT', 'economic steps')).toEqual(expect.objectContaining({ source: 'Brazil', targets: expect.arrayContaining(['Paraguay']) }));
  });

  test('a readiness to mediate or to take steps that help stays an offer', () => {
    expect(find(edges, 'PROPOSAL', 'ready to mediate')).toEqual(expect.objectContaining({ source: 'Uruguay' }));
    expect(find(edges, 'THREAT', 'ready to mediate')).toBeUndefined();
    expect(find(edges, 'PROPOSAL', 'steps to help')).toEqual(expect.objectContaining({ source: 'Peru' }));
    expect(find(edges, 'THREAT', 'steps to help')).toBeUndefined();
  });
});

describe('words of force that name the other side\'s deed or a ban on force threaten nobody', () => {
  const edges = edgesOf(
    'Border clash\n\nSenegal\'s Foreign Minister Awa Ndiaye said the military actions carried out by Mauritania were unacceptable. ' +
      'Ndiaye said the shelling violated the charter prohibiting the use of force. ' +
      'Ndiaye said Senegal would take military action against Mauritania if the shelling went on.',
  );

  test('"the military actions carried out by X", "the charter prohibiting the use of force": no threat of the speaker', () => {
    expect(find(edges, 'THREAT', 'carried out by Mauritania')).toBeUndefined();
    expect(find(edges, 'THREAT', 'prohibiting the use of force')).toBeUndefined();
  });

  test('the speaker\'s own side taking military action still threatens', () => {
    expect(find(edges, 'THREAT', 'would take military action')).toEqual(expect.objectContaining({ source: 'Awa Ndiaye', targets: ['Mauritania'] }));
  });
});

describe('the items of a list whose lead ends in an intent marker and a colon', () => {
  const edges = edgesOf(
    'Response to the raid\n\nUganda\'s army raided a Kenyan border post on Monday. Foreign Minister Musalia Mudavadi said the Kenyan government will:\n\nexpel 12 Ugandan diplomats identified as intelligence officers\n\nhold talks with Tanzania on the border\n',
  );

  test('"... will:" then "expel 12 Ugandan diplomats": a threat at the party named, as "will expel" is', () => {
    expect(find(edges, 'THREAT', 'expel 12 Ugandan')).toEqual(expect.objectContaining({ source: 'Musalia Mudavadi', targets: ['Uganda'] }));
  });

  test('an item with no force after the same lead threatens nobody', () => {
    expect(find(edges, 'THREAT', 'hold talks')).toBeUndefined();
  });
});

describe('a threat named by a participle with its agent', () => {
  test('"the sanctions threatened by the Andean Community": the agent threatens the party named before', () => {
    const edges = edgesOf('Junta\n\nBolivia\'s junta rejected the sanctions threatened by the Andean Community on Monday.\n');
    expect(edges).toContainEqual(expect.objectContaining({ type: 'THREAT', source: 'Andean Community', targets: ['Bolivia'] }));
  });
});

test('an act told in an opening adverbial clause ends at its comma: "as Bolivia rejects the talks, Chile will impose sanctions" is no threat of Bolivia\'s', () => {
  const edges = edgesOf('Border\n\nChilean Foreign Minister Alberto van Klaveren said that as Bolivia rejects the offer of talks, Chile will impose sanctions on its mining firms.\n');
  expect(ofType(edges, 'THREAT').filter((e) => e.source === 'Bolivia')).toEqual([]);
  expect(find(edges, 'REJECTION', 'rejects the offer')).toEqual(expect.objectContaining({ source: 'Bolivia' }));
});

test('a verb of harm in the past tells a deed, not a threat ("Hospitals have been destroyed", "the army destroyed the bridge")', () => {
  const edges = edgesOf(
    'Siege\n\nNorwegian Foreign Minister Espen Barth Eide said: "The Rapid Support Forces have besieged the city. Hospitals have been destroyed. The militia destroyed the only bridge to Chad."\n',
  );
  expect(find(edges, 'THREAT', 'Hospitals have been destroyed')).toBeUndefined();
  expect(find(edges, 'THREAT', 'destroyed the only bridge')).toBeUndefined();
});

describe('a measure in a condition is supposed, not put', () => {
  const edges = edgesOf('Media row\n\nForeign Minister Ivan Petrov said Belarus would mount a response if Lithuania expanded its sanctions.');

  test('"would mount a response if X expanded sanctions": the speaker threatens X; X threatens nobody', () => {
    expect(edges.filter((e) => e.type === 'THREAT').map((e) => e.source)).toEqual(['Ivan Petrov']);
    expect(find(edges, 'THREAT', 'mount a response')).toEqual(expect.objectContaining({ targets: expect.arrayContaining(['Lithuania']) }));
  });
});

describe('a party put before a penalty ("faces stiff sanctions")', () => {
  const edges = edgesOf(
    'Sanctions\n\nTogo faces tough economic and diplomatic sanctions for delaying the vote, regional spokesman John Roe said. ' +
      'Roe said Benin faced sanctions last year. ' +
      'Roe said farmers in Ghana face a high cost from the drought.',
  );

  test('"X faces tough economic and diplomatic sanctions": a threat at X', () => {
    expect(find(edges, 'THREAT', 'Togo faces')).toEqual(expect.objectContaining({ source: 'John Roe', targets: ['Togo'] }));
  });

  test('a penalty faced in the past, or by people who are no actor, threatens nobody', () => {
    expect(find(edges, 'THREAT', 'Benin faced')).toBeUndefined();
    expect(find(edges, 'THREAT', 'farmers in Ghana')).toBeUndefined();
  });
});

describe('an ultimatum already given is no new threat', () => {
  const edges = edgesOf('Coup\n\nCoup leader General John Roe defied the ultimatum, saying he would hand over power only to an elected president of Ghana.');

  test('"defied the ultimatum": the one who defies it threatens nobody', () => {
    expect(find(edges, 'THREAT', 'defied the ultimatum')).toBeUndefined();
    expect(find(edges, 'STATEMENT', 'defied the ultimatum')).toEqual(expect.objectContaining({ source: 'John Roe' }));
  });
});

describe('a response still to come is an act, not words', () => {
  const edges = edgesOf('Border\n\nForeign Minister Ivan Petrov said that if Lithuania closes the border, Belarus will react with a strong and united response.');

  test('"Belarus will react with ...": the speaker threatens; "react" names no speaker of its own', () => {
    expect(edges.filter((e) => e.type === 'THREAT').map((e) => e.source)).toEqual(['Ivan Petrov']);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Belarus')).toBe(false);
  });
});

describe('an ultimatum in reported speech', () => {
  const edges = edgesOf('Drills\n\nEritrea says it will fire more missiles if Ethiopia continues the drills on the border.');

  test('"X says it will ... if Y continues": "it" is the speaker, and going on counts as the demanded act', () => {
    expect(find(edges, 'THREAT', 'fire more missiles')).toEqual(expect.objectContaining({ source: 'Eritrea', targets: expect.arrayContaining(['Ethiopia']) }));
  });
});
