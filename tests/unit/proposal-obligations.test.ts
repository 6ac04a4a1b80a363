// An obligation laid on a named actor calls on it (src/relations/detectors/proposal.ts
// obligationOnActor, src/extract/speakers/calls-for-action.ts): also when the actor is named as
// "the government of X", and when adverbs joined by "and" stand between the modal and its verb.
// Sentences written for this test.
import { edgesOf } from '../setup/extract-text';

const proposals = (text: string): Array<{ source: string; targets: string[] }> =>
  edgesOf(`Report\n\n${text}\n`).filter((e) => e.type === 'PROPOSAL').map((e) => ({ source: e.source, targets: e.targets }));

describe('an obligation on a named actor', () => {
  test.each([
    ['"The government of Chile should refrain from provocations of this kind," Foreign Minister Ana Ruiz said.', 'Ana Ruiz', 'Chile'],
    ['"Serbia must fully and truthfully disclose its role in the attack," Foreign Minister Karl Brenner said.', 'Karl Brenner', 'Serbia'],
  ])('%s', (text, source, target) => {
    expect(proposals(text)).toContainEqual({ source, targets: [target] });
  });

  test('not an actor in a complement: "the cost for Russia must go up"', () => {
    expect(proposals('"The cost for Russia must go up," Foreign Minister Karl Brenner said.')).toEqual([]);
  });
});
