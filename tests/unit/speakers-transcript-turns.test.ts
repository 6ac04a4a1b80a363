// Transcripts of press conferences and interviews: a person's label ("Jane Doe:" on a line of its
// own, or "Jane Doe, Foreign Minister: ..." opening a paragraph) gives that person the paragraphs
// after it, their "we" included, until another label ("Journalist:") takes the turn. Sentences
// written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

const by = hasEdge;

describe('transcript turns', () => {
  test('a label on a line of its own: the paragraphs after it are the person\'s, the label line is not', () => {
    const text = [
      'Press conference',
      '',
      'Helen Marsh:',
      '',
      'Thank you all for coming this morning. The invasion of Moldavia is a breach of international law.',
      '',
      'We will impose further sanctions on the generals who planned it.',
      '',
      'Journalist:',
      '',
      'Minister, is the government considering expelling the ambassador?',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Helen Marsh', 'breach of international law')).toBe(true);
    expect(by(edges, 'THREAT', 'Helen Marsh', 'impose further sanctions')).toBe(true);
    expect(edges.some((e) => e.evidence.trim() === 'Helen Marsh:')).toBe(false);
    expect(edges.some((e) => e.evidence.includes('expelling the ambassador'))).toBe(false);
  });

  test('a measure the turn names its government\'s ("the Government of Norway would impose sanctions") is still the speaker\'s words', () => {
    const text = [
      'Press conference, Oslo',
      '',
      'Espen Barth Eide, Foreign Minister: The attack on the convoy was a grave breach of the ceasefire.',
      '',
      'In response, the Government of Norway would swiftly impose sanctions against Belarus, and would freeze the assets of its generals.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Espen Barth Eide', 'swiftly impose sanctions')).toBe(true);
    expect(by(edges, 'THREAT', 'Espen Barth Eide', 'swiftly impose sanctions')).toBe(true);
  });

  test('a name and an office before the colon: the government the person names and their "we" are the person\'s words', () => {
    const text = [
      'Press conference, Canberra',
      '',
      'Helen Marsh, Foreign Minister: As you know, the Australian Government has called for a ceasefire for months. We have also advocated for talks.',
      '',
      'We believe the talks are the only way to end the fighting.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Helen Marsh', 'has called for a ceasefire')).toBe(true);
    expect(by(edges, 'STATEMENT', 'Helen Marsh', 'We believe the talks')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source !== 'Helen Marsh')).toBe(false);
  });

  test('a capitalised word before a colon is no speaker', () => {
    const text = ['Sanctions stall', '', 'Explainer: How the price cap works', '', 'Moscow dismissed the new measures in advance.', ''].join('\n');
    expect(by(edgesOf(text), 'STATEMENT', 'Russia', 'Moscow dismissed')).toBe(true);
  });

  test('a label that is only an office is the person the transcript named with it', () => {
    const text = [
      'Interview with Tom Reyes, Morning Report',
      '',
      'Tom Reyes: The Dutch Foreign Minister, Hanneke Vos, joins us now from The Hague.',
      '',
      'Hanneke Vos, Foreign Minister: Good morning, Tom, good to be with you.',
      '',
      'Reyes: What is your reaction to the shelling of the port?',
      '',
      'Foreign Minister: We condemn the shelling of civilian ships and we call on both navies to withdraw from the strait.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Hanneke Vos', 'We condemn the shelling')).toBe(true);
    expect(by(edges, 'STATEMENT', 'Tom Reyes', 'We condemn the shelling')).toBe(false);
  });
});

describe('a label as the last line of the text', () => {
  test('a transcript cut right after a speaker\'s label does not stop the extraction', () => {
    const text = ['Interview', '', 'Oskar Lindqvist: The harbour will reopen in spring, and the ferries will run again.', '', 'Moderator:'].join('\n');
    expect(() => edgesOf(text)).not.toThrow();
    expect(by(edgesOf(text), 'STATEMENT', 'Oskar Lindqvist', 'harbour will reopen')).toBe(true);
  });
});

describe('a speech opened by a salutation', () => {
  test('"X says ... / Thank you Chair. / We call on ...": the speech after the salutation is X\'s, "we" included; the chair thanked is nobody', () => {
    const text = [
      'Border tensions: UK statement to the OSCE',
      '',
      'Ambassador Neil Holland says Serbia\'s troop build-up on the border put regional stability at risk.',
      '',
      'Thank you Chair.',
      '',
      'We call on Serbia to withdraw its troops from the border with Kosovo.',
      '',
      'We urge both Belgrade and Pristina to return to the EU-facilitated dialogue.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'PROPOSAL', 'Neil Holland', 'withdraw its troops')).toBe(true);
    expect(by(edges, 'PROPOSAL', 'Neil Holland', 'EU-facilitated dialogue')).toBe(true);
    expect(edges.some((e) => e.source === 'Chair')).toBe(false);
  });
});
