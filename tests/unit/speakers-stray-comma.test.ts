// A short subject written with a comma before its verb ("Ana Ruiz for the Lima Water Board, says"),
// and a statement in the passive with its speaker after "by" ("echoed by", "voiced by"). A headline's
// comma is a list, not a subject. Sentences written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a subject with a stray comma before its verb', () => {
  test('the person the sentence opens with speaks, not the body named after "for"', () => {
    const edges = edgesOf('Water\n\nThe board met on Monday.\n\nAna Ruiz for the Lima Water Board, says they are looking at new rules.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Ana Ruiz', 'looking at new rules')).toBe(true);
  });

  test('a description before a name: the name before the comma speaks', () => {
    const edges = edgesOf('Drills\n\nThe drills began on Monday.\n\nThe country\'s official newspaper Rodong Sinmun, warns that war would follow any attack.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Rodong Sinmun', 'war would follow')).toBe(true);
  });

  test('a headline list is no subject', () => {
    const edges = edgesOf('Peru Fines Chile and Bolivia, Warns Ecuador\n\nThe fines were announced on Monday.\n');
    expect(edges.some((e) => e.source === 'Bolivia')).toBe(false);
  });
});

describe('a statement in the passive', () => {
  test('"was echoed by", "were voiced by": the agent speaks', () => {
    const edges = edgesOf('Warning\n\nThat view was echoed by foreign ministry spokesman Ana Lindqvist. Similar concerns were voiced on Monday by Finnish Foreign Minister Elina Valtonen.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Ana Lindqvist', 'was echoed by')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Elina Valtonen', 'were voiced')).toBe(true);
  });
});
