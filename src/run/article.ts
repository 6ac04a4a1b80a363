// One article through the stages, the same wherever it runs (a worker thread, the main thread, a
// re-read of articles already in the graph): file -> nlp -> extract under the file's time budget,
// then extraction -> resolve -> edges checked against their nodes.
import type { ArticleExtraction, IngestedFile, ResolvedArticle } from '../model/types';
import { extractionErrorMessage, fileBudgetOf, FileTimeBudgetExceeded, timeBudgetMessage, withinFileBudget } from '../ingest';
import { annotate } from '../nlp';
import { readableCase } from '../nlp/recase';
import { extract, type Knowledge } from '../extract';
import { resolveArticle, type CorpusIndex } from '../resolve';
import { withoutDanglingEdges } from '../graph';

/** Article -> extraction: the pure part of a run, one article at a time (null: no article, or over its time budget). */
export function extractArticle(file: IngestedFile, knowledge: Knowledge): ArticleExtraction | null {
  const article = file.article;
  if (!article) return null;
  let extraction: ArticleExtraction;
  try {
    // Under the file's time budget, begun when ingest read it (src/ingest/budget.ts).
    extraction = withinFileBudget(fileBudgetOf(file), () => extract(annotate(readableCase(article, knowledge)), knowledge));
  } catch (err) {
    // the file is skipped with this line; a bug met in one file costs that file, not the run
    file.messages.push(err instanceof FileTimeBudgetExceeded ? timeBudgetMessage(file.path, err) : extractionErrorMessage(file.path, err));
    return null;
  }
  return { ...extraction, messages: [...file.messages, ...extraction.messages] };
}

/** Extraction -> the article's entities and edges, against the corpus index; no edge without its nodes. */
export function resolveExtraction(extraction: ArticleExtraction, index: CorpusIndex, knowledge: Knowledge): ResolvedArticle {
  return withoutDanglingEdges(resolveArticle(extraction, index, knowledge));
}
