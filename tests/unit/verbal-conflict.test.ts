// ACCUSATION and REJECTION (src/relations/detectors/accusation.ts, rejection.ts), with sentences
// written for this test: other countries, people and phrasings than the seeds and fixtures.
import { defaultKnowledge } from '../setup/knowledge';
import { validateVerbalConflict } from '../../src/knowledge/verbal-conflict';
import { edgesOf, resolveTexts, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);

describe('ACCUSATION', () => {
  test('an accusation verb: the accuser accuses its object, and it is also a statement', () => {
    const edges = edgesOf('Lima blames Quito\n\nPeru on Monday accused Ecuador of smuggling weapons across the border into the Amazon region.');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ source: 'Peru', target: 'Ecuador' }));
    expect(ofType(edges, 'STATEMENT')).toContainEqual(expect.objectContaining({ source: 'Peru', evidence: expect.stringContaining('accused Ecuador') }));
  });

  test('condemn and denounce by a named minister; words of reproach in a quote', () => {
    const edges = edgesOf(
      'Border row deepens\n\nKenyan Foreign Minister Musalia Mudavadi condemned Somalia for the raid on Tuesday. ' +
        'Somalia’s president Hassan Sheikh Mohamud told reporters that the Kenyan deployment was "an illegal provocation against our people".',
    );
    expect(ofType(edges, 'ACCUSATION')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'Musalia Mudavadi', target: 'Somalia' }),
        expect.objectContaining({ source: 'Hassan Sheikh Mohamud', target: 'Kenya' }),
      ]),
    );
  });

  test('the passive: the agent accuses the subject', () => {
    const edges = edgesOf('Row\n\nArmenia was accused by Azerbaijan of shelling villages near the border.');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ source: 'Azerbaijan', target: 'Armenia' }));
    expect(ofType(edges, 'ACCUSATION').map((e) => e.source)).not.toContain('Armenia');
  });

  test('"is accusing" is no passive', () => {
    const edges = edgesOf('Feud\n\nGuatemalan President Bernardo Arévalo is accusing Honduras of hiding the suspects.');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ source: 'Bernardo Arévalo', target: 'Honduras' }));
  });

  test('an accusation verb that is no verb of saying; ", accusing X of"; "lodged a protest"', () => {
    const edges = edgesOf(
      'Tensions\n\nSweden rebuked Hungary over the delay. ' +
        'The Estonian prime minister wrote a long post on Sunday, accusing Belarus of pushing migrants across the border. ' +
        'Manila lodged a strong protest with Beijing over the collision.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'Sweden', target: 'Hungary' }),
        expect.objectContaining({ target: 'Belarus' }),
        expect.objectContaining({ source: 'Philippines', target: 'China' }),
      ]),
    );
  });

  test('a label that reproaches ("described the exercises as a threat"); "any provocation" reproaches nobody', () => {
    const edges = edgesOf(
      'Drills\n\nIran has repeatedly described the exercises of Saudi Arabia as a threat. ' +
        'The Greek defence minister said the navy would respond to any provocation.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations.map((e) => e.source)).toEqual(['Iran']);
  });

  test('a verb of disapproval CAMEO files under 110 ("deeply regrets"), but not "would regret it", a warning', () => {
    const edges = edgesOf(
      'Row over envoy\n\nChile said it "deeply regrets" Bolivia\'s decision to expel its consul. ' +
        'Turkey warned that Greece would regret it if the islands were armed.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Chile', target: 'Bolivia' }));
    expect(accusations.map((e) => e.source)).not.toContain('Greece');
  });

  test('a label after "as" or "is" reproaches after any verb; not "is not a threat"', () => {
    const edges = edgesOf(
      'Pipeline dispute\n\nColombian President Gustavo Petro rejected the plan from Ecuador as "an attack on our sovereignty". ' +
        'Lithuania said the new Russian base was a direct threat to the region. ' +
        'Norway said the exercise was not a threat to anyone.',
    );
    const sources = ofType(edges, 'ACCUSATION').map((e) => e.source);
    expect(sources).toEqual(expect.arrayContaining(['Gustavo Petro', 'Lithuania']));
    expect(sources).not.toContain('Norway');
  });

  test('a reproach is aimed at the actor nearest before it: "dismissed Chile\'s offer as a farce"', () => {
    const edges = edgesOf('Talks refused\n\nIn a statement carried by Andina, Peru dismissed Chile\'s offer of talks as "a cynical farce".');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ source: 'Peru', target: 'Chile' }));
  });

  test('nouns of accusation: "allegations by X against Y", "levelled charges against"; "allegations of Russian meddling" are nobody\'s', () => {
    const edges = edgesOf(
      'Border dispute\n\nAllegations by Armenia against Azerbaijan grew on Monday. ' +
        'Ecuador levelled charges against Peru over the border raid. ' +
        'Accusations of Russian meddling dominated the campaign.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'Armenia', target: 'Azerbaijan' }),
        expect.objectContaining({ source: 'Ecuador', target: 'Peru' }),
      ]),
    );
    expect(accusations.map((e) => e.source)).not.toContain('Russia');
  });

  test('"held X responsible" (CAMEO hold * responsible); "Y is to blame" is the speaker\'s reproach of Y', () => {
    const edges = edgesOf(
      'Talks collapse\n\nChile held Bolivia responsible for the collapse of the talks. ' +
        'Morocco said Algeria was to blame for the crisis.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'Chile', target: 'Bolivia' }),
        expect.objectContaining({ source: 'Morocco', target: 'Algeria' }),
      ]),
    );
    expect(accusations.map((e) => e.source)).not.toContain('Algeria');
  });

  test('words of reproach: "deliberately targeted", "indiscriminate shelling"', () => {
    const edges = edgesOf('Coast clash\n\nSenegal said Gambian patrol boats had deliberately rammed its fishing boats near the estuary.');
    expect(ofType(edges, 'ACCUSATION').map((e) => e.source)).toContain('Senegal');
  });

  test('the subject of a clause is not the one its reproach is aimed at: "Sweden would no longer appease despots"', () => {
    const edges = edgesOf('Baltic security\n\nThe analyst Jonas Berg said Sweden would no longer appease despots such as Alexander Lukashenko.');
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations.length).toBe(1);
    expect(accusations[0].target).toBe('Alexander Lukashenko');
  });

  test('a hostile intent ascribed to another actor accuses it; "does not want war" accuses nobody', () => {
    const edges = edgesOf(
      'Border tension\n\nBelarus said on Friday that Lithuania was "secretly preparing an attack" on its territory. ' +
        'Armenia said it did not want war with Azerbaijan.',
    );
    const accusations = ofType(edges, 'ACCUSATION');
    expect(accusations).toContainEqual(expect.objectContaining({ source: 'Belarus', target: 'Lithuania' }));
    expect(accusations.map((e) => e.source)).not.toContain('Armenia');
  });

  test('a plain statement accuses nobody', () => {
    const edges = edgesOf('Talks resume\n\nChile said on Friday that its delegation would travel to Buenos Aires for the next round of talks with Argentina.');
    expect(ofType(edges, 'ACCUSATION')).toEqual([]);
    expect(ofType(edges, 'STATEMENT').length).toBeGreaterThan(0);
  });
});

