// Threats said as intent or condition (src/relations/detectors/threat-frames.ts), with sentences
// written for this test: other countries, people and phrasings than the seeds and fixtures.
import { defaultKnowledge } from '../setup/knowledge';
import { validateForceActs } from '../../src/knowledge/force-acts';
import { validateThreatFrames } from '../../src/knowledge/threat-frames';
import { edgesOf, type Edge } from '../setup/extract-text';

const threats = (edges: Edge[]): Edge[] => edges.filter((e) => e.type === 'THREAT');
const threatIn = (edges: Edge[], words: string): Edge | undefined => threats(edges).find((e) => e.evidence.includes(words));

describe('THREAT as stated intent: a marker, the speaker side as subject, a verb of force', () => {
  test('"will respond to any attack", "is prepared to retaliate", "reserves the right to", "would block"', () => {
    const edges = edgesOf(
      'Naval standoff\n\nKenyan President William Ruto said on Monday that Kenya will respond to any attack on its ships. ' +
        'Ruto said Kenya was prepared to retaliate against Somalia. ' +
        'Ruto said his government reserves the right to strike back at Somalia. ' +
        'Ruto said Kenya would block the pipeline deal with Somalia.',
    );
    for (const words of ['will respond to any attack', 'prepared to retaliate', 'reserves the right', 'would block']) {
      expect(threatIn(edges, words)).toEqual(expect.objectContaining({ source: 'William Ruto' }));
    }
    expect(threatIn(edges, 'prepared to retaliate')).toEqual(expect.objectContaining({ target: 'Somalia' }));
  });

  test('the verb of force may itself be the verb the speaker is found by: "Chile will respond to any incursion"', () => {
    const edges = edgesOf('Fishing row\n\nChile will respond to any incursion by Peru, Chilean Foreign Minister Alberto van Klaveren said on Sunday.');
    expect(threats(edges)).toContainEqual(expect.objectContaining({ target: 'Peru' }));
  });

  test('no threat: a thing as subject, another side as subject, a negation, a passive, a question answered', () => {
    const edges = edgesOf(
      'Markets\n\nKenyan President William Ruto said on Monday that prices would rise in Somalia. ' +
        'Ruto said the storm could flatten the harbour in Mogadishu. ' +
        'Ruto said Somalia would attack Kenya within a week. ' +
        'Ruto said Kenya would not attack Somalia. ' +
        'Ruto said the Kenyan navy would be attacked by Somalia. ' +
        'Ruto said Kenya would respond to questions from Somalia on Tuesday.',
    );
    expect(threats(edges)).toEqual([]);
  });

  test('harm the speaker wants ended, refused or avoided is no threat', () => {
    const edges = edgesOf(
      'Call for calm\n\nPeruvian Foreign Minister Elmer Schialer urged Ecuador to cease its military action against Colombia. ' +
        'Schialer said Peru had refused to impose sanctions on Bolivia.',
    );
    expect(threats(edges)).toEqual([]);
  });
});

describe('THREAT as a stated consequence', () => {
  test('"would be a very bad day", "will not go unanswered", "could spark war", "will not stand for", "means war"', () => {
    const edges = edgesOf(
      'Warnings\n\nBrazilian President Luiz Inácio Lula da Silva spoke to reporters about Venezuela on Friday. ' +
        '"If they cross into Guyana, it would be a very bad day for them," Lula said of Venezuela. ' +
        '"We will not let this provocation go unanswered," Lula told Venezuela. ' +
        'Lula said any incursion into Roraima could spark war with Venezuela. ' +
        '"Brazil will not stand for such actions," Lula said of Venezuela. ' +
        '"Annexation means war," Lula said of Venezuela.',
    );
    for (const words of ['very bad day', 'go unanswered', 'spark war', 'not stand for', 'means war']) {
      expect(threatIn(edges, words)).toEqual(expect.objectContaining({ source: 'Luiz Inácio Lula da Silva' }));
    }
  });

  test('the medium the words were told to is never the threatened party', () => {
    const edges = edgesOf('Cable cut\n\nEstonian Prime Minister Kristen Michal told the BBC that Estonia "will not tolerate attacks on our cables".');
    const threat = threats(edges)[0];
    expect(threat).toBeDefined();
    expect(threat.target).not.toBe('BBC');
  });
});

