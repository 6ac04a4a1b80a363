// Sanctions put on someone in what a speaker says (src/relations/detectors/threat-sanctions.ts,
// threat-frames.json sanctionActs). Sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const threatBy = (edges: Edge[], source: string): Edge | undefined => edges.find((e) => e.type === 'THREAT' && e.source === source);

describe('sanctions announced, extended or put on someone', () => {
  test('"announced sanctions against X": the announcer threatens X', () => {
    const edges = edgesOf('New measures\n\nNorwegian Foreign Minister Espen Barth Eide announced sanctions against Belarus on Tuesday.\n');
    expect(threatBy(edges, 'Espen Barth Eide')).toEqual(expect.objectContaining({ target: 'Belarus' }));
  });

  test('"X expanded its sanctions on Y, the minister said" and "I am announcing further sanctions on Y"', () => {
    const expanded = edgesOf('Madrid acts\n\nSpain expanded its sanctions on Nicaragua, Spanish Foreign Minister Jose Manuel Albares said on Monday.\n');
    expect(threatBy(expanded, 'Jose Manuel Albares')).toEqual(expect.objectContaining({ target: 'Nicaragua' }));
    const announcing = edgesOf('London acts\n\n"Today I am announcing a new package of sanctions on Iran," British Foreign Secretary Yvette Cooper said.\n');
    expect(threatBy(announcing, 'Yvette Cooper')).toEqual(expect.objectContaining({ target: 'Iran' }));
  });

  test('a noun of the compound right after the verb: "imposed landmark sanctions on X"', () => {
    const edges = edgesOf('New measures\n\nCanada has imposed landmark sanctions on Daniel Ortega, Canadian Foreign Minister Anita Anand announced on Friday.\n');
    expect(threatBy(edges, 'Anita Anand')).toEqual(expect.objectContaining({ target: 'Daniel Ortega' }));
  });

  test('an arms embargo the speaker says will come', () => {
    const edges = edgesOf('Arms\n\nThe Dutch government will impose an arms embargo on Sudan, Dutch Foreign Minister Caspar Veldkamp said.\n');
    expect(threatBy(edges, 'Caspar Veldkamp')).toEqual(expect.objectContaining({ target: 'Sudan' }));
  });

  test('sanctions asked of others are the caller\'s threat against their target, not the threat of the body asked', () => {
    // the name as the text writes it: under knowledge's "Gitanas Nausėda" this once passed with no edge at all
    const asked = edgesOf('Appeal\n\nLithuanian President Gitanas Nauseda urged the European Union to impose sanctions on Georgia.\n');
    expect(threatBy(asked, 'Gitanas Nauseda')?.targets).toEqual(['Georgia']);
    expect(threatBy(asked, 'European Union')).toBeUndefined();
  });

  test('no threat: sanctions refused, lifted, or put in place by someone else the speaker answers', () => {
    const refused = edgesOf('Refusal\n\nHungarian Prime Minister Viktor Orban said Hungary would refuse to impose sanctions on China.\n');
    expect(threatBy(refused, 'Viktor Orban')).toBeUndefined();
    const agent = edgesOf('Tariff row\n\nCanadian Trade Minister Mary Ng responded to the decision by India on Friday imposing tariffs on Canada.\n');
    expect(threatBy(agent, 'Mary Ng')).toBeUndefined();
    const named = edgesOf('Tariff row\n\n"Ottawa has answered with threats to impose tariffs on Mexico," Mexican Economy Minister Marcelo Ebrard said.\n');
    expect(threatBy(named, 'Marcelo Ebrard')).toBeUndefined();
  });

  test('no threat: a measure that is not a sanction, or one aimed at nobody named', () => {
    const tax = edgesOf('Budget\n\nIrish Finance Minister Paschal Donohoe announced a tax on sugary drinks on Tuesday.\n');
    expect(threatBy(tax, 'Paschal Donohoe')).toBeUndefined();
    const unaimed = edgesOf('Review\n\nPolish Foreign Minister Radoslaw Sikorski announced a review of sanctions policy on Tuesday.\n');
    expect(threatBy(unaimed, 'Radoslaw Sikorski')).toBeUndefined();
  });
});

