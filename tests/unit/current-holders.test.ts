// Knowledge's people.json holds today's office holders (src/extract/current-holders.ts): a title
// that names nobody is today's holder only in an article of today, and never when the article
// names the holder of that office. Sentences written for this test.
import { extractOne } from '../setup/extract-text';
import { defaultKnowledge } from '../setup/knowledge';
import { currentHolder } from '../../src/extract/current-holders';
import { ingestBuffer } from '../setup/ingest';
import { extractArticle } from '../../src/run';

const knowledge = defaultKnowledge();
const todaysForeignMinister = currentHolder(knowledge, 'foreign minister', 'France');
const todaysPresident = currentHolder(knowledge, 'president', 'France');

describe("today's office holders", () => {
  test('knowledge knows who holds the offices this test needs', () => {
    expect(todaysForeignMinister).toBeDefined();
    expect(todaysPresident).toBeDefined();
    expect(todaysPresident).not.toBe('Jacques Chirac');
  });

  test('in an article of today, "the French foreign minister" is today\'s', () => {
    const { edges } = extractOne('Paris talks\n\nThe French foreign minister said on Monday that the talks would resume.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual([todaysForeignMinister]);
  });

  test('an article that names another holder of a unique office is of another time: the title stands for its state', () => {
    const { edges, names } = extractOne('Paris talks\n\nFrench President Jacques Chirac said the talks were useful. The French foreign minister said on Monday that the talks would resume.\n');
    expect(names).not.toContain(todaysForeignMinister);
    expect(edges.find((e) => e.type === 'STATEMENT' && e.evidence.startsWith('The French foreign minister'))?.source).toBe('France');
  });

  test('"France\'s foreign minister" with "Foreign Minister X" named, no state in his title: X, whose state the dictionaries give, not today\'s', () => {
    const { edges } = extractOne('Iraq talks\n\nFrance\'s foreign minister says the inspectors need more time. Foreign Minister Michel Barnier told reporters that war would be a failure.\n');
    expect(edges.find((e) => e.type === 'STATEMENT' && e.evidence.startsWith("France's foreign minister"))?.source).toBe('Michel Barnier');
    expect(edges.map((e) => e.source)).not.toContain(todaysForeignMinister);
  });

  test('"founding president of Zimbabwe\'s Movement for Democratic Change" holds no office of Zimbabwe: no title of its president', () => {
    const text = 'Harare\n\nTendai Biti, founding president of Zimbabwe\'s Movement for Democratic Change, says President Robert Mugabe has started a new crackdown.\n';
    const file = ingestBuffer('a.txt', Buffer.from(text, 'utf8'), { requireEnglish: false }, knowledge.ingest);
    const mentions = extractArticle(file, knowledge)?.mentions ?? [];
    expect(mentions.filter((m) => m.kind === 'title' && m.role === 'president' && m.roleOf === 'Zimbabwe')).toEqual([]);
    expect(mentions.map((m) => m.canonical)).toContain('Movement for Democratic Change');
  });
});

describe('a title narrowed by a word after its state\'s possessive', () => {
  test('"Kyrgyzstan\'s interim president says" speaks; "France\'s new president" is not today\'s holder', () => {
    const { edges } = extractOne('Appeal\n\nKyrgyzstan\'s interim president says she has asked Russia to send troops.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.evidence.startsWith("Kyrgyzstan's interim president"))).toBe(true);
    const { names } = extractOne('Election\n\nFrance\'s new president says he will visit Berlin first.\n');
    expect(names).not.toContain(todaysPresident);
  });
});
