// Ingest: input paths -> one IngestedFile per file (an Article, or messages saying why not).
export { listInputFiles, ingestFile, ingestFiles, ingestInput, STDIN, type InputListing } from './files';
export { ingestBuffer, ingestInputResolved, detectFormat, contentId } from './ingest';
export { INGEST_RULES, type IngestRule } from './messages';
export { DEFAULT_MAX_FILE_MB, MAX_FILE_MB_ENV, type IngestOptions, type InputFormat } from './options';
export { checkFileBudget, fileBudgetOf, FileTimeBudgetExceeded, timeBudgetMessage, extractionErrorMessage, withinFileBudget, MAX_FILE_SECONDS_ENV } from './budget';
