// Users extend the knowledge with files of their own (KG_KNOWLEDGE_DIR), without touching code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDocument } from '../../src/model/types';

function extractWith(knowledgeDir: string | undefined, text: string): ExportDocument {
  const previous = process.env.KG_KNOWLEDGE_DIR;
  let doc: ExportDocument | undefined;
  if (knowledgeDir) process.env.KG_KNOWLEDGE_DIR = knowledgeDir;
  else delete process.env.KG_KNOWLEDGE_DIR;
  try {
    jest.isolateModules(() => {
      // fresh modules: knowledge is built once per process, from the environment of that moment
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ingestBuffer } = require('../../src/ingest') as typeof import('../../src/ingest');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { extractArticle } = require('../../src/run') as typeof import('../../src/run');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { resolveCorpus } = require('../../src/resolve') as typeof import('../../src/resolve');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { loadKnowledge } = require('../../src/extract') as typeof import('../../src/extract');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { toExport } = require('../../src/graph') as typeof import('../../src/graph');
      const extraction = extractArticle(ingestBuffer('a.txt', Buffer.from(text), { requireEnglish: false }));
      if (!extraction) throw new Error('no article');
      doc = toExport(resolveCorpus([extraction], loadKnowledge()));
    });
  } finally {
    if (previous === undefined) delete process.env.KG_KNOWLEDGE_DIR;
    else process.env.KG_KNOWLEDGE_DIR = previous;
  }
  if (!doc) throw new Error('extraction did not run');
  return doc;
}

const TEXT = 'Officials at Northwind Shipping said on Monday that the route was closed. Mr Okonkwo-Bello said the company would reopen it.\n\nOkonkwo-Bello added that insurers had been told.\n';

test('a user file adds organisations and canonical names of its own domain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-knowledge-'));
  writeFileSync(join(dir, 'organizations.json'), JSON.stringify({ organizations: [{ name: 'Northwind Shipping Ltd', aliases: ['Northwind Shipping', 'Northwind'], kind: 'company' }] }));
  writeFileSync(join(dir, 'people.json'), JSON.stringify({ people: [{ name: 'Adaeze Okonkwo-Bello', aliases: [], role: 'chief executive', org: 'Northwind Shipping Ltd' }] }));

  const without = extractWith(undefined, TEXT);
  expect(without.nodes.map((n) => n.name)).not.toContain('Adaeze Okonkwo-Bello');

  const withUserKnowledge = extractWith(dir, TEXT);
  const names = withUserKnowledge.nodes.map((n) => n.name);
  expect(names).toEqual(expect.arrayContaining(['Northwind Shipping Ltd', 'Adaeze Okonkwo-Bello']));
  const person = withUserKnowledge.nodes.find((n) => n.name === 'Adaeze Okonkwo-Bello');
  expect(withUserKnowledge.edges.filter((e) => e.type === 'STATEMENT' && e.source === person?.id)).toHaveLength(2);
});

test('a broken user file stops with the file named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-knowledge-'));
  writeFileSync(join(dir, 'people.json'), '{ "people": [ ');
  expect(() => extractWith(dir, TEXT)).toThrow(/people\.json is not valid JSON/);
});
