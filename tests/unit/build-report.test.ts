// The build summary's example queries come from the registry and this corpus (issue 11): the
// first one is about the claim type, other than the plain statement, that its busiest speaker
// used most — no relation type named in the code.
import { BuildTally } from '../../src/cli/build-report';
import type { GraphBatch, Relation } from '../../src/model/types';
import { CLAIM_TYPE_NAMES } from '../../src/relations/registry';

function batch(id: string, relations: Pick<Relation, 'type' | 'source' | 'target'>[]): GraphBatch {
  return {
    article: { id, file: `${id}.txt`, path: `${id}.txt`, title: '', date: null, text: '' },
    nodes: [
      { id: 'p1', label: 'Person', name: 'Amara Diallo', aliases: [] },
      { id: 'p2', label: 'Person', name: "Liam O'Brien", aliases: [] },
    ],
    mentions: [],
    relations: relations.map((r, k) => ({ ...r, id: `${id}-${k}`, article: id, evidence: '', start: 0, end: 0 })),
  };
}

async function examplesOf(batches: GraphBatch[]): Promise<string[]> {
  const tally = new BuildTally([]);
  for await (const _ of tally.stamped(batches)) void _;
  return tally.examples();
}

test('the first example is the most used claim type other than the statement, with its speaker', async () => {
  const [pointed, other] = CLAIM_TYPE_NAMES.slice(1);
  const examples = await examplesOf([
    batch('a', [
      { type: CLAIM_TYPE_NAMES[0], source: 'p1', target: 'p2' },
      { type: CLAIM_TYPE_NAMES[0], source: 'p1', target: 'p2' },
      { type: other, source: 'p2', target: 'p1' },
      { type: other, source: 'p2', target: 'p1' },
      { type: pointed, source: 'p1', target: 'p2' },
    ]),
  ]);
  expect(examples[0]).toBe(`MATCH (s {name: 'Liam O\\'Brien'})-[t:${other}]->(x) RETURN coalesce(x.name, x.title) AS whom, t.date AS date, t.evidence AS evidence`);
  expect(examples[1]).toContain("(p {name: 'Amara Diallo'})");
});

test('without such claims, the first example lists them all, every type from the registry', async () => {
  const examples = await examplesOf([batch('a', [{ type: CLAIM_TYPE_NAMES[0], source: 'p1', target: 'p2' }])]);
  expect(examples[0]).toContain(`[t:${CLAIM_TYPE_NAMES.slice(1).join('|')}]`);
});
