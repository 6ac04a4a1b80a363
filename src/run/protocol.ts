// Messages between a run (src/run/index.ts) and the code that does its tasks (tasks.ts): worker threads, or the main thread itself.
import type { Article, Message, ResolvedArticle } from '../model/types';
import type { IngestOptions } from '../ingest';
import type { CorpusIndex } from '../resolve';

export interface WorkerSetup {
  /** This worker's number: names its spill file in results. */
  index: number;
  spillFile: string;
  ingest: Pick<IngestOptions, 'maxFileMb' | 'maxFileSeconds' | 'format' | 'requireEnglish'>;
  /** The user knowledge folders of the run's knowledge (Knowledge.sources.extra): a worker loads the same knowledge. */
  knowledgeDirs: string[];
}

/** A few files per message: fewer messages between threads, results in the same order. */
export interface ExtractTask {
  paths: string[];
}

export type ArticleMeta = Pick<Article, 'id' | 'file' | 'title' | 'date' | 'url' | 'outlet'>;

export interface SpillRef {
  worker: number;
  offset: number;
  length: number;
}

export type ExtractResult =
  | { path: string; messages: Message[]; article: null }
  | {
      path: string;
      messages: Message[];
      article: ArticleMeta;
      /** canonical of every Person mention of kind 'name': what indexArticle reads. */
      personNames: string[];
      /** [organisation name, full form written] of the article (src/resolve/written-names.ts). */
      writtenForms: Array<[string, string]>;
      spill: SpillRef;
    };

/** Pass 2, sent to every worker once: the complete corpus index and where every worker spilled. */
export interface ResolveSetup {
  resolveWith: { index: CorpusIndex; spillFiles: string[] };
}

/** Pass 2: extractions to read back from the spill files and resolve, in this order. */
export interface ResolveTask {
  refs: SpillRef[];
}

export type PipelineTask = { extract: ExtractTask } | { resolve: ResolveTask };

/**
 * A worker's answer to a PipelineTask. Resolved articles come as objects (structured clone), not
 * JSON text: strings that JSON.parse cuts out of a long text can keep the whole text alive, and the
 * export keeps entity ids, names and article ids for the whole run.
 */
export type PipelineResult = { extracted: ExtractResult[] } | { resolved: ResolvedArticle[] };
