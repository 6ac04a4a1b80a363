// Kept for the imports of tests and benches written before src/run: every name here is the runner's
// (src/run), which holds the one loop.
export { extractArticle, exportDocument, graphBatches, runCorpus, type CorpusRun, type RunOptions as PipelineOptions } from './run';
