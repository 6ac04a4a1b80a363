// Knowledge's people.json holds today's office holders (src/extract/current-holders.ts): a title
// that names nobody is today's holder only in an article of today. Sentences written for this test.
import { extractOne } from '../setup/extract-text';
import { defaultKnowledge } from '../setup/knowledge';
import { currentHolder } from '../../src/extract/current-holders';

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
});
