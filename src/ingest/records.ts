// Inputs that hold many articles: JSON lines / NDJSON (one object per line: `text`, and optional
// `title`, `date`, `url`, `outlet`, `language`), RSS 2.0 and Atom feeds. Each becomes records,
// one per article, with the metadata the container gives; a bad record becomes one fatal message
// naming it (file#line or file#item) and the other records are kept. Pure: text in, records out.
import { DomUtils, parseDocument } from 'htmlparser2';
import { extname } from 'node:path';
import type { ArticleMetadata, Message } from '../model/types';
import { isoDate, isoDatePrefix } from './dates';
import { looksLikeHtml } from './html';
import { ingestMessage } from './messages';

/** An element of the parsed feed (domhandler's, through htmlparser2's own dependency). */
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export type ContainerFormat = 'jsonl' | 'feed';

/** One article of a container, before ingest reads its text. */
export interface InputRecord {
  /** Where it came from, for messages and as its source when it has no URL: "day.jsonl#3". */
  path: string;
  text: string;
  /** Whether `text` is HTML (feeds carry HTML; JSON lines may). */
  html: boolean;
  meta: ArticleMetadata;
  /** Warnings about its metadata (a date that is no date: ignored). */
  messages: Message[];
}

/** A record that could not be read: one fatal message that names it. */
export interface BadRecord {
  path: string;
  fatal: Message;
}

export interface SplitContainer {
  /** Records and bad records, in input order. */
  entries: (InputRecord | BadRecord)[];
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);
/** Extensions that are single articles whatever their first characters. */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

/** Whether a decoded input is a container of articles, from its extension or its first characters. */
export function containerFormat(path: string, text: string): ContainerFormat | null {
  const extension = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(extension)) return 'jsonl';
  if (DOCUMENT_EXTENSIONS.has(extension)) return null;
  const head = text.slice(0, 2000).trimStart();
  if (FEED_EXTENSIONS.has(extension) || head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed')) {
    if (/<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/.test(head)) return 'feed';
  }
  if (head.startsWith('{') && looksLikeJsonObjectLine(head)) return 'jsonl';
  return null;
}

function looksLikeJsonObjectLine(head: string): boolean {
  const first = head.split('\n', 1)[0].trim();
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

export function splitContainer(format: ContainerFormat, path: string, text: string): SplitContainer {
  return format === 'jsonl' ? splitJsonLines(path, text) : splitFeed(path, text);
}

// ---------------------------------------------------------------- JSON lines

const JSONL_METADATA = ['title', 'date', 'url', 'outlet', 'language'] as const;

export function splitJsonLines(path: string, text: string): SplitContainer {
  const out: SplitContainer = { entries: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where = `${path}#${i + 1}`;
    const bad = (reason: string): void => void out.entries.push({ path: where, fatal: ingestMessage(where, 'fatal', 'bad-record', reason) });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      bad(`line ${i + 1} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      bad(`line ${i + 1} is not a JSON object with a "text" field`);
      continue;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      bad(`line ${i + 1} has no "text" string (fields: ${Object.keys(record).slice(0, 8).join(', ') || 'none'})`);
      continue;
    }
    const meta: ArticleMetadata = {};
    const messages: Message[] = [];
    for (const field of JSONL_METADATA) {
      const v = record[field];
      if (v === undefined || v === null || v === '') continue;
      if (typeof v !== 'string') {
        messages.push(ingestMessage(where, 'warning', 'bad-metadata', `"${field}" is not a string: ignored`));
        continue;
      }
      meta[field] = v.trim();
    }
    checkDate(where, meta, messages);
    out.entries.push({ path: where, text: record.text, html: looksLikeHtml(record.text), meta, messages });
  }
  return out;
}

// ---------------------------------------------------------------- feeds

/** RSS 2.0 (and RSS 1.0) items, Atom entries. The feed's title is each article's outlet. */
export function splitFeed(path: string, text: string): SplitContainer {
  const out: SplitContainer = { entries: [] };
  const doc = parseDocument(text, { xmlMode: true, decodeEntities: true });
  const all = DomUtils.getElementsByTagName(() => true, doc.children, true);
  const isAtom = all.some((e) => localName(e) === 'feed');
  const channel = all.find((e) => localName(e) === (isAtom ? 'feed' : 'channel'));
  const outlet = channel ? childText(channel, ['title']) : null;
  const items = all.filter((e) => localName(e) === (isAtom ? 'entry' : 'item'));
  if (items.length === 0) {
    out.entries.push({ path, fatal: ingestMessage(path, 'fatal', 'bad-record', `the ${isAtom ? 'Atom feed has no <entry>' : 'RSS feed has no <item>'} elements`) });
    return out;
  }
  items.forEach((item, n) => {
    const where = `${path}#${n + 1}`;
    const body = isAtom ? childText(item, ['content', 'summary']) : childText(item, ['content:encoded', 'description']);
    if (!body || body.trim() === '') {
      out.entries.push({ path: where, fatal: ingestMessage(where, 'fatal', 'bad-record', `feed item ${n + 1} has no ${isAtom ? '<content> or <summary>' : '<description> or <content:encoded>'} text`) });
      return;
    }
    const meta: ArticleMetadata = {};
    const title = childText(item, ['title']);
    if (title) meta.title = title.trim();
    const link = isAtom ? atomLink(item) : childText(item, ['link', 'guid']);
    if (link) meta.url = link.trim();
    const date = isAtom ? childText(item, ['published', 'updated']) : childText(item, ['pubDate', 'dc:date']);
    if (date) meta.date = date.trim();
    if (outlet) meta.outlet = outlet.trim();
    const messages: Message[] = [];
    checkDate(where, meta, messages);
    out.entries.push({ path: where, text: body, html: true, meta, messages });
  });
  return out;
}

function localName(e: Element): string {
  return e.name;
}

function childText(parent: Element, names: string[]): string | null {
  for (const name of names) {
    const child = parent.children.filter(DomUtils.isTag).find((c) => c.name === name);
    if (child) {
      const text = DomUtils.textContent(child);
      if (text.trim() !== '') return text;
    }
  }
  return null;
}

function atomLink(entry: Element): string | null {
  const links = entry.children.filter(DomUtils.isTag).filter((c) => c.name === 'link');
  const best = links.find((l) => (l.attribs.rel ?? 'alternate') === 'alternate') ?? links[0];
  return best?.attribs.href ?? null;
}

// ---------------------------------------------------------------- dates

const RFC822 = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/i;
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** The calendar day a metadata date names, as written (no time-zone shift), or null. */
export function metadataDate(value: string): string | null {
  const iso = isoDatePrefix(value);
  if (iso) return iso;
  const m = RFC822.exec(value);
  return m ? isoDate(m[3], MONTH_NUMBER[m[2].toLowerCase()], m[1]) : null;
}

/** Replaces meta.date by its ISO day; a date that cannot be read is dropped with a warning. */
function checkDate(where: string, meta: ArticleMetadata, messages: Message[]): void {
  if (meta.date === undefined) return;
  const iso = metadataDate(meta.date);
  if (iso) meta.date = iso;
  else {
    messages.push(ingestMessage(where, 'warning', 'bad-metadata', `the date ${JSON.stringify(meta.date.slice(0, 40))} is not a date (use 2024-05-03 or an RFC 822 date): ignored`));
    delete meta.date;
  }
}
