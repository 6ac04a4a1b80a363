// The threat battery (threat-battery.cases.ts): every positive case yields a THREAT by its author
// aimed at the threatened party; no negative case yields a THREAT (by the actor named, when one
// is). Known gaps are expected to fail, so closing one shows (move it out of the gaps then).
import { edgesOf, type Edge } from '../setup/extract-text';
import { NEGATIVE, POSITIVE, type ThreatCase } from './threat-battery.cases';

const threatsOf = (c: ThreatCase): Edge[] => edgesOf(`World news\n\n${c.text}`).filter((e) => e.type === 'THREAT');
const aims = (e: Edge, target: string): boolean => e.target === target || e.targets.includes(target);
const found = (c: ThreatCase): boolean => threatsOf(c).some((e) => e.source === c.source && (c.target === undefined || aims(e, c.target)));
const label = (c: ThreatCase): [string, string, ThreatCase] => [c.family, c.text, c];

describe('threat battery: positives (CAMEO 130-139 and the ways news writes them)', () => {
  test.each(POSITIVE.filter((c) => !c.gap).map(label))('%s %s', (_family, _text, c) => {
    const threats = threatsOf(c);
    expect(threats.map((e) => `${e.source} -> ${e.targets.join('|') || e.target || '-'}`)).toContainEqual(expect.stringContaining(`${c.source} ->`));
    if (c.target !== undefined) expect(threats.some((e) => e.source === c.source && aims(e, c.target as string))).toBe(true);
  });

  test.failing.each(POSITIVE.filter((c) => c.gap).map(label))('known gap: %s %s', (_family, _text, c) => {
    expect(found(c)).toBe(true);
  });
});

describe('threat battery: negatives (denials, past acts, fears, predictions, complaints, benign acts)', () => {
  test.each(NEGATIVE.map(label))('%s %s', (_family, _text, c) => {
    const threats = threatsOf(c).filter((e) => c.notFrom === undefined || e.source === c.notFrom);
    expect(threats.map((e) => `${e.source} -> ${e.targets.join('|') || '-'}`)).toEqual([]);
  });

  test('the battery is broad: at least 120 positives over every CAMEO 13 family, and 40 negatives', () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(120);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(40);
    for (const family of ['130', '131', '132', '133', '134', '136', '137', '138', '139']) expect(POSITIVE.some((c) => c.family === family)).toBe(true);
  });
});