// A sanction that is its own verb (threat-sanctioning.ts, threat-frames.json sanctioningVerbs).
describe('a sanction said by its own verb', () => {
  const threatsOf = (text: string): Edge[] => edgesOf(text).filter((e) => e.type === 'THREAT');

  test('"X has sanctioned N officers of Y": X threatens Y; the reason after "over" is no target', () => {
    const threats = threatsOf('Canberra acts\n\nToday Australia has sanctioned nine officers of Myanmar\'s army over the killing of protesters in Thailand.\n');
    expect(threats.map((e) => e.source)).toEqual(['Australia']);
    expect(threats[0].targets).toContain('Myanmar');
    expect(threats[0].targets).not.toContain('Thailand');
  });

  test('"X is sanctioning 12 firms tied to Y"', () => {
    const threats = threatsOf('Treasury\n\nThe United States is sanctioning 12 firms tied to North Korea, officials said.\n');
    expect(threats.some((e) => e.source === 'United States' && e.targets.includes('North Korea'))).toBe(true);
  });

  test('"sanctioning over 20 companies tied to Y": "over" before a number counts, it opens no reason', () => {
    const threats = threatsOf('Treasury\n\nToday, Britain is sanctioning over 20 companies with ties to a smuggling network on behalf of the government of Venezuela.\n');
    expect(threats.some((e) => e.source === 'United Kingdom' && e.targets.includes('Venezuela'))).toBe(true);
  });

  test('in the passive, the body whose statement it is sanctions', () => {
    const threats = threatsOf('Statement on Syria\n\nThe European Union condemns the attack on the convoy. Senior Syrian air force commanders have been sanctioned today.\n');
    expect(threats.some((e) => e.source === 'European Union' && e.targets.includes('Syria'))).toBe(true);
  });

  test('no threat: a sanction not done ("has not sanctioned Y") or one naming no one sanctioned', () => {
    expect(threatsOf('Ministry\n\nThe Foreign Office spokesman said Britain has not yet sanctioned Iran.\n')).toEqual([]);
    expect(threatsOf('Ministry\n\nThe Foreign Office spokesman said the ministry was sanctioning more people.\n')).toEqual([]);
  });
});

// Sanctions in a container ("a new tranche of 23 sanctions against X") and sanctions as the subject
// of a verb of targeting ("the new sanctions target X's ..."): threat-frames.json measureContainers,
// measureTargetVerbs. Sentences written for this test.
describe('sanctions in a package, sanctions that target', () => {
  const threatTo = (text: string, target: string): boolean => edgesOf(`Wellington acts\n\n${text}\n`).some((e) => e.type === 'THREAT' && e.targets.includes(target));

  test('"announced a new tranche of 23 sanctions against X", "a package of sanctions on X"', () => {
    expect(threatTo('Foreign Minister Winston Peters announced a new tranche of 23 sanctions against Belarus.', 'Belarus')).toBe(true);
    expect(threatTo('Foreign Minister Winston Peters unveiled a package of sanctions on Iran.', 'Iran')).toBe(true);
  });

  test('"said the new sanctions target X\'s navy" (the tagger\'s compound noun "sanctions target" included)', () => {
    expect(threatTo("Foreign Minister Winston Peters said the new sanctions target Russia's navy.", 'Russia')).toBe(true);
  });

  test('no threat: sanctions that hit the speaker\'s own exporters, or a package of aid', () => {
    expect(threatTo('Foreign Minister Winston Peters said the sanctions on Russia hit New Zealand exporters hard.', 'New Zealand')).toBe(false);
    expect(threatTo('Foreign Minister Winston Peters announced a new package of aid for Tonga.', 'Tonga')).toBe(false);
  });
});

