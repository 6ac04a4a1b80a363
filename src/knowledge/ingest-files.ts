// Validators of the knowledge ingest cleans with (knowledge/en/chrome.json, comments.json,
// english-stopwords.json, dateline-cities.json, file-signatures.json): chrome and comment patterns,
// stop words, dateline cities and file signatures, every field checked, so a broken user edit fails
// at start-up with the file and entry named, instead of silently cleaning nothing.
import type { DateWords } from './dates-file';
import type { KnowledgeFile } from './files';

export interface NamedPattern {
  id: string;
  regex: RegExp;
  /** A line that also matches this stays ("By Jane Doe, Department Spokesperson": the author of a statement, not a reporter). */
  unless?: RegExp;
}

export interface BreadcrumbKnowledge {
  roots: string[];
  separators: string[];
  ellipses: string[];
  minHeadlineOverlapChars: number;
  searchFirstLines: number;
}

export interface HtmlKnowledge {
  dropTags: Set<string>;
  dropOutsideArticleTags: Set<string>;
  dropClassOrIdTokens: Set<string>;
  /** ARIA roles of page furniture: role="navigation" is a <nav> in disguise. */
  dropRoles: Set<string>;
  /** aria-hidden="true" and the hidden attribute: content the reader never sees. */
  dropAriaHidden: boolean;
}

export interface CommentKnowledge {
  markers: RegExp[];
  headers: RegExp[];
  ageLines: RegExp[];
  replyLines: RegExp[];
  maxReplyBlockLines: number;
  maxCharsAfterLoneHeader: number;
  notNames: Set<string>;
  minBodyWordsBeforeMarker: number;
}

export interface LanguageKnowledge {
  stopwords: Set<string>;
  minRatio: number;
  minWords: number;
}

export interface FileSignature {
  name: string;
  bytes: Buffer;
  offset: number;
  /** Long or non-printable signatures decide 'binary' on their own; short printable ones ("MZ") only name it. */
  decisive: boolean;
}

/** What the five ingest files give. */
export interface IngestFileKnowledge {
  chromeLines: NamedPattern[];
  captions: NamedPattern[];
  breadcrumbs: BreadcrumbKnowledge;
  html: HtmlKnowledge;
  comments: CommentKnowledge;
  language: LanguageKnowledge;
  /** Longest first, so "St. Petersburg" wins over a shorter prefix. */
  datelineCities: string[];
  signatures: FileSignature[];
}

/** Everything ingest knows: its own files, and the words it borrows from other knowledge files. */
export interface IngestKnowledge extends IngestFileKnowledge {
  /** Words whose period does not end a sentence ("Mr.", "Gen."): function-words.json titleAbbreviations. */
  titleAbbreviations: ReadonlySet<string>;
  /** The words of dates in text and of a page's date line (dates.json). */
  dates: DateWords;
}

/** The five ingest files, read and merged by the loader (src/knowledge/load.ts). */
export interface IngestFiles {
  chrome: KnowledgeFile;
  comments: KnowledgeFile;
  stopwords: KnowledgeFile;
  cities: KnowledgeFile;
  signatures: KnowledgeFile;
}

export function validateIngestFiles(files: IngestFiles): IngestFileKnowledge {
  const chrome = new JsonFile(files.chrome.source, files.chrome.value);
  const comments = new JsonFile(files.comments.source, files.comments.value);
  const stopwords = new JsonFile(files.stopwords.source, files.stopwords.value);
  const cities = new JsonFile(files.cities.source, files.cities.value);
  const signatures = new JsonFile(files.signatures.source, files.signatures.value);
  return {
    chromeLines: chrome.namedPatterns('lines'),
    captions: chrome.namedPatterns('captions'),
    breadcrumbs: readBreadcrumbs(chrome),
    html: readHtml(chrome),
    comments: readComments(comments),
    language: {
      stopwords: new Set(stopwords.strings('words').map((w) => w.toLowerCase())),
      minRatio: stopwords.number('minRatio'),
      minWords: stopwords.number('minWords'),
    },
    datelineCities: [...cities.strings('cities')].sort((a, b) => b.length - a.length),
    signatures: signatures.objects('signatures').map((entry, i) => readSignature(signatures, entry, i)),
  };
}

function readBreadcrumbs(chrome: JsonFile): BreadcrumbKnowledge {
  const section = chrome.section('breadcrumbs');
  return {
    roots: section.strings('roots'),
    separators: section.strings('separators'),
    ellipses: section.strings('ellipses'),
    minHeadlineOverlapChars: section.number('minHeadlineOverlapChars'),
    searchFirstLines: section.number('searchFirstLines'),
  };
}

