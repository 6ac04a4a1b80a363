// Users extend the knowledge with files of their own (KG_KNOWLEDGE_DIR), without touching code. A
// run loads the knowledge once and hands it to every stage: two runs in one process, one with a
// user folder and one without, each see their own knowledge (no module reload, no cache to clear).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDocument } from '../../src/model/types';
import { exportDocument, runCorpus } from '../../src/run';

const TEXT =
  'Officials at Northwind Shipping said on Monday that the route was closed. Mr Okonkwo-Bello said the company would reopen it.\n' +
  'JOIN THE HARBOUR DIGEST TODAY\n' +
  '\nOkonkwo-Bello added that insurers had been told.\n';

function articleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-knowledge-articles-'));
  writeFileSync(join(dir, 'a.txt'), TEXT);
  return dir;
}

function userKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-knowledge-'));
  writeFileSync(join(dir, 'organizations.json'), JSON.stringify({ organizations: [{ name: 'Northwind Shipping Ltd', aliases: ['Northwind Shipping', 'Northwind'], kind: 'company' }] }));
  writeFileSync(join(dir, 'people.json'), JSON.stringify({ people: [{ name: 'Adaeze Okonkwo-Bello', aliases: [], role: 'chief executive', org: 'Northwind Shipping Ltd' }] }));
  writeFileSync(join(dir, 'chrome.json'), JSON.stringify({ lines: [{ id: 'harbour-digest', pattern: '^join the harbour digest today$' }] }));
  return dir;
}

/** One run of `dir` with KG_KNOWLEDGE_DIR set to `knowledgeDir` (unset when undefined), as `kg extract` does it. */
async function runWith(knowledgeDir: string | undefined, dir: string): Promise<{ doc: ExportDocument; text: string }> {
  const previous = process.env.KG_KNOWLEDGE_DIR;
  if (knowledgeDir) process.env.KG_KNOWLEDGE_DIR = knowledgeDir;
  else delete process.env.KG_KNOWLEDGE_DIR;
  try {
    const run = await runCorpus([dir], { requireEnglish: false });
    return { doc: exportDocument(run), text: run.articles[0]?.article.text ?? '' };
  } finally {
    if (previous === undefined) delete process.env.KG_KNOWLEDGE_DIR;
    else process.env.KG_KNOWLEDGE_DIR = previous;
  }
}

test('a user folder changes ingest and extraction of the next run in the same process', async () => {
  const dir = articleDir();
  const user = userKnowledge();

  const without = await runWith(undefined, dir);
  expect(without.text).toContain('HARBOUR DIGEST');
  expect(without.doc.nodes.map((n) => n.name)).not.toContain('Adaeze Okonkwo-Bello');

  const withUserKnowledge = await runWith(user, dir);
  expect(withUserKnowledge.text).not.toContain('HARBOUR DIGEST'); // ingest: the user's chrome line is gone
  const names = withUserKnowledge.doc.nodes.map((n) => n.name);
  expect(names).toContain('Adaeze Okonkwo-Bello');
  // the user's company, named as the article writes it ("Northwind Shipping"), with the user's name as an alias
  expect(withUserKnowledge.doc.nodes.some((n) => n.label === 'Organization' && n.aliases.includes('Northwind Shipping Ltd'))).toBe(true);
  const person = withUserKnowledge.doc.nodes.find((n) => n.name === 'Adaeze Okonkwo-Bello');
  expect(withUserKnowledge.doc.edges.filter((e) => e.type === 'STATEMENT' && e.source === person?.id)).toHaveLength(2);

  const againWithout = await runWith(undefined, dir); // nothing of the user folder stays behind
  expect(againWithout.doc).toEqual(without.doc);
}, 120_000); // three runs, each loading the knowledge (about a second each, more on a busy machine)

test('a broken user file stops the run with the file named', async () => {
  const user = mkdtempSync(join(tmpdir(), 'kg-knowledge-'));
  writeFileSync(join(user, 'people.json'), '{ "people": [ ');
  await expect(runWith(user, articleDir())).rejects.toThrow(/people\.json is not valid JSON/);
}, 60_000);