describe('REJECTION', () => {
  test('a rejection verb: the rejecting side, aimed at whose proposal it is', () => {
    const edges = edgesOf('Offer turned down\n\nIndonesia rejected Australia\'s offer of a joint patrol in the Timor Sea, a foreign ministry spokesman said.');
    expect(ofType(edges, 'REJECTION')).toContainEqual(expect.objectContaining({ source: 'Indonesia', target: 'Australia' }));
  });

  test('dismiss, deny and "ruled out"; a negated acceptance in the words', () => {
    const edges = edgesOf(
      'No deal\n\nGhana denied the reports on Thursday. ' +
        'Nigerian President Bola Tinubu ruled out any talks with the junta in Niger. ' +
        'Norway said it "will not accept any quota imposed by Iceland".',
    );
    const rejections = ofType(edges, 'REJECTION');
    expect(rejections.map((e) => e.source)).toEqual(expect.arrayContaining(['Ghana', 'Bola Tinubu', 'Norway']));
    expect(rejections).toContainEqual(expect.objectContaining({ source: 'Norway', target: 'Iceland' }));
  });

  test('declining to comment, or a negated rejection, rejects nothing', () => {
    const edges = edgesOf('Silence\n\nPortugal refused to comment on the report. Spain did not reject the request from Morocco.');
    expect(ofType(edges, 'REJECTION')).toEqual([]);
  });

  test('"did not rule out", "will not tolerate attacks", "if it turns down": no rejection', () => {
    const edges = edgesOf(
      'Warnings\n\nThe Turkish foreign minister did not rule out that Ankara would close the straits. ' +
        'Egypt said it would not tolerate attacks on its ships in the Red Sea. ' +
        'Brazil wrote that Bolivia would regret it if it turns down the offer.',
    );
    expect(ofType(edges, 'REJECTION')).toEqual([]);
  });

  test('someone else\'s rejection in the words is theirs; the speaker\'s own side is the speaker\'s too', () => {
    const edges = edgesOf(
      'Talks stall\n\nThe Thai foreign minister said Cambodia had rejected the proposal from Malaysia. ' +
        'Chilean President Gabriel Boric said Chile had ruled out any new border talks with Bolivia.',
    );
    const rejections = ofType(edges, 'REJECTION');
    expect(rejections).toContainEqual(expect.objectContaining({ source: 'Cambodia', target: 'Malaysia' }));
    expect(rejections.map((e) => e.source)).not.toContain('Maris Sangiampongsa');
    expect(rejections.map((e) => e.source)).toContain('Gabriel Boric');
  });

  test('every actor of a coordinated subject rejects; a verb that is no verb of saying too', () => {
    const edges = edgesOf(
      'Plan stalls\n\nThe summit ended without a deal after Latvia and Lithuania refused to sign it. ' +
        'Both Peru and the United States have spurned the offer from Venezuela. ' +
        'Kenya turned down the proposal by Uganda.',
    );
    const sources = ofType(edges, 'REJECTION').map((e) => e.source);
    expect(sources).toEqual(expect.arrayContaining(['Latvia', 'Lithuania', 'Peru', 'United States', 'Kenya']));
    expect(ofType(edges, 'REJECTION')).toContainEqual(expect.objectContaining({ source: 'Kenya', target: 'Uganda' }));
  });

  test('words that deny a claim: "the allegations were fabrications"', () => {
    const edges = edgesOf('Denial\n\nThe Moroccan government spokesman told reporters that the allegations from Algeria were "baseless fabrications".');
    expect(ofType(edges, 'REJECTION').length).toBe(1);
  });

  test('"called the vote a sham", "said the documents were fake": the speaker rejects them', () => {
    const edges = edgesOf(
      'Vote disputed\n\nZambian opposition leader Hakainde Hichilema called the count a "sham" on Monday. ' +
        'Venezuelan President Nicolás Maduro said the documents from Guyana were fake.',
    );
    expect(ofType(edges, 'REJECTION').map((e) => e.source)).toEqual(expect.arrayContaining(['Hakainde Hichilema', 'Nicolás Maduro']));
  });

  test('"lies" as a verb denies nothing: "the responsibility lies with"', () => {
    const edges = edgesOf('Blame\n\nArmenia said the responsibility for the clashes lies with Azerbaijan.');
    expect(ofType(edges, 'REJECTION')).toEqual([]);
  });

  test('a rejection answers whoever made the proposal or claim it names ("rejected the offer", "dismissed the accusations")', () => {
    const edges = edgesOf(
      'Strait row\n\nMalaysia offered a joint patrol of the Strait of Malacca on Monday. Two days later, Indonesia rejected the offer. ' +
        'Kenya accused Uganda of arming rebels in the north. Uganda dismissed the accusations on Wednesday.',
    );
    const rejections = ofType(edges, 'REJECTION');
    expect(rejections).toContainEqual(expect.objectContaining({ source: 'Indonesia', target: 'Malaysia' }));
    expect(rejections).toContainEqual(expect.objectContaining({ source: 'Uganda', target: 'Kenya' }));
  });

  test('the author of the answered offer is an inferred target, and the edge says so', () => {
    const { articles, nodes } = resolveTexts(['Strait row\n\nMalaysia offered a joint patrol of the Strait of Malacca on Monday. Two days later, Indonesia rejected the offer.']);
    const rejection = articles[0].relations.find((r) => r.type === 'REJECTION');
    expect(nodes.get(rejection?.target ?? '')?.name).toBe('Malaysia');
    expect(rejection?.targetFrom).toBe('earlier claim');
  });

  test('a negated acceptance by an actor is its rejection; in a speaker\'s words about the own side, the speaker\'s alone', () => {
    const edges = edgesOf(
      'Quota row\n\nHungary would not accept the quota demanded by the Commission. ' +
        'Polish Foreign Minister Radoslaw Sikorski said Warsaw would not support the new fishing quotas.',
    );
    const sources = ofType(edges, 'REJECTION').map((e) => e.source);
    expect(sources).toContain('Hungary');
    expect(sources).toContain('Radosław Sikorski');
    expect(sources).not.toContain('Poland');
  });

  test('a rejection named by a noun: "Hanoi\'s refusal"', () => {
    const edges = edgesOf('Deadlock\n\nThe talks collapsed over Vietnam\'s refusal of the Chinese proposal.');
    expect(ofType(edges, 'REJECTION')).toContainEqual(expect.objectContaining({ source: 'Vietnam' }));
  });
});