// A verb of sanctioning inside what a speaker says: the speaker's threat, aimed at the sanctioned,
// never at the side that sanctions. Sentences written for this test.
describe('a sanction by its own verb, in what a speaker says', () => {
  const threatsOf = (text: string): Edge[] => edgesOf(text).filter((e) => e.type === 'THREAT');

  test('"X said Y has sanctioned the commanders of the Z army": X threatens Z, not Y', () => {
    const threats = threatsOf('Oslo acts\n\nSudan named the commanders on Monday. Norwegian Foreign Minister Espen Barth Eide said Norway has sanctioned the commanders of the Sudanese army.\n');
    const eide = threats.filter((e) => e.source === 'Espen Barth Eide');
    expect(eide).toHaveLength(1);
    expect(eide[0].targets).toContain('Sudan');
    expect(eide[0].targets).not.toContain('Norway');
    expect(threats.some((e) => e.source === 'Norway')).toBe(false); // one threat, the speaker's
  });

  test('"we are sanctioning key figures in the X government" and the passive "X officers have been sanctioned"', () => {
    const active = threatsOf('Oslo acts\n\nEritrea was warned last week. "Today we are sanctioning key figures in the Eritrean government," Norwegian Foreign Minister Espen Barth Eide said.\n');
    expect(active.some((e) => e.source === 'Espen Barth Eide' && e.targets.includes('Eritrea'))).toBe(true);
    const passive = threatsOf('Oslo acts\n\nEritrea was warned last week. Norwegian Foreign Minister Espen Barth Eide said five Eritrean officers have been sanctioned.\n');
    expect(passive.some((e) => e.source === 'Espen Barth Eide' && e.targets.includes('Eritrea'))).toBe(true);
  });

  test('"These sanctions target 14 individuals of the X navy": the object after a number', () => {
    const threats = threatsOf('Oslo acts\n\nNorwegian Foreign Minister Espen Barth Eide spoke about Myanmar. He said: "These sanctions target 14 individuals and entities of the Myanmar navy."\n');
    expect(threats.some((e) => e.source === 'Espen Barth Eide' && e.targets.includes('Myanmar'))).toBe(true);
  });

  test('no threat: "sanctions" after "to" is the noun the tagger reads as a verb', () => {
    const edges = threatsOf('Interview\n\nNorwegian Foreign Minister Espen Barth Eide said that when it comes to sanctions against Eritrea, Norway has a long record.\n');
    expect(edges).toEqual([]);
  });
});

