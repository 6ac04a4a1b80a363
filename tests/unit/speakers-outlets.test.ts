// A news outlet named before the words of its kind ("the official IRNA news agency"), and a
// quote before a subject that opens with words the speaker's name leaves out: sentences written
// for this test, with other outlets, states and phrasings than the fixtures; an outlet's
// correspondent who "reports" the news claims nothing.
import { edgesOf, type Edge } from '../setup/extract-text';

const find = (edges: Edge[], type: string, words: string): Edge | undefined => edges.find((e) => e.type === type && e.evidence.includes(words));

describe('an outlet named before "news agency", "television network"', () => {
  const edges = edgesOf(
    'Strait\n\nTensions rose in the Gulf on Monday. ' +
      '"Any aggression will be met with a crushing answer," Iran\'s official IRNA news agency said. ' +
      '"The talks are over," the Saudi-owned Al Arabiya television network reported. ' +
      '"We will respond to any attack," the official Xinhua agency said in a commentary.',
  );

  test('the outlet is the speaker, past "news" before "agency" and past the state and "official" before it', () => {
    expect(find(edges, 'STATEMENT', 'crushing answer')).toEqual(expect.objectContaining({ source: 'IRNA' }));
    expect(find(edges, 'STATEMENT', 'The talks are over')).toEqual(expect.objectContaining({ source: 'Al Arabiya' }));
  });

  test('the quote before such a subject is what it said: its threat is found', () => {
    expect(find(edges, 'THREAT', 'crushing answer')).toEqual(expect.objectContaining({ source: 'IRNA' }));
    expect(find(edges, 'THREAT', 'respond to any attack')).toEqual(expect.objectContaining({ source: 'Xinhua' }));
  });

  test('"Iran\'s news agency said" names no outlet: nobody the graph can hold', () => {
    const other = edgesOf('Strait\n\n"The tanker was seized," Iran\'s news agency said.');
    expect(other.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe("an outlet's correspondent relaying the news", () => {
  test('"From Nairobi, Reuters\' Jane Okoro reports the talks have stalled" claims nothing; what the news says still counts', () => {
    const edges = edgesOf("Talks stall\n\nFrom Nairobi, Reuters' Jane Okoro reports the talks between Kenya and Somalia have stalled.\n\nAFP's Tomas Berg reports Somalia proposed new talks in Djibouti.\n");
    expect(edges.filter((e) => e.source === 'Jane Okoro' || e.source === 'Tomas Berg')).toEqual([]);
    expect(find(edges, 'PROPOSAL', 'proposed new talks')?.source).toBe('Somalia');
  });

  test('a person who is no outlet\'s still reports: "Kenya\'s envoy Jane Okoro reported the talks had stalled"', () => {
    const edges = edgesOf("Talks stall\n\nKenya's envoy Jane Okoro reported the talks with Somalia had stalled.\n");
    expect(find(edges, 'STATEMENT', 'had stalled')?.source).toBe('Jane Okoro');
  });

  test('a reporter filing from a place claims nothing: "Jane Okoro in Mogadishu reports", "as Tomas Berg reports from Djibouti"', () => {
    const edges = edgesOf('Talks stall\n\nJane Okoro in Mogadishu reports the talks between Kenya and Somalia have stalled.\n\nAs Tomas Berg reports from Djibouti, Somalia proposed new talks with Kenya.\n');
    expect(edges.filter((e) => e.source === 'Jane Okoro' || e.source === 'Tomas Berg')).toEqual([]);
  });

  test('a leader speaking in a place still speaks: "President Hassan Sheikh Mohamud in Mogadishu said"', () => {
    const edges = edgesOf('Talks stall\n\nPresident Hassan Sheikh Mohamud in Mogadishu said Kenya must withdraw its troops.\n');
    expect(find(edges, 'STATEMENT', 'must withdraw')?.source).toBe('Hassan Sheikh Mohamud');
  });
});