describe('knowledge/en/verbal-conflict.json', () => {
  test('is checked field by field', () => {
    const accusation = { verbs: ['accuse'], reproaches: [], nouns: [], supportVerbs: [], hypothetical: [], future: [], notCues: [], objectVerbs: [], intentVerbs: [], intentObjects: [], misdeeds: [], unrealised: [], aims: [], reactions: [], reactionPrepositions: [], punishments: { verbs: [], prepositions: [] }, targetPrepositions: [], placePrepositions: [], sorrowVerbs: [], cleftSubjects: [], cleftRelatives: [], blame: { predicates: [], verbs: [], verbObjects: [], harms: [] }, labelVerbs: [], labels: [] };
    const rejection = { verbs: [], notBefore: [], abilityNouns: [], withholdVerbs: [], objectVerbs: [], negated: [], objects: [], dismissals: [], harmObjects: [], nouns: [], stanceNouns: [], answeredProposals: [], answeredClaims: [], denials: [], noneAnswers: [] };
    expect(() => validateVerbalConflict({ conditionals: [], accusation }, 'x.json')).toThrow(/x.json: 'rejection' must be an object/);
    expect(() => validateVerbalConflict({ conditionals: [], accusation: { ...accusation, verbs: ['Accuse'] }, rejection }, 'x.json')).toThrow(/accusation.verbs' must be a list of lower-case words/);
    expect(() => validateVerbalConflict({ conditionals: [], accusation, rejection: { ...rejection, dismissals: 'lies' } }, 'x.json')).toThrow(/rejection.dismissals' must be a list/);
    expect(() => validateVerbalConflict({ accusation, rejection }, 'x.json')).toThrow(/'conditionals' must be a list/);
    expect(validateVerbalConflict({ conditionals: ['if'], accusation, rejection }, 'x.json').accusation.verbs.has('accuse')).toBe(true);
    expect(defaultKnowledge().verbalConflict.rejection.verbs.has('reject')).toBe(true);
  });
});