// Measures the text reports an actor putting in place, no speaker's clause (threat-measure-acts.ts).
// Sentences written for this test.
describe('a measure the text reports, with no speaker', () => {
  const threatsOf = (text: string): Edge[] => edgesOf(text).filter((e) => e.type === 'THREAT');

  test('"The Commission has imposed a penalty payment of €40 million on X": the amount does not hide the aimed party', () => {
    const threats = threatsOf('Competition\n\nThe European Commission has imposed a penalty payment of €40 million on Acme Corp for its continued non-compliance with the 2019 decision.\n');
    expect(threats.some((e) => e.source === 'European Commission' && e.targets.includes('Acme Corp'))).toBe(true);
  });

  test('"X announced an expansion of EU sanctions against Y"', () => {
    const threats = threatsOf('Sanctions\n\nPortugal announced an expansion of EU sanctions against Belarus on Tuesday.\n');
    expect(threats.some((e) => e.source === 'Portugal' && e.targets.includes('Belarus'))).toBe(true);
  });

  test('a cut in relations the text reports: "X on Monday expelled Y\'s ambassador", "X has suspended Y\'s membership"', () => {
    const expelled = threatsOf('Envoy\n\nGuatemala on Monday expelled Honduras\' ambassador to Guatemala City.\n');
    expect(expelled.some((e) => e.source === 'Guatemala' && e.targets.includes('Honduras'))).toBe(true);
    const suspended = threatsOf('Bloc\n\nThe Southern African Development Community has suspended Lesotho\'s membership.\n');
    expect(suspended.some((e) => e.targets.includes('Lesotho'))).toBe(true);
    expect(threatsOf('Envoy\n\nGuatemala expelled the ambassador in 2019.\n')).toEqual([]); // history
  });

  test('a cut announced as a noun: "announced Lima\'s expulsion of the Bolivian ambassador"', () => {
    const threats = threatsOf('Envoy\n\nPeruvian Foreign Minister Elmer Schialer announced Lima\'s expulsion of the Bolivian ambassador. Bolivia called the move hostile.\n');
    expect(threats.some((e) => e.source === 'Elmer Schialer' && e.targets.includes('Bolivia'))).toBe(true);
    // the speaker's own side is not the one the cut falls on; a review is no tie with anyone
    expect(threats.some((e) => e.targets.includes('Peru'))).toBe(false);
    expect(threatsOf('Review\n\nThe Chilean Foreign Ministry announced the suspension of its internal review.\n')).toEqual([]);
  });

  test('an order to leave given to a named party: "has ordered Ambassador X to leave the country"', () => {
    const ordered = threatsOf('Envoy\n\nThe Foreign Ministry of Peru says it has ordered Bolivian Ambassador Luis Arce Gómez to leave the country within 72 hours. Bolivia called the move hostile.\n');
    expect(ordered.some((e) => e.source === 'Peru' || e.source === 'Foreign Ministry of Peru')).toBe(true);
    const reported = threatsOf('Envoy\n\nChile on Thursday ordered Bolivia\'s ambassador to leave Santiago. Bolivia called the move hostile.\n');
    expect(reported.some((e) => e.source === 'Chile' && e.targets.includes('Bolivia'))).toBe(true);
    // "the French ambassador" names nobody: the claim is aimed at the state whose ambassador it is
    const asked = threatsOf('Envoys\n\nPeru says it will recall its envoy for consultations and ask the Chilean ambassador to leave Lima. Chile said it regretted the decision.\n');
    expect(asked.some((e) => e.source === 'Peru' && e.targets.includes('Chile'))).toBe(true);
    // residents told to leave their homes are nobody's threatened party
    expect(threatsOf('Flood\n\nMayor Ana Ruiz asked residents of Lima to leave their homes before the flood.\n')).toEqual([]);
  });

  test('"the Norwegian sanctions target 12 officials of X\'s army": the side named in the sanctions\' phrase', () => {
    const threats = threatsOf('Sanctions\n\nThe Norwegian sanctions target 12 officials of Eritrea\'s army.\n');
    expect(threats.some((e) => e.source === 'Norway' && e.targets.includes('Eritrea'))).toBe(true);
  });

  test('"These latest sanctions target X" after the sentence that told of them: their author threatens X', () => {
    const edges = edgesOf('Sanctions on Mali\n\nOSLO — Norway on Monday imposed sanctions on the Malian junta. These latest sanctions target Colonel Issa Diarra, a member of the junta.\n');
    expect(edges.find((e) => e.type === 'THREAT' && e.source === 'Norway' && e.target === 'Issa Diarra')).toBeDefined();
  });

  test('no threat: sanctions that target someone with no author told before', () => {
    const edges = edgesOf('Sanctions on Mali\n\nThe junta met in Bamako on Monday. These latest sanctions target Colonel Issa Diarra, a member of the junta.\n');
    expect(edges.filter((e) => e.type === 'THREAT')).toEqual([]);
  });

  test('"will take action against X", "is taking military action against X": a measure aimed at a named party', () => {
    const will = threatsOf('Measures\n\nNorway will take action against Eritrea\'s navy.\n');
    expect(will.some((e) => e.source === 'Norway' && e.targets.includes('Eritrea'))).toBe(true);
    const taking = threatsOf('Measures\n\nASMARA — Additionally, Ethiopia is taking military action against Eritrea.\n');
    expect(taking.some((e) => e.source === 'Ethiopia' && e.targets.includes('Eritrea'))).toBe(true);
  });

  test('an adverb after a dateline\'s dash is no subject: "ASMARA — Additionally, X imposed sanctions on Y"', () => {
    const threats = threatsOf('Measures\n\nASMARA — Additionally, the United States imposed sanctions on Eritrea.\n');
    expect(threats.some((e) => e.source === 'United States' && e.targets.includes('Eritrea'))).toBe(true);
  });

  test('no threat: action to help, or action on a matter', () => {
    const help = threatsOf('Measures\n\nNorway will take action to help Eritrea\'s farmers.\n');
    expect(help).toEqual([]);
  });

  test('a time between the actor and the verb: "X today imposed", "X on Monday imposed"', () => {
    const today = threatsOf('Sanctions\n\nCanada today imposed sanctions on Haiti over the gang violence.\n');
    expect(today.some((e) => e.source === 'Canada' && e.targets.includes('Haiti'))).toBe(true);
    const dated = threatsOf('Sanctions\n\nAustralia on Monday imposed sanctions on Myanmar.\n');
    expect(dated.some((e) => e.source === 'Australia' && e.targets.includes('Myanmar'))).toBe(true);
  });

  test('a measure decided or planned: "has moved to impose", "has decided to impose ... in October if"', () => {
    const moved = threatsOf('Sanctions\n\nAustralia has moved to impose new sanctions against Iran in response to its missile test earlier this week.\n');
    expect(moved.some((e) => e.source === 'Australia' && e.targets.includes('Iran'))).toBe(true);
    const decided = threatsOf('Sanctions\n\nThe Southern African Development Community has decided to impose sanctions against Madagascar in March if the junta does not hold elections.\n');
    expect(decided.some((e) => e.targets.includes('Madagascar'))).toBe(true);
    expect(threatsOf('Sanctions\n\nAustralia decided to impose sanctions on Iran last year.\n')).toEqual([]); // history
  });

  test('"will level sanctions against", "is suspending military exchanges with"', () => {
    const levelled = threatsOf('Arms\n\nRussia is suspending military exchanges with Norway and will level sanctions against Norwegian companies.\n');
    expect(levelled.some((e) => e.source === 'Russia' && e.targets.includes('Norway'))).toBe(true);
  });

  test('a sanction on parties the sentence leaves unnamed: aimed at those named after it, or at whom the same side threatened before', () => {
    const members = threatsOf('Sanctions\n\nBrazil is imposing sanctions on several members of the ruling council for their role in the crackdown in Paraguay.\n');
    expect(members.some((e) => e.source === 'Brazil' && e.targets.includes('Paraguay'))).toBe(true);
    const dated = threatsOf('Sanctions\n\nNorway has threatened Eritrea with new measures. Norway imposed an arms embargo on Monday.\n');
    expect(dated.filter((e) => e.source === 'Norway' && e.evidence.startsWith('Norway imposed')).map((e) => e.targets)).toEqual([['Eritrea']]);
    // a single surname a title names is the actor ("President Okafor"), its own side no target
    const titled = threatsOf('Sanctions\n\n12 May 2011\n\nPresident Okafor announced an expansion of Nigerian sanctions against the country\'s military rulers.\n');
    expect(titled.map((e) => e.source)).toEqual(['Okafor']);
    expect(titled[0].targets).not.toContain('Nigeria');
  });

  test('no threat: a measure told as the time or reason of something else ("a day after X imposed sanctions")', () => {
    const threats = threatsOf('Sanctions\n\nBolivia recalled its envoy on Thursday, a day after Chile imposed sanctions on the country\'s ruling party.\n');
    expect(threats.some((e) => e.source === 'Chile')).toBe(false);
  });

  test('no threat: measures that need a named aim ("took new measures on Monday")', () => {
    expect(threatsOf('Budget\n\nPeru took new measures on Monday.\n')).toEqual([]);
    expect(threatsOf('Budget\n\nChile introduced new restrictions against the pandemic.\n')).toEqual([]);
  });

  test('no threat: a measure dated in the past, or already in place', () => {
    expect(threatsOf('Steel\n\nPeru imposed tariffs on steel from Chile in 2019.\n')).toEqual([]);
    expect(threatsOf('Steel\n\nPeru imposed tariffs on steel from Chile last year.\n')).toEqual([]);
    expect(threatsOf('Steel\n\nChile said the tariffs Peru had already imposed on its steel were unfair.\n').some((e) => e.source === 'Peru')).toBe(false);
  });
});

