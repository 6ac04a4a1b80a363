// One file's bytes -> an Article, or the fatal message that says why there is none. Pure: no I/O.
import { sha256Hex } from '../hash';
import { basename, extname } from 'node:path';
import type { Article, ArticleMetadata, IngestedFile, Message } from '../model/types';
import { datelineInYearOf } from './dates';
import { containerFormat, splitContainer } from './records';
import { cleanText, normaliseWhitespace, type CleanedText } from './clean';
import { decodeBytes } from './decode';
import { htmlToText, looksLikeHtml } from './html';
import type { IngestKnowledge } from './knowledge';
import { judgeEnglish } from './language';
import { markdownToText } from './markdown';
import { formatMegabytes, ingestMessage, quoteLine } from './messages';
import { raiseLimitHint, resolveOptions, type IngestOptions, type InputFormat, type ResolvedIngestOptions } from './options';
import { chooseTitle } from './title';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
/** How many removed chrome lines a message quotes before saying "and N more". */
const QUOTED_CHROME_LINES = 3;

interface PlainDocument {
  text: string;
  title: string | null;
  date: string | null;
}

export function ingestBuffer(path: string, bytes: Buffer, options: IngestOptions, knowledge: IngestKnowledge): IngestedFile {
  return ingestResolved(path, bytes, resolveOptions(options), knowledge);
}

/** ingestBuffer with options and knowledge already resolved (once per run, not once per file). */
export function ingestResolved(path: string, bytes: Buffer, options: ResolvedIngestOptions, k: IngestKnowledge): IngestedFile {
  const decoded = decodeInput(path, bytes, options, k);
  if ('rejected' in decoded) return decoded.rejected;
  return ingestText(path, decoded.text, options.format ?? detectFormat(path, decoded.text), decoded.messages, options, k);
}

/**
 * One input's bytes -> its articles: one for a document (text, Markdown, HTML), one per record
 * for JSON lines and feeds (src/ingest/records.ts), a bad record rejected alone.
 */
export function ingestInputResolved(path: string, bytes: Buffer, options: ResolvedIngestOptions, k: IngestKnowledge): IngestedFile[] {
  const decoded = decodeInput(path, bytes, options, k);
  if ('rejected' in decoded) return [decoded.rejected];
  const container = options.format ? null : containerFormat(path, decoded.text);
  if (!container) return [ingestText(path, decoded.text, options.format ?? detectFormat(path, decoded.text), decoded.messages, options, k)];
  return splitContainer(container, path, decoded.text).entries.map((entry) =>
    'fatal' in entry
      ? { path: entry.path, article: null, messages: [...decoded.messages, entry.fatal] }
      : ingestText(entry.path, entry.text, entry.html ? 'html' : 'text', [...decoded.messages, ...entry.messages], options, k, entry.meta),
  );
}

type Decoded = { text: string; messages: Message[] } | { rejected: IngestedFile };

function decodeInput(path: string, bytes: Buffer, options: ResolvedIngestOptions, k: IngestKnowledge): Decoded {
  const messages: Message[] = [];
  const reject = (message: Message): Decoded => ({ rejected: { path, article: null, messages: [...messages, message] } });
  if (bytes.length > options.maxFileBytes) return reject(tooLargeMessage(path, bytes.length, options));
  const decoded = decodeBytes(path, bytes, k.signatures);
  if ('fatal' in decoded) return reject(decoded.fatal);
  messages.push(...decoded.warnings);
  if (normaliseWhitespace(decoded.text) === '') {
    return reject(ingestMessage(path, 'fatal', 'empty', `the file holds only whitespace (${bytes.length} bytes)`));
  }
  // NFC: "Pu\u0301tin" (a combining accent) is the "Pútin" that names are matched against; every
  // offset after this refers to the normalised text, so evidence stays text.slice(start, end).
  return { text: decoded.text.normalize('NFC'), messages };
}

