// Threats named by a noun of force (force-acts.json "nouns", from the objects of CAMEO 13
// patterns), threats issued as an ultimatum or a warning aimed at someone, and threats named
// inside someone else's quote — with sentences written for this test: other countries, people
// and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';
import { defaultKnowledge } from '../setup/knowledge';

const threats = (edges: Edge[]): Edge[] => edges.filter((e) => e.type === 'THREAT');
const threatIn = (edges: Edge[], words: string): Edge | undefined => threats(edges).find((e) => e.evidence.includes(words));

describe('a stated intent to do an act a noun of force names', () => {
  test('"would launch a ground offensive", "is ready to carry out retaliatory strikes", "will unleash hell"', () => {
    const edges = edgesOf(
      'Border dispute\n\nEritrean President Isaias Afwerki said on Monday that Eritrea would launch a ground offensive against Ethiopia. ' +
        'Afwerki said Eritrea was ready to carry out retaliatory strikes on Ethiopia. ' +
        'Afwerki said Eritrea will unleash hell on Ethiopia if its soldiers cross the river.',
    );
    for (const words of ['ground offensive', 'retaliatory strikes', 'unleash hell']) {
      expect(threatIn(edges, words)).toEqual(expect.objectContaining({ source: 'Isaias Afwerki', target: 'Ethiopia' }));
    }
  });

  test('no threat: no act of force, a negation, the other side as subject', () => {
    const edges = edgesOf(
      'Border dispute\n\nEritrean President Isaias Afwerki said on Monday that Eritrea would launch a peace initiative with Ethiopia. ' +
        'Afwerki said Eritrea would not launch an offensive against Ethiopia. ' +
        'Afwerki said Ethiopia would launch an offensive against Eritrea within days.',
    );
    expect(threats(edges)).toEqual([]);
  });

  test('a promise whose object is an act of force: "vowed revenge", "pledged swift retaliation"; not "pledged aid"', () => {
    const edges = edgesOf(
      'Raids\n\nThe Arakan Army vowed revenge against Myanmar on Sunday. ' +
        'Bangladesh pledged swift military action against Myanmar. ' +
        'Thailand pledged humanitarian aid to Myanmar.',
    );
    expect(threatIn(edges, 'vowed revenge')).toEqual(expect.objectContaining({ source: 'Arakan Army', target: 'Myanmar' }));
    expect(threatIn(edges, 'swift military action')).toEqual(expect.objectContaining({ source: 'Bangladesh', target: 'Myanmar' }));
    expect(threatIn(edges, 'humanitarian aid')).toBeUndefined();
  });

  test('the nouns of force come from the CAMEO 13 patterns, less the loose ones', () => {
    const nouns = defaultKnowledge().threatFrames.forceNouns.map((n) => n.join(' '));
    expect(nouns).toEqual(expect.arrayContaining(['offensive', 'revenge', 'embargo', 'military intervention', 'war']));
    expect(nouns).not.toContain('debate');
    expect(nouns).not.toContain('aid');
  });
});

describe('a threat its author issues as an ultimatum or an aimed warning (CAMEO 139, 130)', () => {
  test('"issued an ultimatum", "gave X an ultimatum", "sent a stern warning to X"; a warning about the weather is none', () => {
    const edges = edgesOf(
      'Standoff\n\nArmenian Prime Minister Nikol Pashinyan issued an ultimatum to Azerbaijan on Friday. ' +
        'Iran gave Azerbaijan an ultimatum. ' +
        'Turkey sent a stern warning to Armenia with the naval drills. ' +
        'The Georgian National Environment Agency issued a warning about heavy snow in Georgia.',
    );
    expect(threatIn(edges, 'issued an ultimatum')).toEqual(expect.objectContaining({ source: 'Nikol Pashinyan', target: 'Azerbaijan' }));
    expect(threatIn(edges, 'gave Azerbaijan')).toEqual(expect.objectContaining({ source: 'Iran', target: 'Azerbaijan' }));
    expect(threatIn(edges, 'stern warning')).toEqual(expect.objectContaining({ source: 'Turkey', target: 'Armenia' }));
    expect(threatIn(edges, 'heavy snow')).toBeUndefined();
  });
});

describe("a threat named inside someone else's quote is its author's", () => {
  test('"... in answer to Vietnam\'s threat of new port fees," the minister said', () => {
    const edges = edgesOf(
      'Shipping row\n\nPhilippine Trade Secretary Cristina Roque spoke on Tuesday. ' +
        '"The President will answer Vietnam\'s recent threat of new port fees with a formal complaint, and we expect talks to begin soon," Roque said.',
    );
    expect(threats(edges)).toContainEqual(expect.objectContaining({ source: 'Vietnam' }));
  });
});

