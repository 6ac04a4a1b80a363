// The runner (src/run): the one way the commands, the explorer's loaders, the bench and the tests
// run files through the stages. corpus.ts is the run itself; see its header.
export { indexCorpus, countInputFiles, defaultWorkers, workersFor, PARALLEL_MIN_FILES, MAX_DEFAULT_WORKERS, type IndexedCorpus, type RunOptions } from './corpus';
export { runCorpus, exportDocument, graphBatches, rerunBatches, type CorpusRun } from './whole';
export { extractArticle } from './article';
export { DropTally, describeDrop, DROP_REASONS } from './drops';
export { ExportWriter } from './export-writer';
export type { ArticleMeta } from './protocol';