describe('THREAT named by a noun its author issues (CAMEO 13 patterns: "issue * warning", "step up * threats")', () => {
  test('"responded with threats to impose tariffs", "stepped up its threats against"; not when dismissed or denied', () => {
    const edges = edgesOf(
      'Trade row\n\nIndonesia has chosen to respond so far with threats to impose tariffs on palm oil from Malaysia. ' +
        'Vietnam stepped up its threats against Cambodia on Monday. ' +
        'Thailand dismissed the threats from Laos. ' +
        'Singapore made no threats against Brunei.',
    );
    expect(threats(edges)).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'Indonesia', target: 'Malaysia' }), expect.objectContaining({ source: 'Vietnam', target: 'Cambodia' })]),
    );
    expect(threats(edges).map((e) => e.source)).not.toEqual(expect.arrayContaining(['Thailand']));
    expect(threats(edges).map((e) => e.source)).not.toEqual(expect.arrayContaining(['Singapore']));
  });
});

describe('knowledge/en/threat-frames.json and force-acts.json', () => {
  test('load with verbs of force derived from CAMEO 16-20', () => {
    const frames = defaultKnowledge().threatFrames;
    expect(frames.forceVerbs.has('retaliate')).toBe(true);
    expect(frames.forceVerbs.has('take')).toBe(false); // too loose in news
    expect(frames.phrasalForce).toContainEqual(['hit', 'back']);
  });

  test('are checked field by field', () => {
    const force = { families: ['19'], verbs: ['strike'], issuing: ['issue'], nouns: ['offensive', 'military action'], posture: { verbs: ['deploy'], military: ['troops'] }, ruptures: { verbs: ['sever'], objects: ['ties'] } };
    const good = {
      intentMarkers: [['will']], reach: 3, consequences: [], fates: [['be', 'wiped', 'out']], eitherPolarity: [], acts: [], possessives: ['our'], notForceBefore: {}, cessation: ['stop'],
      actVerbs: [['launch'], ['carry', 'out']], promiseVerbs: ['vow'], nounGap: 3, issuedNouns: ['ultimatum'], aimedNouns: ['warning'], aimedBy: ['to'], severeWarnings: ['grave'], warningActs: [['show', 'of', 'force']], agentWords: ['by'], orderWords: ['order'], readiness: [['combat', 'ready']], standingReadiness: [['ready', 'to']], orderReach: 20,
      openedCessation: ['rule'], intensifiers: ['heavy'], severity: ['tough'], responseNouns: ['response'], sufferVerbs: ['face'], penalties: ['fines'], aimedOnly: ['measures'], aimers: ['against'], disposalWords: ['disposal'], reliefVerbs: ['help'], aimReach: 4,
      objectVerbs: ['impose'], chainVerbs: ['continue'], responses: { verbs: [['deal', 'with']], objects: ['provocation'], reach: 4 }, conditionalActs: ['act'], combatActs: ['fight'], conditionalCuts: ['close'], exposureVerbs: ['face'], conditionPhrases: [['in', 'case']], accountable: ['accountable'], prospects: { verbs: [['raise']], nouns: ['prospect'], direct: [['hint', 'at']] }, ultimatumUnits: ['hours'],
      designations: { verbs: ['designate'], labels: ['terrorist'] }, designationReach: 10,
      ultimatums: { turns: [['or'], ['otherwise']], paired: ['or'], openers: ['either'] }, forfeits: { verbs: ['lose'], objects: ['licence'] }, outcomes: { verbs: [['result', 'in']], words: ['revoked'], reach: 8 }, escalations: { verbs: [['escalate', 'into']], nouns: ['war'], reach: 4 },
      sanctionActs: { verbs: [['announce']], nouns: [['sanctions'], ['arms', 'embargo']], aimers: ['on'] },
      deadlineWords: ['within'], sanctioningVerbs: ['sanction'], sanctionReasons: ['over'], preventions: ['allow'], victimVerbs: ['suffer'], obligationMarkers: ['must'], negatedStops: ['stop'], measureContainers: ['package'], measureTargetVerbs: ['target'], pastMarkers: ['ago'], ultimatumGivers: ['give'], untilWords: ['until'], measureCalls: ['call'],
      demands: { openers: ['unless'], conditions: ['if'], failures: ['fail'], whiles: [['as', 'long', 'as']], persistence: ['continue'], reach: 8, modals: ['will'] },
      nominalRuptures: { verbs: ['announce'], nouns: ['expulsion'] }, expulsionOrders: { verbs: ['order'], leave: ['leave'], reach: 6 },
    };
    expect(validateThreatFrames(good, 'f.json', force, 'g.json').forceVerbs.has('strike')).toBe(true);
    expect(() => validateThreatFrames({ ...good, reach: 'three' }, 'f.json', force, 'g.json')).toThrow(/f\.json: 'reach'/);
    expect(() => validateThreatFrames({ ...good, fates: ['wiped out'] }, 'f.json', force, 'g.json')).toThrow(/'fates\[0\]'/);
    expect(() => validateThreatFrames({ ...good, intentMarkers: [['Will']] }, 'f.json', force, 'g.json')).toThrow(/intentMarkers\[0\]/);
    expect(() => validateThreatFrames({ ...good, extra: [] }, 'f.json', force, 'g.json')).toThrow(/unknown field 'extra'/);
    expect(validateThreatFrames(good, 'f.json', force, 'g.json').forceNouns).toContainEqual(['military', 'action']);
    expect(() => validateThreatFrames({ ...good, orderReach: 0 }, 'f.json', force, 'g.json')).toThrow(/'orderReach'/);
    expect(() => validateThreatFrames({ ...good, nounGap: 9 }, 'f.json', force, 'g.json')).toThrow(/'nounGap'/);
    expect(() => validateThreatFrames({ ...good, actVerbs: ['launch'] }, 'f.json', force, 'g.json')).toThrow(/actVerbs\[0\]/);
    expect(() => validateThreatFrames({ ...good, aimedBy: 'to' }, 'f.json', force, 'g.json')).toThrow(/'aimedBy'/);
    expect(() => validateThreatFrames({ ...good, sanctionActs: { verbs: [['announce']], nouns: [['sanctions']] } }, 'f.json', force, 'g.json')).toThrow(/'sanctionActs'/);
    expect(validateThreatFrames(good, 'f.json', force, 'g.json').sanctionNouns).toContainEqual(['arms', 'embargo']);
    expect(() => validateThreatFrames({ ...good, demands: { ...good.demands, reach: 0 } }, 'f.json', force, 'g.json')).toThrow(/'demands.reach'/);
    expect(validateThreatFrames(good, 'f.json', force, 'g.json').demandWhiles).toContainEqual(['as', 'long', 'as']);
    expect(() => validateThreatFrames({ ...good, demands: { ...good.demands, modals: ['Will'] } }, 'f.json', force, 'g.json')).toThrow(/'demands'.*'modals'/);
    expect(() => validateThreatFrames({ ...good, nominalRuptures: { verbs: ['announce'] } }, 'f.json', force, 'g.json')).toThrow(/'nominalRuptures'/);
    expect(() => validateThreatFrames({ ...good, expulsionOrders: { ...good.expulsionOrders, reach: 0 } }, 'f.json', force, 'g.json')).toThrow(/'expulsionOrders.reach'/);
    expect(validateThreatFrames(good, 'f.json', force, 'g.json').ruptureNouns.has('expulsion')).toBe(true);
    expect(() => validateThreatFrames({ ...good, exposureVerbs: ['Face'] }, 'f.json', force, 'g.json')).toThrow(/'exposureVerbs'/);
    expect(() => validateThreatFrames({ ...good, sanctioningVerbs: ['Sanction'] }, 'f.json', force, 'g.json')).toThrow(/'sanctioningVerbs'/);
    expect(() => validateForceActs({ ...force, nouns: ['Offensive'] }, 'g.json')).toThrow(/nouns\[0\]/);
    expect(() => validateForceActs({ ...force, posture: { verbs: ['deploy'] } }, 'g.json')).toThrow(/'posture\.military'/);
    expect(() => validateForceActs({ ...force, posture: { verbs: ['deploy'], military: [], tanks: [] } }, 'g.json')).toThrow(/posture\.tanks/);
    expect(() => validateForceActs({ ...force, verbs: [] }, 'g.json')).toThrow(/g\.json: 'verbs'/);
    expect(() => validateForceActs({ families: ['19'], verbs: ['strike'] }, 'g.json')).toThrow(/'issuing'/);
    expect(() => validateForceActs({ families: ['1'], verbs: ['strike'], issuing: [] }, 'g.json')).toThrow(/families/);
    expect(validateThreatFrames(good, 'f.json', force, 'g.json').forceNouns).toContainEqual(['fines']); // penalties threaten as nouns of force
    expect(validateThreatFrames(good, 'f.json', force, 'g.json').ruptureObjects).toContainEqual(['ties']);
    expect(() => validateForceActs({ ...force, ruptures: { verbs: ['Sever'], objects: [] } }, 'g.json')).toThrow(/ruptures\.verbs\[0\]/);
    expect(() => validateThreatFrames({ ...good, prospects: { verbs: [['raise']], nouns: [], direct: [], other: [] } }, 'f.json', force, 'g.json')).toThrow(/prospects\.other/);
    expect(() => validateThreatFrames({ ...good, aimReach: 0 }, 'f.json', force, 'g.json')).toThrow(/'aimReach'/);
    expect(() => validateThreatFrames({ ...good, ultimatums: { turns: [['or']], paired: ['or'] } }, 'f.json', force, 'g.json')).toThrow(/'openers'/);
    expect(() => validateThreatFrames({ ...good, forfeits: { verbs: ['lose'], objects: ['licence'], seats: [] } }, 'f.json', force, 'g.json')).toThrow(/forfeits\.seats/);
    expect(() => validateThreatFrames({ ...good, outcomes: { verbs: [['result', 'in']], words: [], reach: 0 } }, 'f.json', force, 'g.json')).toThrow(/'outcomes\.reach'/);
    expect(() => validateThreatFrames({ ...good, outcomes: { verbs: ['result in'], words: [], reach: 8 } }, 'f.json', force, 'g.json')).toThrow(/verbs\[0\]/);
    expect(() => validateThreatFrames({ ...good, escalations: { verbs: [['escalate', 'into']], nouns: ['war'], reach: 9 } }, 'f.json', force, 'g.json')).toThrow(/'escalations\.reach'/);
    expect(() => validateThreatFrames({ ...good, escalations: { verbs: [['escalate', 'into']], nouns: 'war', reach: 4 } }, 'f.json', force, 'g.json')).toThrow(/nouns/);
  });
});