// A cut in relations the speaker's side says it makes now or will make, aimed at the party that owns
// its object or is named after it (threat-measure-acts.ts announcedCut, threat-ruptures.ts). Sentences
// written for this test.
describe('a cut the speaker announces', () => {
  const threatsOf = (text: string): Edge[] => edgesOf(`Bloc\n\n${text}\n`).filter((e) => e.type === 'THREAT');

  test('"said it is suspending X\'s membership", "said it will suspend X\'s membership", "has recalled its ambassador from X"', () => {
    expect(threatsOf("The Southern African Development Community said it is suspending Lesotho's membership.").some((e) => e.targets.includes('Lesotho'))).toBe(true);
    expect(threatsOf("The Southern African Development Community said it will suspend Lesotho's membership.").some((e) => e.targets.includes('Lesotho'))).toBe(true);
    expect(threatsOf('Norway said it has recalled its ambassador from Belarus.').some((e) => e.source === 'Norway' && e.targets.includes('Belarus'))).toBe(true);
  });

  test('no threat: a cut aimed at nobody, or made by another side', () => {
    expect(threatsOf('Norway said it is reducing its staff.')).toEqual([]);
    expect(threatsOf("Norway said Belarus is suspending the talks.").some((e) => e.source === 'Norway')).toBe(false);
  });
});
