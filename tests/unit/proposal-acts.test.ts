// Proposals with no verb of saying (src/relations/detectors/proposal-acts.ts) and the verbs of
// appeal and intent they read (knowledge/en/proposal-acts.json, derived from CAMEO 020/100/030 by
// scripts/knowledge/derive-proposal-acts.ts), with sentences written for this test.
import { validateProposalActs } from '../../src/knowledge/proposal-acts';
import { loadKnowledge } from '../../src/knowledge';
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);
const proposalIn = (edges: Edge[], words: string): Edge | undefined => ofType(edges, 'PROPOSAL').find((e) => e.evidence.includes(words));

describe('proposal-acts.json', () => {
  test('is checked field by field', () => {
    const good = { codes: { appeal: ['020'], intent: ['030'] }, appealVerbs: ['ask'], intentVerbs: ['plan'], objectVerbs: ['seek'], objectCodes: ['026'], cooperationObjects: ['talks', 'cease-fire'], presentVerbs: ['table'], effortVerbs: ['seek'], firstPersonIntentVerbs: ['want'], firstPersonObjectVerbs: ['need'], measureObjects: ['tariff'] };
    expect(validateProposalActs(good, 'x.json').appealVerbs.has('ask')).toBe(true);
    expect(() => validateProposalActs({ ...good, appealVerbs: [] }, 'x.json')).toThrow(/'appealVerbs' must be a non-empty list/);
    expect(() => validateProposalActs({ ...good, intentVerbs: ['Plan'] }, 'x.json')).toThrow(/intentVerbs\[0\]/);
    expect(() => validateProposalActs({ ...good, codes: { appeal: ['20'] } }, 'x.json')).toThrow(/three-digit CAMEO codes/);
    expect(() => validateProposalActs({ ...good, extra: 1 }, 'x.json')).toThrow(/unknown field 'extra'/);
  });

  test('holds the CAMEO verbs of appeal and intent, not wishes, decisions or offers of words', () => {
    const { proposalActs } = loadKnowledge();
    for (const verb of ['ask', 'urge', 'invite', 'press', 'implore', 'want']) expect(proposalActs.appealVerbs.has(verb)).toBe(true);
    for (const verb of ['plan', 'intend', 'aim', 'seek', 'strive']) expect(proposalActs.intentVerbs.has(verb)).toBe(true);
    for (const verb of ['want', 'decide', 'hope', 'expect']) expect(proposalActs.intentVerbs.has(verb)).toBe(false);
    for (const object of ['talks', 'ceasefire', 'truce', 'mediation', 'summit', 'withdrawal']) expect(proposalActs.cooperationObjects.has(object)).toBe(true);
    for (const object of ['aid', 'help', 'loan']) expect(proposalActs.cooperationObjects.has(object)).toBe(true); // CAMEO 021-023, written out
    for (const object of ['town', 'city', 'team', 'weapon', 'rifle', 'peso']) expect(proposalActs.cooperationObjects.has(object)).toBe(false);
  });
});

