// The explorer's graph payload (src/explorer/graph-payload.ts) and style colours (style-colours.ts).
import { dayNumber, expandPayload, graphNodesPayload, timelinePayload, topPayload, wholeGraphPayload } from '../../src/explorer/graph-payload';
import { parseStyleColours, styleColours } from '../../src/explorer/style-colours';

describe('explorer graph payload', () => {
  test('dates become day numbers; anything else is undated', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-05-03')).toBe(19846);
    expect(dayNumber('2024-05-03T10:00:00Z')).toBe(19846);
    expect(dayNumber('May 2024')).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });

  test('whole graph: nodes once, edges by position, days sorted, undated left out of the days', () => {
    const nodes = { nodes: [['a', 'Person', 'A', 5], ['b', 'State', 'B', 4], ['article:x', 'Article', 'T', 2]] };
    const rows = [
      { source: 'a', targets: ['b', 'article:x'], types: ['THREAT', 'STATEMENT'], counts: [3, 2], dates: [['2024-05-03', '1970-01-02', null], ['2024-01-01']] },
      { source: 'b', targets: ['a'], types: ['STATEMENT'], counts: [1], dates: [[]] },
    ];
    const p = wholeGraphPayload(nodes, rows);
    expect(p.nodes).toEqual([['a', 'Person', 'A'], ['b', 'State', 'B'], ['article:x', 'Article', 'T']]);
    expect(p.types).toEqual(['THREAT', 'STATEMENT']);
    expect(p.edges).toEqual([
      [0, 1, 0, 3, [1, 19846]],
      [0, 2, 1, 2, [19723]],
      [1, 0, 1, 1, []],
    ]);
    // At most `limit` merged edges; a target the nodes did not list is kept, named by its id.
    const cut = wholeGraphPayload(nodes, [{ source: 'a', targets: ['zzz', 'b'], types: ['THREAT', 'THREAT'], counts: [1, 1], dates: [[], []] }], 1);
    expect(cut.edges).toEqual([[0, 3, 0, 1, []]]);
    expect(cut.nodes[3]).toEqual(['zzz', 'Entity', 'zzz']);
  });

  test('whole graph nodes: drawn before the edges come, with their activity', () => {
    const p = graphNodesPayload({ nodes: [['a', 'Person', 'A', 5], ['article:x', 'Article', null, 2], 'junk'] });
    expect(p.nodes).toEqual([['a', 'Person', 'A'], ['article:x', 'Article', '']]);
    expect(p.edges).toEqual([]);
    expect(p.activity).toEqual({ a: 5, 'article:x': 2 });
    expect(graphNodesPayload(undefined).nodes).toEqual([]);
  });

  test('top: edges only between the actors listed; activity per actor', () => {
    const p = topPayload({
      nodes: [{ id: 'a', label: 'Person', name: 'A', activity: 5 }, { id: 'b', label: 'State', name: 'B', activity: 2 }],
      edges: [{ source: 'a', target: 'b', type: 'THREAT', count: 2, dates: [] }, { source: 'a', target: 'zzz', type: 'THREAT', count: 1, dates: [] }],
    });
    expect(p.nodes.map((n) => n[0])).toEqual(['a', 'b']);
    expect(p.edges).toEqual([[0, 1, 0, 2, []]]);
    expect(p.activity).toEqual({ a: 5, b: 2 });
    expect(topPayload(undefined).nodes).toEqual([]);
  });

  test('expand: the node first, direction kept', () => {
    const self = { id: 'a', label: 'Person', name: 'A' };
    const p = expandPayload([
      { self, other: { id: 'b', label: 'State', name: 'B' }, type: 'THREAT', out: false, count: 1, dates: ['2024-05-03'] },
    ]);
    expect(p.nodes[0]).toEqual(['a', 'Person', 'A']);
    expect(p.edges).toEqual([[1, 0, 0, 1, [19846]]]);
  });

  test('timeline: counts per day and type, undated apart', () => {
    const t = timelinePayload([
      { type: 'THREAT', date: null, count: 2 },
      { type: 'THREAT', date: '2024-05-03', count: 4 },
      { type: 'STATEMENT', date: '2024-05-03', count: 1 },
    ]);
    expect(t.types).toEqual(['THREAT', 'STATEMENT']);
    expect(t.days).toEqual([[19846, 0, 4], [19846, 1, 1]]);
    expect(t.undated).toEqual({ THREAT: 2 });
  });
});

describe('explorer colours from the Browser style', () => {
  test('node and relationship colours by name', () => {
    const c = parseStyleColours('node { color: #111111; }\nnode.Person {\n  color: #4C8EDA;\n  border-color: #2870C2;\n}\nrelationship.THREAT {\n  color: #D62728;\n}\n');
    expect(c).toEqual({ labels: { Person: '#4c8eda' }, types: { THREAT: '#d62728' } });
  });

  test('cypher/style.grass names every relation type the writers make', () => {
    const c = styleColours();
    expect(Object.keys(c.types)).toEqual(expect.arrayContaining(['AFFILIATED_WITH', 'MENTIONS', 'PROPOSAL', 'STATEMENT', 'THREAT']));
    expect(c.labels.Person).toMatch(/^#[0-9a-f]{6}$/);
  });
});
