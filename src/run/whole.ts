// A run held whole in memory, for small inputs and tests (runCorpus), and articles already in the
// graph read again (rerunBatches). Both go through the same per-article code as every run.
import type { Article, ArticleExtraction, ExportDocument, GraphBatch, Message, ResolvedArticle } from '../model/types';
import { loadKnowledge, type Knowledge } from '../knowledge';
import { emptyCorpusIndex, type GraphMemory } from '../resolve';
import { toExport, toGraphBatch } from '../graph';
import { extractArticle, resolveExtraction } from './article';
import type { DropTally } from './drops';
import { indexCorpus, type RunOptions } from './corpus';

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
  drops: DropTally;
}

/** Reads, extracts and resolves a corpus (files and folders), one node per real actor across it. */
export async function runCorpus(paths: string[], options: RunOptions = {}): Promise<CorpusRun> {
  const corpus = await indexCorpus(paths, options);
  try {
    const articles: ResolvedArticle[] = [];
    for await (const article of corpus.resolved()) articles.push(article);
    const { messages, files, failed, duplicates, drops } = corpus;
    return { articles, messages, files, failed, duplicates, drops };
  } finally {
    corpus.close();
  }
}

export function exportDocument(run: Pick<CorpusRun, 'articles'>): ExportDocument {
  return toExport(run.articles);
}

export function graphBatches(run: Pick<CorpusRun, 'articles'>): GraphBatch[] {
  return run.articles.map(toGraphBatch);
}

/**
 * Articles already in the graph, extracted and resolved again with the people (and organisation names) the graph now holds
 * (src/cli/graph-memory.ts): an article loaded before a person's full name was known gets its
 * surname-only mentions of them.
 */
export function rerunBatches(articles: Article[], graph: GraphMemory, knowledge: Knowledge = loadKnowledge()): GraphBatch[] {
  const index = emptyCorpusIndex(knowledge, graph);
  const extractions = articles.map((article) => extractArticle({ path: article.path, article, messages: [] }, knowledge)).filter((x): x is ArticleExtraction => x !== null);
  return extractions.map((x) => toGraphBatch(resolveExtraction(x, index, knowledge)));
}