// "will not let X ...", "would not allow X to ...", "will pay a heavy cost" (threat-frames.json
// preventions, consequences). Sentences written for this test.
describe('a party kept from acting, a cost to pay, an act that will not stop', () => {
  const threats = (sentence: string): Edge[] => edgesOf(`Warning\n\n${sentence}\n`).filter((e) => e.type === 'THREAT');

  test.each([
    ['Faisal bin Farhan said Saudi Arabia will not let Tehran destabilise the region.', 'Iran'],
    ['Faisal bin Farhan said Saudi Arabia would not permit the Houthis to close the strait.', 'Houthis'],
    ['Foreign Minister Penny Wong said Beijing would pay a heavy cost for any blockade of Taiwan.', 'China'],
    ['Foreign Minister Anita Anand said Canada will coordinate further actions against Belarus with its partners.', 'Belarus'],
    ['Foreign Minister Anita Anand said Canada will not stop putting pressure on Belarus.', 'Belarus'],
  ])('%s', (sentence, target) => {
    expect(threats(sentence).some((e) => e.targets.includes(target))).toBe(true);
  });

  test('no threat: letting no named party ("would not allow the children to suffer"), or letting it ("will allow Iran to export oil")', () => {
    expect(threats('Foreign Minister Penny Wong said the government would not allow the children to suffer.')).toEqual([]);
    expect(threats('Faisal bin Farhan said Saudi Arabia will allow Iran to export oil through the strait.')).toEqual([]);
    expect(threats('Foreign Minister Anita Anand said Canada will not stop supporting Ukraine.')).toEqual([]);
  });
});

// A promise of force: the promised clause or a container of attacks (proposal.ts harmInClause,
// threat-frames.json measureContainers). Sentences written for this test.
describe('a promise whose content is force is a threat, not a proposal', () => {
  test('"vowed to launch a wave of attacks", "vowed that its fighters will launch attacks"', () => {
    const wave = edgesOf('Revenge\n\nThe Lord\'s Resistance Army vowed to launch a wave of attacks against Uganda.\n');
    expect(threatIn(wave, 'wave of attacks')).toBeDefined();
    const clause = edgesOf('Revenge\n\nBoko Haram leader Abubakar Shekau vowed that his fighters will launch new attacks against Nigeria.\n');
    expect(threatIn(clause, 'new attacks')).toBeDefined();
    expect(clause.some((e) => e.type === 'PROPOSAL')).toBe(false);
  });

  test('a promise of something else stays a proposal', () => {
    const edges = edgesOf('Schools\n\nPresident Bola Tinubu vowed that his government will build new schools in Kano.\n');
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Bola Tinubu')).toBe(true);
    expect(threats(edges)).toEqual([]);
  });
});
