// The runner (src/run) gives the same results with worker threads as in-process (one worker):
// the same JSON export byte for byte, the same messages and counts, duplicates and failures.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultWorkers, exportDocument, ExportWriter, indexCorpus, PARALLEL_MIN_FILES, runCorpus } from '../../src/run';
import { CsvExportWriter } from '../../src/export/csv';
import { toGraphBatch } from '../../src/graph';

jest.setTimeout(120_000);

const SEEDS = join(__dirname, '..', '..', 'seeds');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-parallel-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function parallelExport(paths: string[], workers: number, file: string) {
  const corpus = await indexCorpus(paths, { workers });
  try {
    const writer = new ExportWriter(file, corpus.articles);
    for await (const article of corpus.resolved()) writer.add(article);
    writer.finish();
  } finally {
    corpus.close();
  }
  return corpus;
}

test('the seeds give the same export, byte for byte, with 2 workers as in-process', async () => {
  const run = await runCorpus([SEEDS]);
  const expected = `${JSON.stringify(exportDocument(run), null, 2)}\n`;
  const file = join(tmp, 'seeds.json');
  const corpus = await parallelExport([SEEDS], 2, file);
  expect(readFileSync(file, 'utf8')).toBe(expected);
  expect({ files: corpus.files, failed: corpus.failed, duplicates: corpus.duplicates }).toEqual({ files: run.files, failed: run.failed, duplicates: run.duplicates });
  expect(corpus.messages).toEqual(run.messages);
  // the same drops, counted the same (src/run/drops.ts)
  expect(corpus.drops.summary()).toBe(run.drops.summary());
  expect(corpus.drops.total()).toBeGreaterThan(0);
});

test('duplicates, unreadable and empty files are reported as in-process, in input order', async () => {
  const folder = join(tmp, 'mixed');
  require('node:fs').mkdirSync(folder);
  const seeds = readdirSync(SEEDS).sort();
  seeds.forEach((name) => copyFileSync(join(SEEDS, name), join(folder, name)));
  copyFileSync(join(SEEDS, seeds[0]), join(folder, 'zz-copy-of-first.txt'));
  writeFileSync(join(folder, 'empty.txt'), '   \n');
  writeFileSync(join(folder, 'binary.bin'), Buffer.from([0, 1, 2, 3, 255, 0, 0, 7]));
  const paths = [folder, join(tmp, 'no-such-file.txt')];
  const run = await runCorpus(paths);
  const file = join(tmp, 'mixed.json');
  const corpus = await parallelExport(paths, 3, file);
  expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(exportDocument(run), null, 2)}\n`);
  expect(corpus.messages).toEqual(run.messages);
  expect({ files: corpus.files, failed: corpus.failed, duplicates: corpus.duplicates, articles: corpus.articles.length }).toEqual({
    files: run.files,
    failed: run.failed,
    duplicates: run.duplicates,
    articles: run.articles.length,
  });
  expect(corpus.duplicates).toBe(1);
});

test('an empty input gives an empty export', async () => {
  const folder = join(tmp, 'nothing');
  require('node:fs').mkdirSync(folder);
  const file = join(tmp, 'nothing.json');
  await parallelExport([folder], 2, file);
  expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(exportDocument(await runCorpus([folder])), null, 2)}\n`);
});

test('the CSV files are the same from the parallel pipeline as from the in-process one', async () => {
  const inProcess = new CsvExportWriter(join(tmp, 'csv-1'));
  for (const article of (await runCorpus([SEEDS])).articles) inProcess.add(toGraphBatch(article));
  const a = inProcess.finish();
  const corpus = await indexCorpus([SEEDS], { workers: 2 });
  const parallel = new CsvExportWriter(join(tmp, 'csv-2'));
  for await (const article of corpus.resolved()) parallel.add(toGraphBatch(article));
  corpus.close();
  const b = parallel.finish();
  expect(b.files).toEqual(a.files);
  for (const name of Object.keys(a.files)) expect(readFileSync(join(tmp, 'csv-2', name), 'utf8')).toBe(readFileSync(join(tmp, 'csv-1', name), 'utf8'));
});

test('default workers: in-process for small inputs, up to 4 threads for large ones; an explicit number wins', () => {
  expect(defaultWorkers(5)).toBe(1);
  expect(defaultWorkers(PARALLEL_MIN_FILES)).toBeGreaterThanOrEqual(1);
  expect(defaultWorkers(PARALLEL_MIN_FILES)).toBeLessThanOrEqual(4);
  expect(defaultWorkers(5, 3)).toBe(3);
});
