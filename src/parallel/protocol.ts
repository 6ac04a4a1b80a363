// Messages between the parallel pipeline's main thread and its workers.
import type { Article, Message } from '../model/types';
import type { IngestOptions } from '../ingest';

export interface WorkerSetup {
  /** This worker's number: names its spill file in results. */
  index: number;
  spillFile: string;
  ingest: Pick<IngestOptions, 'maxFileMb' | 'format' | 'requireEnglish'>;
}

/** A few files per message: fewer messages between threads, results in the same order. */
export interface ExtractTask {
  paths: string[];
}

export type ArticleMeta = Pick<Article, 'id' | 'file' | 'title' | 'date'>;

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
      spill: SpillRef;
    };
