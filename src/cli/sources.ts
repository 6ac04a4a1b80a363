// An article's identity across loads (issue 12): its source is the URL when the input gives one,
// else its path relative to the input folder it was found in (a file named directly: relative to
// its own folder), so `kg build news/` and `kg build /abs/news/` name the same articles, and an
// edited file is a new version of the same source. Records of a JSON lines file or a feed keep
// their number ("day.jsonl#3"); standard input is "stdin".
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { GraphBatch } from '../model/types';
import { STDIN } from '../ingest';

export interface ArticleIdentity {
  source: string;
  /** The absolute input folder (what `kg build DIR --sync` compares); undefined for standard input. */
  folder?: string;
}

interface InputRoot {
  given: string;
  folder: string;
  /** A folder given on the command line (its files are below it), or a file. */
  isFolder: boolean;
}

/** Identities for the articles of one run over `inputs` (the paths as given on the command line). */
export class ArticleSources {
  private readonly roots: InputRoot[];

  constructor(inputs: string[], isFolder: (path: string) => boolean) {
    this.roots = inputs.filter((p) => p !== STDIN).map((given) => (isFolder(given) ? { given, folder: resolve(given), isFolder: true } : { given, folder: resolve(dirname(given)), isFolder: false }));
  }

  /** The identity of an article read from `path` (as ingest names it, "#n" for records). */
  identity(path: string, url: string | undefined): ArticleIdentity {
    const hash = path.lastIndexOf('#');
    const file = hash > 0 && /^#\d+$/.test(path.slice(hash)) ? path.slice(0, hash) : path;
    const record = file === path ? '' : path.slice(hash);
    const absolute = resolve(file);
    const root = this.roots.find((r) => (r.isFolder ? absolute.startsWith(r.folder + sep) : resolve(r.given) === absolute));
    if (!root) return { source: url ?? path };
    const local = root.isFolder ? relative(root.folder, absolute).split(sep).join('/') : basename(absolute);
    return { source: url ?? `${local}${record}`, folder: root.folder };
  }

  /** The batch with its article's source and folder set. */
  stamp(batch: GraphBatch): GraphBatch {
    const { source, folder } = this.identity(batch.article.path, batch.article.url);
    return { ...batch, article: { ...batch.article, source, folder } };
  }

  /** Absolute folders among the inputs (for --sync). */
  folders(): string[] {
    return this.roots.filter((r) => r.isFolder).map((r) => r.folder);
  }
}