/** Decoded text -> an Article (or the fatal message why not); `meta` is what a container said. */
function ingestText(
  path: string,
  text: string,
  format: InputFormat,
  decodeMessages: Message[],
  options: ResolvedIngestOptions,
  k: IngestKnowledge,
  meta?: ArticleMetadata,
): IngestedFile {
  const messages: Message[] = [...decodeMessages];
  const reject = (message: Message): IngestedFile => ({ path, article: null, messages: [...messages, message] });
  if (meta?.language && !/^en\b/i.test(meta.language)) {
    return reject(ingestMessage(path, 'fatal', 'not-english', `the record says its language is ${JSON.stringify(meta.language)}; the extractor only understands English`));
  }
  const document = toPlainText(format, normaliseWhitespace(text), k);
  if (format !== 'text') {
    messages.push(ingestMessage(path, 'info', 'markup-removed', `read as ${format === 'html' ? 'HTML' : 'Markdown'}; markup removed`));
  }

  const cleaned = cleanText(document.text, k);
  messages.push(...cleaningMessages(path, cleaned));
  if (!/[\p{L}\p{N}]/u.test(cleaned.text)) {
    return reject(ingestMessage(path, 'fatal', 'no-content', noContentReason(cleaned, format)));
  }

  if (options.requireEnglish) {
    const verdict = judgeEnglish(cleaned.text, k.language);
    if (verdict.english === false) {
      const share = Math.round(verdict.ratio * 100);
      const needed = Math.round(k.language.minRatio * 100);
      const text = `the text does not look English: ${share}% of the ${verdict.words} words of its sentences are common English words (English news has about 40%; at least ${needed}% needed); the extractor only understands English`;
      return reject(ingestMessage(path, 'fatal', 'not-english', text));
    }
  }

  return { path, article: toArticle(path, document, cleaned, k, meta), messages };
}

export function detectFormat(path: string, text: string): InputFormat {
  const extension = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  if (MARKDOWN_EXTENSIONS.has(extension)) return 'markdown';
  return looksLikeHtml(text) ? 'html' : 'text';
}

function toPlainText(format: InputFormat, text: string, k: IngestKnowledge): PlainDocument {
  if (format === 'html') return htmlToText(text, k.html);
  if (format === 'markdown') return markdownToText(text);
  return { text, title: null, date: null };
}

function toArticle(path: string, document: PlainDocument, cleaned: CleanedText, k: IngestKnowledge, meta?: ArticleMetadata): Article {
  const article: Article = {
    id: contentId(cleaned.text),
    path,
    file: basename(path),
    title: meta?.title || (document.title ?? chooseTitle(cleaned.text, k)),
    date: meta?.date ? datelineInYearOf(cleaned.text, meta.date, k.dates) ?? meta.date : document.date ?? cleaned.date,
    text: cleaned.text,
  };
  // Only when the input gives them: a plain file's article (and its export) has no such keys.
  if (meta?.url) article.url = meta.url;
  if (meta?.outlet) article.outlet = meta.outlet;
  return article;
}

/** First 16 hex digits of the SHA-256 of the cleaned text: the same article twice is one article. */
export function contentId(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

export function tooLargeMessage(path: string, size: number, options: ResolvedIngestOptions): Message {
  const text = `the file is ${formatMegabytes(size)} (${size} bytes), above the ${options.maxFileMb} MB limit; ${raiseLimitHint(size)}`;
  return ingestMessage(path, 'fatal', 'too-large', text);
}

function cleaningMessages(path: string, cleaned: CleanedText): Message[] {
  const messages: Message[] = [];
  if (cleaned.comments) {
    const { removedChars, firstLine, evidence } = cleaned.comments;
    const recognised = evidence === firstLine ? '' : ` (recognised by ${quoteLine(evidence)})`;
    const text = `removed ${removedChars} characters of reader comments, from the line ${quoteLine(firstLine)} to the end${recognised}`;
    messages.push(ingestMessage(path, 'info', 'comments-removed', text));
  }
  if (cleaned.chrome.length > 0) {
    const chars = cleaned.chrome.reduce((sum, r) => sum + r.line.length, 0);
    const quoted = cleaned.chrome.slice(0, QUOTED_CHROME_LINES).map((r) => `${quoteLine(r.line, 40)} (${r.reason})`);
    const more = cleaned.chrome.length > QUOTED_CHROME_LINES ? ` and ${cleaned.chrome.length - QUOTED_CHROME_LINES} more` : '';
    messages.push(
      ingestMessage(path, 'info', 'chrome-removed', `removed ${cleaned.chrome.length} site chrome line(s), ${chars} characters: ${quoted.join(', ')}${more}`),
    );
  }
  for (const city of cleaned.datelineSplits) {
    messages.push(ingestMessage(path, 'info', 'dateline-split', `put the dateline ${quoteLine(city)} on its own line`));
  }
  return messages;
}

function noContentReason(cleaned: CleanedText, format: InputFormat): string {
  const removed: string[] = [];
  if (format === 'html') removed.push('scripts, navigation and other page furniture');
  if (cleaned.comments) removed.push(`${cleaned.comments.removedChars} characters of reader comments`);
  if (cleaned.chrome.length > 0) removed.push(`${cleaned.chrome.length} site chrome line(s)`);
  return removed.length > 0
    ? `no article text is left after removing ${removed.join(', ')}`
    : 'the file has no words (only punctuation or symbols)';
}
