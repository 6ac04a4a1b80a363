// The graph stage: the export contract of ../shared/eval/README.md, built from the seeds.
import { exportDocument, graphBatches, runCorpus } from '../../src/run';

jest.setTimeout(60_000);

test('the seeds export follows the contract and every edge points into its article', async () => {
  const run = await runCorpus(['seeds']);
  const doc = exportDocument(run);
  expect(doc.articles.map((a) => a.file).sort()).toEqual(['000_b8527ec254b17462.txt', '001_730480621d05b789.txt', '002_212c296293ee434c.txt', '003_24270a5528fe9d1d.txt', '004_a0fbd092381ce522.txt']);
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const articles = new Map(run.articles.map((a) => [a.article.id, a.article.text]));
  for (const node of doc.nodes) {
    expect(['Person', 'State', 'Organization', 'Location']).toContain(node.label);
    expect(node.articles.length).toBeGreaterThan(0);
  }
  for (const edge of doc.edges) {
    expect(nodeIds.has(edge.source)).toBe(true);
    if (edge.target !== null) expect(nodeIds.has(edge.target)).toBe(true);
    expect(edge.evidence.length).toBeLessThanOrEqual(600);
    expect(articles.get(edge.article)?.slice(edge.start, edge.end)).toBe(edge.evidence);
  }
  expect(new Set(doc.edges.map((e) => e.id)).size).toBe(doc.edges.length);
});

test('one node per actor across articles, and the same ids in a second run', async () => {
  const first = exportDocument(await runCorpus(['seeds']));
  const second = exportDocument(await runCorpus(['seeds']));
  expect(second).toEqual(first);
  const putins = first.nodes.filter((n) => n.name === 'Vladimir Putin');
  expect(putins).toHaveLength(1);
  expect(putins[0].articles.length).toBe(2); // 000 and 001; 004 names him only in reader comments
});

test('each article becomes one batch with its own mentions and relations', async () => {
  const run = await runCorpus(['seeds']);
  const batches = graphBatches(run);
  expect(batches).toHaveLength(5);
  for (const batch of batches) {
    const ids = new Set(batch.nodes.map((n) => n.id));
    for (const r of batch.relations) {
      expect(ids.has(r.source)).toBe(true);
      expect(r.article).toBe(batch.article.id);
    }
  }
});
