// The wiring, in one place: files -> ingest -> nlp -> extract -> resolve -> graph.
// The CLI and the server call these; the neo4j stage takes the GraphBatches.
import type { Article, ArticleExtraction, GraphBatch, IngestedFile, Message, ResolvedArticle } from './model/types';
import { fileBudgetOf, FileTimeBudgetExceeded, ingestFiles, timeBudgetMessage, withinFileBudget, type IngestOptions } from './ingest';
import { annotate } from './nlp';
import { extract, loadKnowledge } from './extract';
import { emptyCorpusIndex, indexArticle, resolveArticle, type KnownPerson } from './resolve';
import { toExport, toGraphBatch } from './graph';
import type { ExportDocument } from './model/types';

export interface PipelineOptions extends IngestOptions {
  /** People the graph already holds: resolution starts from them (kg build, kg extract --graph). */
  graphPeople?: readonly KnownPerson[];
  /** Called after each input file, for progress bars. */
  onFile?: (file: IngestedFile, done: number) => void;
}

export interface CorpusRun {
  articles: ResolvedArticle[];
  /** Every message of every file (errors, warnings, what cleaning removed). */
  messages: Message[];
  /** Files given (after expanding folders). */
  files: number;
  /** Files that could not become an article (a fatal message each). */
  failed: number;
  /** Files whose content was already read from another file (same content hash). */
  duplicates: number;
}

/** Article -> extraction: the pure part of the pipeline, one article at a time. */
export function extractArticle(file: IngestedFile): ArticleExtraction | null {
  const article = file.article;
  if (!article) return null;
  let extraction: ArticleExtraction;
  try {
    // Under the file's time budget, begun when ingest read it (src/ingest/budget.ts).
    extraction = withinFileBudget(fileBudgetOf(file), () => extract(annotate(article), loadKnowledge()));
  } catch (err) {
    if (!(err instanceof FileTimeBudgetExceeded)) throw err;
    file.messages.push(timeBudgetMessage(file.path, err)); // the file is skipped with this line
    return null;
  }
  return { ...extraction, messages: [...file.messages, ...extraction.messages] };
}

/** Reads, extracts and resolves a corpus (files and folders), one node per real actor across it. */
export async function runCorpus(paths: string[], options: PipelineOptions = {}): Promise<CorpusRun> {
  const knowledge = loadKnowledge();
  const index = emptyCorpusIndex(knowledge, options.graphPeople);
  const extractions: ArticleExtraction[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  let files = 0;
  let failed = 0;
  let duplicates = 0;
  for await (const file of ingestFiles(paths, options)) {
    files++;
    if (!file.article) failed++;
    else if (seen.has(file.article.id)) {
      duplicates++;
      file.messages.push({ file: file.path, severity: 'info', rule: 'duplicate', text: 'same content as another input file: read once' });
    } else {
      seen.add(file.article.id);
      const extraction = extractArticle(file);
      if (extraction) {
        indexArticle(index, extraction);
        extractions.push(extraction);
      } else failed++; // over its time budget: extractArticle added the message
    }
    messages.push(...file.messages);
    options.onFile?.(file, files);
  }
  const articles = extractions.map((x) => resolveArticle(x, index, knowledge));
  return { articles, messages, files, failed, duplicates };
}

export function exportDocument(run: CorpusRun): ExportDocument {
  return toExport(run.articles);
}

export function graphBatches(run: CorpusRun): GraphBatch[] {
  return run.articles.map(toGraphBatch);
}

/**
 * Articles already in the graph, extracted and resolved again with the people the graph now holds
 * (src/cli/graph-memory.ts): an article loaded before a person's full name was known gets its
 * surname-only mentions of them.
 */
export function rerunArticles(articles: Article[], graphPeople: readonly KnownPerson[]): ResolvedArticle[] {
  const knowledge = loadKnowledge();
  const index = emptyCorpusIndex(knowledge, graphPeople);
  const extractions = articles.map((article) => extractArticle({ path: article.path, article, messages: [] })).filter((x): x is ArticleExtraction => x !== null);
  return extractions.map((x) => resolveArticle(x, index, knowledge));
}
