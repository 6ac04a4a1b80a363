// The work of a run, task by task: the same code on a worker thread (worker.ts) and in-process
// (executors.ts), so one worker and many give the same results.
//   pass 1  ingest + nlp + extract of a few files per task. The extraction is kept in a store (a
//           worker's spill file, or memory in-process); the main thread gets back only what it
//           needs to index the corpus (the people named in full) and where the extraction is.
//   pass 2  with the complete corpus index, extractions are read back and resolved.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { ingestInput } from '../ingest';
import type { Knowledge } from '../extract';
import { writtenNames, writtenPersonNames, type CorpusIndex } from '../resolve';
import type { ArticleExtraction, IngestedFile, ResolvedArticle } from '../model/types';
import { extractArticle, resolveExtraction } from './article';
import type { ExtractResult, ExtractTask, PipelineResult, PipelineTask, ResolveTask, SpillRef, WorkerSetup } from './protocol';

/** Where pass 1 keeps extractions until pass 2 reads them back. */
export interface ExtractionStore {
  put(extraction: ArticleExtraction): SpillRef;
}

export type ExtractionReader = (ref: SpillRef) => ArticleExtraction;

/** In-process: the extractions themselves, in memory. */
export class MemoryStore implements ExtractionStore {
  private readonly kept: ArticleExtraction[] = [];
  put(extraction: ArticleExtraction): SpillRef {
    this.kept.push(extraction);
    return { worker: 0, offset: this.kept.length - 1, length: 0 };
  }
  readonly read: ExtractionReader = (ref) => {
    const extraction = this.kept[ref.offset];
    if (!extraction) throw new Error(`no extraction kept at ${ref.offset}`);
    return extraction;
  };
}

/** A worker: one JSON line per extraction in its spill file, so memory does not grow with the corpus. */
export class SpillFileStore implements ExtractionStore {
  private readonly fd: number;
  private offset = 0;
  constructor(
    file: string,
    private readonly worker: number,
  ) {
    this.fd = openSync(file, 'w');
  }
  put(extraction: ArticleExtraction): SpillRef {
    const bytes = Buffer.from(`${JSON.stringify(extraction)}\n`, 'utf8');
    writeSync(this.fd, bytes);
    const ref = { worker: this.worker, offset: this.offset, length: bytes.length };
    this.offset += bytes.length;
    return ref;
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Pass 2 on a worker: any worker's spill file may hold the extraction asked for. */
export class SpillFileReader {
  private readonly fds: number[];
  private buffer = Buffer.alloc(1 << 16);
  constructor(files: string[]) {
    this.fds = files.map((f) => openSync(f, 'r'));
  }
  readonly read: ExtractionReader = (ref) => {
    if (this.buffer.length < ref.length) this.buffer = Buffer.alloc(ref.length * 2);
    readSync(this.fds[ref.worker], this.buffer, 0, ref.length, ref.offset);
    return JSON.parse(this.buffer.toString('utf8', 0, ref.length)) as ArticleExtraction;
  };
  close(): void {
    for (const fd of this.fds) closeSync(fd);
  }
}

export class TaskHandler {
  private resolving: { index: CorpusIndex; read: ExtractionReader } | null = null;

  constructor(
    private readonly ingest: WorkerSetup['ingest'],
    private readonly store: ExtractionStore,
    private readonly knowledge: Knowledge,
  ) {}

  /** Pass 2 begins: the complete corpus index, and where to read extractions. */
  startResolving(index: CorpusIndex, read: ExtractionReader): void {
    this.resolving = { index, read };
  }

  async handle(task: PipelineTask): Promise<PipelineResult> {
    if ('extract' in task) return { extracted: await this.extractFiles(task.extract) };
    return { resolved: this.resolve(task.resolve) };
  }

  private async extractFiles(task: ExtractTask): Promise<ExtractResult[]> {
    const results: ExtractResult[] = [];
    // A JSON lines file or a feed gives one result per record.
    for (const path of task.paths) for (const file of await ingestInput(path, this.ingest, this.knowledge.ingest)) results.push(this.extractFile(file));
    return results;
  }

  private extractFile(file: IngestedFile): ExtractResult {
    const extraction = file.article ? extractArticle(file, this.knowledge) : null;
    if (!file.article || !extraction) return { path: file.path, messages: file.messages, article: null };
    const { id, file: name, title, date, url, outlet } = file.article;
    return {
      path: file.path,
      messages: file.messages,
      article: { id, file: name, title, date, url, outlet },
      personNames: writtenPersonNames(extraction),
      writtenForms: writtenNames(extraction, this.knowledge),
      spill: this.store.put(extraction),
    };
  }

  private resolve(task: ResolveTask): ResolvedArticle[] {
    if (!this.resolving) throw new Error('pass 2 task before the corpus index');
    const { index, read } = this.resolving;
    return task.refs.map((ref) => resolveExtraction(read(ref), index, this.knowledge));
  }
}
