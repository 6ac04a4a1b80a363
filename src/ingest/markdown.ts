// Markdown -> plain text: markers go, the words they mark stay where they were.
import { isoDatePrefix } from './dates';

export interface ExtractedMarkdown {
  text: string;
  /** Front-matter title, else the first level-1 heading, else the first heading. */
  title: string | null;
  /** Front-matter date. */
  date: string | null;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;
const ATX_HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const CODE_FENCE = /^ {0,3}(```|~~~)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;
const BLOCKQUOTE_MARKER = /^ {0,3}>\s?/;
const BULLET_MARKER = /^(\s*)[-*+]\s+(?=\S)/;

/** Inline markup, applied in this order: images before links, strong before emphasis. */
const INLINE_RULES: [RegExp, string][] = [
  [/<!--[\s\S]*?-->/g, ''],
  [/!\[[^\]\n]*\]\([^)\n]*\)/g, ''], // an image's alt text is not article text
  [/!\[[^\]\n]*\]\[[^\]\n]*\]/g, ''],
  [/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1'],
  [/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1'],
  [/<((?:https?|mailto):[^>\s]+)>/g, '$1'],
  [/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, ''], // inline HTML tags; their text stays
  [/(`+)([^`\n]+?)\1/g, '$2'],
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2'],
  [/(^|[^\w*\\])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1$2'],
  [/(^|[^\w\\])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2'],
  [/~~(?=\S)([^\n]*?\S)~~/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1'], // backslash escapes
];

export function markdownToText(markdown: string): ExtractedMarkdown {
  const { body, fields } = splitFrontMatter(markdown);
  const lines = body.split('\n');
  const out: string[] = [];
  const headings: { level: number; text: string }[] = [];
  let inCode = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (CODE_FENCE.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(line);
      continue;
    }
    const next = lines[i + 1] ?? '';
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const text = inline(heading[2]);
      headings.push({ level: heading[1].length, text });
      out.push(text);
    } else if (line.trim() !== '' && SETEXT_UNDERLINE.test(next) && !THEMATIC_BREAK.test(line)) {
      const text = inline(line);
      headings.push({ level: next.trim().startsWith('=') ? 1 : 2, text });
      out.push(text);
      i++; // the underline
    } else if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      out.push('');
    } else {
      out.push(inline(stripBlockMarkers(line)));
    }
  }

  const title = fields.get('title') ?? (headings.find((h) => h.level === 1) ?? headings[0])?.text ?? null;
  const date = isoDatePrefix(fields.get('date') ?? '');
  return { text: out.join('\n'), title: title || null, date };
}

function splitFrontMatter(markdown: string): { body: string; fields: Map<string, string> } {
  const fields = new Map<string, string>();
  const m = FRONT_MATTER.exec(markdown);
  if (!m) return { body: markdown, fields };
  for (const line of m[1].split('\n')) {
    const field = /^([A-Za-z_][\w-]*):\s*(.*?)\s*$/.exec(line);
    if (field) fields.set(field[1].toLowerCase(), field[2].replace(/^(['"])(.*)\1$/, '$2'));
  }
  return { body: markdown.slice(m[0].length), fields };
}

function stripBlockMarkers(line: string): string {
  let stripped = line;
  while (BLOCKQUOTE_MARKER.test(stripped)) stripped = stripped.replace(BLOCKQUOTE_MARKER, '');
  return stripped.replace(BULLET_MARKER, '$1');
}

function inline(text: string): string {
  return INLINE_RULES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}
