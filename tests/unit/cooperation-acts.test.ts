// Acts of cooperation (knowledge/en/cooperation-acts.json, derived from CAMEO 03-08 by
// scripts/knowledge/derive-cooperation-acts.ts) that make a stated intent a PROPOSAL, and stated
// intents that are threats instead, with sentences written for this test.
import { validateCooperationActs } from '../../src/knowledge/cooperation-acts';
import { loadKnowledge } from '../../src/knowledge';
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);
const find = (edges: Edge[], type: string, words: string): Edge | undefined => ofType(edges, type).find((e) => e.evidence.includes(words));

describe('cooperation-acts.json', () => {
  test('is checked field by field', () => {
    expect(() => validateCooperationActs({ families: ['03'], verbs: [] }, 'x.json')).toThrow(/'verbs' must be a non-empty list/);
    expect(() => validateCooperationActs({ families: ['3'], verbs: ['meet'] }, 'x.json')).toThrow(/two-digit CAMEO families/);
    expect(() => validateCooperationActs({ families: ['03'], verbs: ['Meet'] }, 'x.json')).toThrow(/verbs\[0\]/);
    expect(() => validateCooperationActs({ families: ['03'], verbs: ['meet'], extra: 1 }, 'x.json')).toThrow(/unknown field 'extra'/);
  });

  test('its acts are commitments of the loaded knowledge; praise and force are not', () => {
    const { cues } = loadKnowledge();
    for (const verb of ['donate', 'extradite', 'mediate', 'host', 'release']) expect(cues.commitmentVerbs.has(verb)).toBe(true);
    for (const verb of ['praise', 'defend', 'think']) expect(cues.commitmentVerbs.has(verb)).toBe(false);
  });
});

describe('PROPOSAL: the speaker side will, would, is ready to or agreed to do an act of cooperation', () => {
  const edges = edgesOf(
    'Fishing talks\n\nArgentine Foreign Minister Diana Mondino said Argentina was ready to mediate between Peru and Ecuador. ' +
      'Mondino said Argentina would donate medical supplies to Bolivia. ' +
      'Mondino said Argentina has agreed to extradite the suspect to Uruguay. ' +
      'Mondino said Argentina would praise Chile. ' +
      '"We will not allow Chile to fish in our waters," Mondino said. ' +
      'Mondino said Argentina would protect its fishing grounds by all available means.',
  );

  test('"ready to mediate", "would donate", "agreed to extradite", with the party they concern', () => {
    expect(find(edges, 'PROPOSAL', 'mediate')).toEqual(expect.objectContaining({ source: 'Diana Mondino', targets: expect.arrayContaining(['Peru']) }));
    expect(find(edges, 'PROPOSAL', 'donate')).toEqual(expect.objectContaining({ source: 'Diana Mondino', targets: ['Bolivia'] }));
    expect(find(edges, 'PROPOSAL', 'extradite')).toEqual(expect.objectContaining({ source: 'Diana Mondino', targets: ['Uruguay'] }));
    expect(find(edges, 'PROPOSAL', 'praise')).toBeUndefined();
  });

  test('"will not allow" and a commitment carried out "by all available means" are threats, not offers', () => {
    expect(find(edges, 'THREAT', 'not allow')).toEqual(expect.objectContaining({ source: 'Diana Mondino', targets: ['Chile'] }));
    expect(find(edges, 'THREAT', 'available means')).toBeDefined();
    expect(find(edges, 'PROPOSAL', 'available means')).toBeUndefined();
    expect(find(edges, 'PROPOSAL', 'not allow')).toBeUndefined();
  });
});