describe('threats with no clause of their own: the passive, and an act meant as a warning', () => {
  test('"X was threatened with sanctions by Y", "has been warned by Y": Y threatens X', () => {
    const edges = edgesOf(
      'Pressure\n\nMoldova was threatened with an energy embargo by Russia on Friday. ' +
        'Serbia has been warned by Croatia against closing the crossing.',
    );
    expect(threatIn(edges, 'energy embargo')).toEqual(expect.objectContaining({ source: 'Russia', target: 'Moldova' }));
    expect(threatIn(edges, 'warned by Croatia')).toEqual(expect.objectContaining({ source: 'Croatia', target: 'Serbia' }));
    expect(threats(edges).filter((e) => e.source === 'Moldova' || e.source === 'Serbia')).toEqual([]);
  });

  test('"moved troops to the border with X as a warning", "in a show of force"; not a threat with no named author', () => {
    const edges = edgesOf(
      'Standoff\n\nSudan moved tanks to the border with Chad as a warning on Tuesday. ' +
        'Egypt sailed two frigates past Eritrea in a show of force. ' +
        'The drills were held as a warning, a local newspaper wrote.',
    );
    expect(threatIn(edges, 'as a warning on Tuesday')).toEqual(expect.objectContaining({ source: 'Sudan', target: 'Chad' }));
    expect(threatIn(edges, 'show of force')).toEqual(expect.objectContaining({ source: 'Egypt', target: 'Eritrea' }));
    expect(threatIn(edges, 'drills were held')).toBeUndefined();
  });
});

describe('a show of force (CAMEO 154) and promises of force', () => {
  test('"if he does not step down, we are going to use the army": a condition before the act; "use the army to deliver food" threatens nobody', () => {
    const edges = edgesOf(
      'Island standoff\n\nGovernment spokesman Omar Said told reporters: "If he does not step down, then we are going to use the army on the island." ' +
        'Said added that the government will use the army to deliver food to the flooded villages.',
    );
    expect(threatIn(edges, 'use the army on the island')).toEqual(expect.objectContaining({ source: 'Omar Said' }));
    expect(threatIn(edges, 'deliver food')).toBeUndefined();
  });

  test('"pledged to send troops to the border if ...", "would deploy its army unless ..." threaten; "to help" offers', () => {
    const edges = edgesOf(
      'Border tension\n\nArmenian Prime Minister Nikol Pashinyan pledged to send more troops to the Azerbaijani border "if the Azerbaijanis continue their provocations". ' +
        'Pashinyan said Armenia would deploy its army along the border unless Azerbaijan withdraws. ' +
        'Pashinyan pledged to send troops to help Georgia after the floods.',
    );
    expect(threatIn(edges, 'Azerbaijani border')).toEqual(expect.objectContaining({ source: 'Nikol Pashinyan' }));
    expect(threatIn(edges, 'deploy its army')).toEqual(expect.objectContaining({ source: 'Nikol Pashinyan', target: 'Azerbaijan' }));
    expect(threatIn(edges, 'help Georgia')).toBeUndefined();
    expect(edges).toContainEqual(expect.objectContaining({ type: 'PROPOSAL', source: 'Nikol Pashinyan', target: 'Georgia' }));
  });

  test('"promised to strike back", "would consider military action"; not "would begin a war crimes inquiry"', () => {
    const edges = edgesOf(
      'Border tension\n\nArmenian Prime Minister Nikol Pashinyan promised to strike back at Azerbaijan. ' +
        'Pashinyan said Armenia would consider military action against Azerbaijan. ' +
        'Pashinyan said Armenia would begin a war crimes inquiry into the shelling by Azerbaijan.',
    );
    expect(threatIn(edges, 'strike back')).toEqual(expect.objectContaining({ target: 'Azerbaijan' }));
    expect(threatIn(edges, 'consider military action')).toEqual(expect.objectContaining({ target: 'Azerbaijan' }));
    expect(threatIn(edges, 'war crimes inquiry')).toBeUndefined();
  });

  test('the show of force comes from CAMEO 154', () => {
    const { postureVerbs, military } = defaultKnowledge().threatFrames;
    expect(postureVerbs).toContainEqual(['deploy']);
    expect(postureVerbs).toContainEqual(['mobilize']);
    expect(military).toContainEqual(['troops']);
  });
});

