// PROPOSAL over a broad battery of phrasings written for this test (proposal-battery.cases.ts):
// every positive sentence gives a PROPOSAL of one of its proposers (and, where the sentence makes it
// plain, with its target); no negative sentence gives one from the actors it names.
import { edgesOf, type Edge } from '../setup/extract-text';
import { BATTERY, type BatteryCase } from './proposal-battery.cases';

const HEADLINE = 'Diplomatic roundup\n\n';

const cache = new Map<string, Edge[]>();
function proposals(c: BatteryCase): Edge[] {
  let edges = cache.get(c.text);
  if (!edges) {
    edges = edgesOf(c.text.includes('\n\n') ? c.text : HEADLINE + c.text).filter((e) => e.type === 'PROPOSAL' && e.evidence.includes(c.words));
    cache.set(c.text, edges);
  }
  return edges;
}

const positives = BATTERY.filter((c) => c.sources.length > 0 && !c.gap);
const negatives = BATTERY.filter((c) => c.sources.length === 0 && !c.gap);
const found = (c: BatteryCase): Edge[] => proposals(c).filter((e) => c.sources.includes(e.source));

describe('PROPOSAL battery', () => {
  for (const c of BATTERY.filter((x) => x.gap)) test.todo(`${c.words}: ${c.gap}`);

  test.each(positives.map((c) => [c.words, c]))('proposer: %s', (_, c) => {
    expect(found(c).map((e) => e.source)).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  test.each(positives.filter((c) => c.targets).map((c) => [c.words, c]))('target: %s', (_, c) => {
    const targets = found(c).flatMap((e) => e.targets);
    expect(targets.filter((t) => c.targets?.includes(t))).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  test.each(negatives.map((c) => [c.words, c]))('not a proposal: %s', (_, c) => {
    expect(proposals(c).filter((e) => !c.not || c.not.includes(e.source)).map((e) => e.source)).toEqual([]);
  });
});