describe('PROPOSAL with no verb of saying: the subject plans, invites, asks, is ready', () => {
  const edges = edgesOf(
    'Harbour dispute\n\nPeruvian Foreign Minister Elmer Schialer said on Monday that Peru wanted calm. ' +
      'Peru plans to reopen its border with Ecuador next month. ' +
      'Schialer invited Bolivia to talks in Lima. ' +
      'Schialer asked Colombia to extradite the smuggler. ' +
      'Peru wants Chile to withdraw its fishing fleet. ' +
      'Peru is ready to mediate between Venezuela and Guyana. ' +
      'Ecuador stands ready to host the summit. ' +
      'Peru intends to strike the rebels in Colombia. ' +
      'Bolivia was invited to the talks by Paraguay. ' +
      'Ecuador has sought to ease tensions with Colombia. ' +
      'Peru does not plan to reopen the embassy in Caracas. ' +
      'The planned summit with Brazil was cancelled.',
  );

  test('"plans to", "invited X to", "asked X to", "wants X to", "is ready to", "stands ready to", with the party concerned', () => {
    expect(proposalIn(edges, 'plans to reopen')).toEqual(expect.objectContaining({ source: 'Peru', targets: ['Ecuador'] }));
    expect(proposalIn(edges, 'invited Bolivia')).toEqual(expect.objectContaining({ source: 'Elmer Schialer', targets: ['Bolivia'] }));
    expect(proposalIn(edges, 'asked Colombia')).toEqual(expect.objectContaining({ source: 'Elmer Schialer', targets: ['Colombia'] }));
    expect(proposalIn(edges, 'wants Chile')).toEqual(expect.objectContaining({ source: 'Peru', targets: ['Chile'] }));
    expect(proposalIn(edges, 'ready to mediate')).toEqual(expect.objectContaining({ source: 'Peru', targets: expect.arrayContaining(['Venezuela', 'Guyana']) }));
    expect(proposalIn(edges, 'stands ready')).toEqual(expect.objectContaining({ source: 'Ecuador' }));
  });

  test('no verb of saying makes no STATEMENT; a request does ("asked Colombia to ...", as the real fixtures\' gold counts it)', () => {
    expect(ofType(edges, 'STATEMENT').filter((e) => /plans to|invited|wants|ready/.test(e.evidence))).toEqual([]);
    expect(ofType(edges, 'STATEMENT').filter((e) => /asked/.test(e.evidence)).map((e) => e.source)).toEqual(['Elmer Schialer']);
  });

  test('not proposals: force, a passive invitation, a past effort, a negated plan, a planned event', () => {
    for (const words of ['intends to strike', 'was invited', 'has sought', 'does not plan', 'planned summit']) expect(proposalIn(edges, words)).toBeUndefined();
  });
});

describe('PROPOSAL: seeking or wanting an act of cooperation, readiness and willingness', () => {
  const edges = edgesOf(
    'Border crisis\n\nThai Foreign Minister Somchai Wongsawat said on Monday that Thailand wanted calm. ' +
      'Thailand is seeking talks with Cambodia. ' +
      'Thailand wants a lasting ceasefire with Laos. ' +
      'Wongsawat expressed readiness to resume talks with Myanmar. ' +
      "Wongsawat signalled Thailand's willingness to negotiate with Vietnam. " +
      'Thailand wants weapons from Japan. ' +
      "Wongsawat blamed Malaysia's lack of willingness to settle the dispute.",
  );

  test('"seeking talks", "wants a ceasefire", "expressed readiness to", "signalled willingness to"', () => {
    expect(proposalIn(edges, 'seeking talks')).toEqual(expect.objectContaining({ source: 'Thailand', targets: ['Cambodia'] }));
    expect(proposalIn(edges, 'lasting ceasefire')).toEqual(expect.objectContaining({ source: 'Thailand', targets: ['Laos'] }));
    expect(proposalIn(edges, 'readiness')).toEqual(expect.objectContaining({ source: 'Somchai Wongsawat' }));
    expect(ofType(edges, 'PROPOSAL').filter((e) => e.evidence.includes('willingness to negotiate')).map((e) => e.source)).toEqual(['Somchai Wongsawat']);
  });

  test('not proposals: wanting a thing that is no act of cooperation, a lack of willingness', () => {
    expect(proposalIn(edges, 'wants weapons')).toBeUndefined();
    expect(proposalIn(edges, 'lack of willingness')).toBeUndefined();
  });
});

describe('PROPOSAL: a proposal noun that a relative clause says who put forward', () => {
  test('"the proposal for a border hotline that Nairobi put forward in May": the clause\'s subject proposes', () => {
    const edges = edgesOf('Border hotline\n\nEthiopia rejected the proposal for a border hotline that Nairobi put forward in May.');
    expect(proposalIn(edges, 'put forward')).toEqual(expect.objectContaining({ source: 'Kenya' }));
  });

  test('"Kenya put forward its objections": a verb with an object of its own is not read back', () => {
    const edges = edgesOf('Border hotline\n\nEthiopia rejected the proposal after Kenya put forward its objections.');
    expect(ofType(edges, 'PROPOSAL').filter((e) => e.source === 'Kenya')).toEqual([]);
  });
});