function readHtml(chrome: JsonFile): HtmlKnowledge {
  const section = chrome.section('html');
  const lower = (values: string[]): Set<string> => new Set(values.map((v) => v.toLowerCase()));
  return {
    dropTags: lower(section.strings('dropTags')),
    dropOutsideArticleTags: lower(section.strings('dropOutsideArticleTags')),
    dropClassOrIdTokens: lower(section.strings('dropClassOrIdTokens')),
    dropRoles: lower(section.strings('dropRoles')),
    dropAriaHidden: section.boolean('dropAriaHidden'),
  };
}

function readComments(comments: JsonFile): CommentKnowledge {
  return {
    markers: comments.patterns('markers'),
    headers: comments.patterns('headers'),
    ageLines: comments.patterns('ageLines'),
    replyLines: comments.patterns('replyLines'),
    maxReplyBlockLines: comments.number('maxReplyBlockLines'),
    maxCharsAfterLoneHeader: comments.number('maxCharsAfterLoneHeader'),
    notNames: new Set(comments.strings('notNames').map((w) => w.toLowerCase())),
    minBodyWordsBeforeMarker: comments.number('minBodyWordsBeforeMarker'),
  };
}

function readSignature(file: JsonFile, entry: JsonFile, index: number): FileSignature {
  const hex = entry.string('hex');
  if (!/^([0-9a-f]{2})+$/i.test(hex)) file.fail(`signatures[${index}].hex must be pairs of hex digits`);
  const bytes = Buffer.from(hex, 'hex');
  const printable = bytes.every((b) => b >= 0x20 && b < 0x7f);
  return {
    name: entry.string('name'),
    bytes,
    offset: entry.optionalNumber('offset') ?? 0,
    decisive: bytes.length >= 4 || !printable,
  };
}

/** One JSON object from a knowledge file, with typed getters that name the file in their errors. */
class JsonFile {
  private readonly value: Record<string, unknown>;

  constructor(
    private readonly name: string,
    raw: unknown,
  ) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) this.fail('must be a JSON object');
    this.value = raw as Record<string, unknown>;
  }

  fail(problem: string): never {
    throw new Error(`knowledge file ${this.name}: ${problem}`);
  }

  section(key: string): JsonFile {
    return new JsonFile(`${this.name} ${key}`, this.value[key]);
  }

  objects(key: string): JsonFile[] {
    const list = this.value[key];
    if (!Array.isArray(list)) this.fail(`'${key}' must be a list`);
    return list.map((item, i) => new JsonFile(`${this.name} ${key}[${i}]`, item));
  }

  string(key: string): string {
    const v = this.value[key];
    if (typeof v !== 'string') this.fail(`'${key}' must be a string`);
    return v;
  }

  optionalString(key: string): string | undefined {
    return this.value[key] === undefined ? undefined : this.string(key);
  }

  strings(key: string): string[] {
    const v = this.value[key];
    if (!Array.isArray(v) || !v.every((s): s is string => typeof s === 'string')) {
      this.fail(`'${key}' must be a list of strings`);
    }
    return v;
  }

  number(key: string): number {
    const v = this.value[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`'${key}' must be a number`);
    return v;
  }

  optionalNumber(key: string): number | undefined {
    return this.value[key] === undefined ? undefined : this.number(key);
  }

  boolean(key: string): boolean {
    const v = this.value[key];
    if (typeof v !== 'boolean') this.fail(`'${key}' must be true or false`);
    return v;
  }

  /** A list of regular-expression strings, each matched against one whole line. */
  patterns(key: string): RegExp[] {
    return this.strings(key).map((source, i) => this.compile(source, 'iu', `${key}[${i}]`));
  }

  /** A list of {id, pattern, flags?, unless?} objects. */
  namedPatterns(key: string): NamedPattern[] {
    return this.objects(key).map((entry, i) => {
      const id = entry.string('id');
      const flags = entry.optionalString('flags') ?? 'iu';
      const unless = entry.optionalString('unless');
      const pattern: NamedPattern = { id, regex: this.compile(entry.string('pattern'), flags, `${key}[${i}] (${id})`) };
      if (unless !== undefined) pattern.unless = this.compile(unless, flags, `${key}[${i}] (${id}) unless`);
      return pattern;
    });
  }

  private compile(source: string, flags: string, where: string): RegExp {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      return this.fail(`${where} is not a valid regular expression: ${(error as Error).message}`);
    }
  }
}