describe('readiness to use force and consequences however phrased', () => {
  test('"would not rule out military action", "ready for war", "all options remain on the table", "will not sit idly by", "will be held accountable", "could use nuclear weapons", "would continue its offensive"', () => {
    const edges = edgesOf(
      'Fishing dispute\n\nPeruvian President Dina Boluarte spoke about Chile on Monday. ' +
        'Boluarte said Peru would not rule out military action against Chile. ' +
        'Boluarte said Peru was ready for war with Chile. ' +
        'Boluarte said all options remain on the table regarding Chile. ' +
        'Peru will not sit idly by, Boluarte said of Chile. ' +
        'Boluarte said those responsible in Chile will be held accountable. ' +
        'Boluarte said Peru would continue its offensive against the pirates based in Chile.',
    );
    for (const words of ['rule out military action', 'ready for war', 'remain on the table', 'sit idly by', 'held accountable', 'continue its offensive']) {
      expect(threatIn(edges, words)).toEqual(expect.objectContaining({ source: 'Dina Boluarte', target: 'Chile' }));
    }
  });

  test('"we will not wait indefinitely" for a party to comply is a threat; a team that will not wait for a train is none', () => {
    const edges = edgesOf(
      'Inspections\n\nFrench Foreign Minister Luc Marceau said Libya must let the inspectors back in. "We will not wait indefinitely," Marceau said. ' +
        'The team will not wait forever for the delayed train, its coach Ana Ruiz said.',
    );
    expect(threatIn(edges, 'wait indefinitely')).toEqual(expect.objectContaining({ source: 'Luc Marceau' }));
    expect(threatIn(edges, 'delayed train')).toBeUndefined();
  });

  test('a spokesman\'s "President X would veto the bill" is the spokesman\'s threat: the head of their own state speaks through them', () => {
    const edges = edgesOf(
      'Trade fight\n\nPresident Emmanuel Macron spoke in Lyon on Monday.\n\nFrench government spokesman Paul Girard said President Macron would veto any deal that cut farm subsidies. ' +
        '"If it were to pass, the president would veto it," Girard said.\n',
    );
    expect(threatIn(edges, 'would veto any deal')).toEqual(expect.objectContaining({ source: 'Paul Girard' }));
    expect(threatIn(edges, 'If it were to pass')).toEqual(expect.objectContaining({ source: 'Paul Girard' }));
  });

  test('no threat: the other side ready for war, a task force, peace talks continued', () => {
    const edges = edgesOf(
      'Fishing dispute\n\nPeruvian President Dina Boluarte spoke about Chile on Monday. ' +
        'Boluarte said Peru would launch a task force on fishing with Chile. ' +
        'Boluarte said Peru would continue its talks with Chile.',
    );
    expect(threats(edges)).toEqual([]);
  });
});

describe('a slide into war of whatever size (threat-frames.json escalations)', () => {
  test('"any incursion by X will escalate into an all-out war", "would spark a wider regional conflict"', () => {
    const edges = edgesOf(
      'Border\n\nEthiopia warned that any incursion by Eritrea will escalate into an all-out war. ' +
        'Armenia said a blockade by Azerbaijan would spark a wider regional conflict.',
    );
    expect(threatIn(edges, 'all-out war')).toEqual(expect.objectContaining({ source: 'Ethiopia', target: 'Eritrea' }));
    expect(threatIn(edges, 'regional conflict')).toEqual(expect.objectContaining({ source: 'Armenia', target: 'Azerbaijan' }));
  });

  test('no threat: a war that happened, words that are no description between the verb and the war, a state of affairs that slides by itself', () => {
    const edges = edgesOf(
      'Border\n\nEthiopia said the incursion by Eritrea in 1998 led to a war. ' +
        'Armenia said the blockade by Azerbaijan would lead to talks about the war. ' +
        'Ghana said the standoff could escalate into a regional war.',
    );
    expect(threats(edges)).toEqual([]);
  });

  test('under a condition a slide into war threatens too: "if fighting resumes, it will lead to a nuclear war"', () => {
    const edges = edgesOf('Border\n\nPakistan warned India that if fighting resumes, it will lead to a nuclear war.');
    expect(threatIn(edges, 'nuclear war')).toEqual(expect.objectContaining({ source: 'Pakistan', target: 'India' }));
  });
});

describe('an order to forces to make ready for war (CAMEO 13 "issue * orders", 15 alert status)', () => {
  test('"ordered the army to prepare for war with X", "issued an order that the units be combat ready", also inside a quote; not an order to prepare for an election', () => {
    const edges = edgesOf(
      'Alert\n\nArmenian Prime Minister Nikol Pashinyan ordered the army to prepare for war with Azerbaijan. ' +
        'The agency wrote: "Ilham Aliyev issued an order that the border units should be fully combat ready." ' +
        'Georgian Prime Minister Irakli Kobakhidze ordered the police to prepare for the elections.',
    );
    expect(threatIn(edges, 'prepare for war')).toEqual(expect.objectContaining({ source: 'Nikol Pashinyan', target: 'Azerbaijan' }));
    expect(threatIn(edges, 'combat ready')).toEqual(expect.objectContaining({ source: 'Ilham Aliyev' }));
    expect(threatIn(edges, 'elections')).toBeUndefined();
  });
});

describe('a speaker whose side the article never gives speaks for the state that is the subject', () => {
  test('"spokesperson X said Brasilia would sternly respond to any incursion by Venezuela": X threatens Venezuela, not Brazil', () => {
    const edges = edgesOf(
      'Border\n\n"The incursions must stop," presidential spokesperson Carla Dias told reporters on Monday, adding that Brasilia would "sternly respond" to any incursion by Venezuela.',
    );
    expect(threats(edges)).toContainEqual(expect.objectContaining({ source: 'Carla Dias', target: 'Venezuela' }));
  });
});
