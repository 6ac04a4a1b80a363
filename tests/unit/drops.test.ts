// Drops (issue 11): what extraction, resolution and the graph stage find but do not keep is
// reported with a reason of the fixed list (DropReason), counted by reason for the run summary
// and described on one line with its article and sentence for -v (src/run/drops.ts).
import { resolveTexts } from '../setup/extract-text';
import { describeDrop, DropTally, DROP_REASONS, dropReasonText } from '../../src/run/drops';
import { withoutDanglingEdges } from '../../src/graph';
import type { Drop, ResolvedArticle } from '../../src/model/types';

function dropsOf(text: string): Drop[] {
  return resolveTexts([text]).articles[0].drops ?? [];
}

const reasons = (drops: Drop[]): string[] => drops.map((d) => `${d.reason} ${d.words}`);

describe('what the stages report', () => {
  test('an agency that only relays the speaker: its claim is dropped as relayed', () => {
    const drops = dropsOf('Trade talks\n\nWang Yi told Penny Wong that trade would resume, Xinhua reported.\n');
    expect(reasons(drops)).toContain('claim-relayed Xinhua');
    expect(drops.find((d) => d.reason === 'claim-relayed')).toMatchObject({ sentence: 1 });
  });

  test('a verb of saying without a speaker, and one whose speaker is unnamed', () => {
    expect(reasons(dropsOf('Plan\n\nAnnounced on Monday, the plan was welcomed in Santiago.\n'))).toContain('claim-without-speaker Announced');
    expect(reasons(dropsOf('Embassy\n\nA source close to the mayor denied that the embassy had closed.\n'))).toContain('speaker-unnamed denied');
  });

  test('a speakerless verb in a sentence that still gives a claim drops nothing', () => {
    const drops = dropsOf('Gas deal\n\nAnnounced on Monday, the deal was praised by Olaf Scholz, who said Berlin would pay.\n');
    expect(drops.filter((d) => d.reason === 'claim-without-speaker' || d.reason === 'speaker-unnamed')).toEqual([]);
  });

  test('a lone surname nobody named in full: the mention and its claim are dropped, with the sentence', () => {
    const drops = dropsOf('Vote delayed\n\nOkafor said the vote in Enugu would be delayed.\n');
    expect(reasons(drops)).toEqual(expect.arrayContaining(['mention-unresolved Okafor', 'speaker-unresolved Okafor']));
    const claim = drops.find((d) => d.reason === 'speaker-unresolved') as Drop;
    expect(claim.context).toBeDefined();
  });

  test('a title nobody holds: its affiliation has no node', () => {
    const drops = dropsOf('Ceremony\n\nKenya and Tanzania opened the port on Friday.\nA Kenyan deputy minister had attended the ceremony in Mombasa.\n');
    expect(reasons(drops)).toEqual(expect.arrayContaining(['mention-unresolved Kenyan deputy minister', 'edge-without-node Kenyan deputy minister']));
  });

  test('the graph stage drops an edge whose node is missing, and says so', () => {
    const article = { id: 'a1', path: 'x.txt', file: 'x.txt', title: '', date: null, text: 'Ana said hello to Bo.' };
    const relation = { id: 'r1', type: 'STATEMENT' as const, source: 'p1', target: 'p2', article: 'a1', evidence: article.text, start: 0, end: 21 };
    const resolved: ResolvedArticle = { article, entities: [{ id: 'p1', label: 'Person', name: 'Ana', aliases: [], articles: ['a1'] }], relations: [relation], mentions: [], messages: [] };
    const kept = withoutDanglingEdges(resolved);
    expect(kept.relations).toEqual([]);
    expect(kept.drops).toEqual([expect.objectContaining({ reason: 'edge-without-node', words: 'STATEMENT p2' })]);
    const whole = { ...resolved, entities: [...resolved.entities, { id: 'p2', label: 'Person' as const, name: 'Bo', aliases: [], articles: ['a1'] }] };
    expect(withoutDanglingEdges(whole)).toBe(whole);
  });
});

describe('counts and lines', () => {
  test('the summary counts by reason, most first, in words, without the files already counted as skipped', () => {
    const tally = new DropTally();
    tally.add([{ reason: 'mention-unresolved', words: 'a' }, { reason: 'claim-without-speaker', words: 'said' }, { reason: 'claim-without-speaker', words: 'told' }]);
    tally.count('file-skipped', 3);
    expect(tally.summary()).toBe('2 claims without speaker, 1 mention not resolved');
    expect(tally.total()).toBe(6);
    expect(new DropTally().summary()).toBeNull();
  });

  test('every reason of the fixed list has its words', () => {
    expect(DROP_REASONS.length).toBeGreaterThanOrEqual(9);
    for (const r of DROP_REASONS) expect(dropReasonText(r)).toMatch(/^[a-z]/);
    expect(new Set(DROP_REASONS.map(dropReasonText)).size).toBe(DROP_REASONS.length);
  });

  test('one line: article, sentence, reason, words, sentence text; control characters escaped', () => {
    const text = 'Title\n\nOfficials said the port would close.\nNext line.';
    const at = text.indexOf('Officials');
    const drop: Drop = { reason: 'speaker-unnamed', words: 'said', sentence: 1, at: { start: at + 10, end: at + 14 }, context: { start: at, end: at + 'Officials said the port would close.'.length } };
    expect(describeDrop({ path: 'news/a.txt', text }, drop)).toBe('news/a.txt: sentence 2: claim by an unnamed speaker: "said" in "Officials said the port would close."');
    // without the sentence's offsets, the text around the words up to a sentence end or line break
    const bare: Drop = { reason: 'mention-unresolved', words: 'port', sentence: 1, at: { start: text.indexOf('port'), end: text.indexOf('port') + 4 } };
    expect(describeDrop({ path: 'evil\u001b[31m.txt', text }, bare)).toBe('evil\\x1b[31m.txt: sentence 2: mention not resolved: "port" in "Officials said the port would close."');
  });

  test('a long sentence is cut around the dropped words', () => {
    const text = `${'word '.repeat(80)}Zorvan said nothing ${'more '.repeat(40)}.`;
    const at = text.indexOf('Zorvan');
    const line = describeDrop({ path: 'a.txt', text }, { reason: 'mention-unresolved', words: 'Zorvan', sentence: 0, at: { start: at, end: at + 6 }, context: { start: 0, end: text.length } });
    expect(line).toMatch(/in "….*Zorvan said nothing.*…"$/);
    expect(line.length).toBeLessThan(260);
  });
});
