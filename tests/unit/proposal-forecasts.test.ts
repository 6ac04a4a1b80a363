// What is and is not a PROPOSAL among words that look like one (src/relations/detectors/proposal.ts,
// proposal-agent.ts, src/extract/speakers/calls-for-action.ts, knowledge/en/proposal-acts.json
// measureObjects), with sentences written for this test: forecasts of things that go on, adjectives in
// -ing, a people's own demands, obligations of capacity and existence, planned economic measures.
import { edgesOf, type Edge } from '../setup/extract-text';
import { loadKnowledge } from '../../src/knowledge';

const proposals = (edges: Edge[], words: string): Edge[] => edges.filter((e) => e.type === 'PROPOSAL' && e.evidence.includes(words));

describe('PROPOSAL: forecasts and descriptions are not proposals', () => {
  const edges = edgesOf(
    'Border radio\n\nThe Ghanaian government said the radio broadcasts will continue. ' +
      'Togolese Foreign Minister Robert Dussey said the dialogue would resume. ' +
      'Dussey said the situation along the border is “very challenging,” he added. ' +
      'Dussey said: “Our thoughts are with the families in this challenging time.” ' +
      'The Ghanaian government said: “The Togolese people have called for free elections.”',
  );

  test('"the broadcasts will continue.", "the dialogue would resume.": a thing that goes on is forecast, not pledged', () => {
    expect(proposals(edges, 'broadcasts will continue')).toEqual([]);
    expect(proposals(edges, 'dialogue would resume')).toEqual([]);
  });

  test('"is very challenging", "this challenging time": an -ing that describes proposes nothing', () => {
    expect(proposals(edges, 'very challenging')).toEqual([]);
    expect(proposals(edges, 'challenging time')).toEqual([]);
  });

  test('"the Togolese people have called for": a people named by its country calls, not the speaker', () => {
    expect(proposals(edges, 'people have called for').filter((e) => e.source.includes('Ghana'))).toEqual([]);
  });

  test('a modal with something after its verb, and an obligation with nothing after it, still propose', () => {
    const more = edgesOf(
      'Border radio\n\nTogolese Foreign Minister Robert Dussey said the government would pursue "new talks" with Ghana. ' + 'Dussey said that the shelling must stop.',
    );
    expect(proposals(more, 'would pursue')).toEqual([expect.objectContaining({ source: 'Robert Dussey' })]);
    expect(proposals(more, 'must stop')).toEqual([expect.objectContaining({ source: 'Robert Dussey' })]);
  });
});

describe('PROPOSAL: obligations of capacity and of existence', () => {
  const edges = edgesOf(
    'Protest rights\n\nNorwegian Foreign Minister Espen Barth Eide said there should be meaningful dialogue between the parties in Georgia. ' +
      'Eide said protesters in Tbilisi should be able to demonstrate peacefully. ' +
      'Eide said there should be no doubt about the result.',
  );

  test('"there should be meaningful dialogue", "should be able to demonstrate" call for a course of action', () => {
    expect(proposals(edges, 'meaningful dialogue')).toEqual([expect.objectContaining({ source: 'Espen Barth Eide' })]);
    expect(proposals(edges, 'able to demonstrate')).toEqual([expect.objectContaining({ source: 'Espen Barth Eide' })]);
  });

  test('"there should be no doubt" calls for nothing', () => {
    expect(proposals(edges, 'no doubt')).toEqual([]);
  });
});

describe('PROPOSAL: a planned economic measure is a course of action, not a harm', () => {
  test('measureObjects holds tariffs and sanctions, not force', () => {
    const { proposalActs } = loadKnowledge();
    for (const word of ['tariff', 'tariffs', 'sanctions', 'duties']) expect(proposalActs.measureObjects.has(word)).toBe(true);
    for (const word of ['strikes', 'troops', 'attack']) expect(proposalActs.measureObjects.has(word)).toBe(false);
  });

  test('"plans to impose a tariff", "pledged to impose sanctions" propose; "plans to strike" does not', () => {
    const edges = edgesOf(
      'Wine dispute\n\nChile plans to impose a 20% tariff on Argentine wine. ' +
        'Canada pledged to impose new sanctions on Belarus. ' +
        'Azerbaijan plans to strike Armenian positions near the border.',
    );
    expect(proposals(edges, '20% tariff')).toEqual([expect.objectContaining({ source: 'Chile' })]);
    expect(proposals(edges, 'new sanctions')).toEqual([expect.objectContaining({ source: 'Canada' })]);
    expect(proposals(edges, 'plans to strike')).toEqual([]);
  });
});

describe('PROPOSAL: words about a topic and commitments to harm', () => {
  const edges = edgesOf(
    'Briefing\n\nSecretary of State Amara Okoye spoke to reporters in Abuja on Friday. ' +
      '“I’ll talk about that a bit and then take some questions about the mission,” Okoye said. ' +
      '“We remain committed to Boko Haram’s complete defeat,” Okoye said. ' +
      '“We remain committed to peace talks with Chad,” Okoye said.',
  );

  test('"I\'ll talk about that": a modal verb followed by "about" commits to no act', () => {
    expect(proposals(edges, 'talk about that')).toEqual([]);
  });

  test('"committed to Boko Haram\'s complete defeat" is no proposal; "committed to peace talks" is', () => {
    expect(proposals(edges, 'complete defeat')).toEqual([]);
    expect(proposals(edges, 'peace talks with Chad')).toEqual([expect.objectContaining({ source: 'Amara Okoye' })]);
  });
});
