// Organisations, groups and states as authors of threats and proposals, with sentences written for
// this test: other countries, groups and phrasings than the seeds and fixtures.
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);

describe('a speaker after what it said, opened by a determiner ("..., the Kremlin said")', () => {
  test('the words before "the <organisation> warned" are what it said', () => {
    const edges = edgesOf(
      'Strait tension\n\nAny strike on our tankers will be met with a crushing response, the Houthis warned on Friday. ' +
        '"We will respond to any attack on our ports," the Kremlin said. ' +
        'Chile should hold new talks with Bolivia, the Peruvian Foreign Ministry said.',
    );
    expect(ofType(edges, 'THREAT').map((e) => e.source)).toEqual(expect.arrayContaining(['Houthis', 'Kremlin']));
    expect(ofType(edges, 'PROPOSAL')).toContainEqual(expect.objectContaining({ targets: expect.arrayContaining(['Chile']) }));
  });
});

describe('a group named again by a common noun ("the ministry", "the militants", "the movement")', () => {
  test('threats and statements by "the ministry", "the militants", "the movement", "the group"', () => {
    const edges = edgesOf(
      'Border row\n\nThe Hungarian Foreign Ministry summoned the Slovak envoy on Friday. The ministry threatened to impose sanctions on Slovakia.\n\n' +
        'The Houthis seized a tanker in the Red Sea. The group threatened to attack Saudi ports.\n\n' +
        'The Taliban closed the border crossing. The militants threatened Tajikistan with more raids.\n\n' +
        'Hezbollah issued a statement on Sunday. The movement threatened to strike Haifa.\n\n' +
        'The Wagner Group entered the town on Sunday. The group said it would attack Ukrainian positions.',
    );
    const threats = edges.filter((e) => e.type === 'THREAT');
    expect(threats.map((e) => e.source)).toEqual(expect.arrayContaining(['Hungarian Foreign Ministry', 'Houthis', 'Taliban', 'Hezbollah', 'Wagner Group']));
    expect(threats.find((e) => e.source === 'Hungarian Foreign Ministry')?.targets).toContain('Slovakia');
  });

  test('"the ministry" names only a ministry, never the last government body of another kind', () => {
    const edges = edgesOf('Court ruling\n\nThe Kremlin commented on the verdict on Monday. The ministry said the ruling was unfair.');
    expect(edges.filter((e) => e.source === 'Kremlin' && e.evidence.includes('the ruling'))).toEqual([]);
  });
});
