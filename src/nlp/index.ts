// The nlp stage: Article -> AnnotatedArticle (sentences, tokens, POS, character offsets).
// The language model itself (wink-nlp and its English model) lives in src/lang/en/model.ts.
import type { AnnotatedArticle, Article, Sentence, Token } from '../model/types';
import { remembered } from '../memo';
import { checkFileBudget } from '../ingest/budget';
import { englishNlp as nlp } from '../lang/en/model';
import { AMPERSAND_WORD, computeBaseForm } from '../lang/en/morphology';
import { cachedRead, type ReadTokens } from './read-cache';

/** Lower-cased and accent-free, so "António" and "Antonio" look the same to lexicons. Runs twice per token and words repeat: remembered. */
const normalizeRare = remembered(
  (text) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[‘’´`]/g, "'")
      .replace(/[“”«»]/g, '"')
      .toLowerCase(),
  100_000,
);

/**
 * normalizeWord of most tokens is plain ASCII, where decomposition and the quote replacements
 * change nothing (the backtick aside): lower-casing alone, cheaper than the memo's look-up.
 */
export function normalizeWord(text: string): string {
  if (text === '&') return AMPERSAND_WORD;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) return normalizeRare(text);
  }
  return text.toLowerCase();
}

export function annotate(article: Article): AnnotatedArticle {
  const sentences: Sentence[] = [];
  for (const { start, end, tokens } of sentencesOf(article.text)) {
    checkFileBudget();
    sentences.push({ start, end, tokens, index: sentences.length, text: article.text.slice(start, end) });
  }
  return { article, sentences };
}

/** A newline always ends a sentence in web text (headlines, captions, comment lines). */
function linesOf(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    if (part.trim().length > 0) lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

/** Lines are joined by a blank line, where wink-nlp always ends a sentence. */
const LINE_GAP = '\n\n';

/**
 * One readDoc per article (a readDoc per line cost twice as much): the non-empty lines joined by
 * blank lines, each token mapped back to its line's place in the article, and a sentence that
 * would still run over a line end cut there.
 */
function sentencesOf(text: string): Omit<Sentence, 'index' | 'text'>[] {
  const lines = linesOf(text);
  if (lines.length === 0) return [];
  const its = nlp().its;
  const joined = lines.map((line) => line.text).join(LINE_GAP);
  const doc = nlp().readDoc(joined);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const { starts, ends } = locateTokens(joined, values);
  const lineOf = new Int32Array(values.length);
  // wink-nlp keeps some line gaps as tokens of their own ('"legitimate target"' + gap): dropped
  const all: (Token | null)[] = new Array<Token | null>(values.length);
  let line = 0;
  let joinedStart = 0;
  for (let i = 0; i < values.length; i++) {
    while (line + 1 < lines.length && starts[i] >= joinedStart + lines[line].text.length + LINE_GAP.length) {
      joinedStart += lines[line].text.length + LINE_GAP.length;
      line++;
    }
    const shift = lines[line].start - joinedStart;
    const start = starts[i] + shift;
    const end = ends[i] + shift;
    lineOf[i] = line;
    all[i] = values[i].trim() === '' ? null : makeToken(text.slice(start, end), values[i], pos[i], lemmas[i] ?? values[i], start, end);
  }
  const result: Omit<Sentence, 'index' | 'text'>[] = [];
  // the spans of all sentences in one call (each() makes an item object with its methods per sentence)
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    for (let from = first; from <= last; ) {
      let to = from;
      while (to < last && lineOf[to + 1] === lineOf[from]) to++;
      const kept: Token[] = [];
      for (let k = from; k <= to; k++) if (all[k] !== null) kept.push(all[k] as Token);
      const sentenceTokens = mergeSplitWords(kept, text);
      if (sentenceTokens.length > 0) result.push({ start: sentenceTokens[0].start, end: sentenceTokens[sentenceTokens.length - 1].end, tokens: sentenceTokens });
      from = to + 1;
    }
  }
  return joinCutLabels(result, text);
}

type Span = Omit<Sentence, 'index' | 'text'>;

/** How many sentences an open parenthesis may join: a stray "(" does not swallow its line. */
const MAX_JOINED = 3;

/**
 * wink-nlp ends sentences at the full stops of an abbreviation inside parentheses: "Sen. Ana Ruiz
 * (D-N." | "M.) said ..." and "Sen. Ana Ruiz (I-Vt.)" | "said ...". A sentence left with an open
 * parenthesis, or one ending with a parenthesis and followed on its line by a lower-case word, goes
 * on into the next.
 */
function joinCutLabels(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  let open = 0; // parentheses left open in the last sentence of out
  let joined = 0;
  for (const span of spans) {
    const previous = out[out.length - 1];
    const last = previous?.tokens[previous.tokens.length - 1];
    const sameLine = previous !== undefined && !text.slice(previous.end, span.start).includes('\n');
    const continues = sameLine && joined < MAX_JOINED && (open > 0 || (last?.text === ')' && /^\p{Ll}/u.test(span.tokens[0].text)) || cutAtInitials(text, last, span));
    if (continues) {
      previous.tokens.push(...span.tokens);
      previous.end = span.end;
      joined++;
    } else {
      out.push({ start: span.start, end: span.end, tokens: span.tokens.slice() });
      open = 0;
      joined = 0;
    }
    for (const t of span.tokens) open += t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
  }
  return out;
}

/** Initials with full stops: "U.S.", "U.N.", "D.C.". */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/**
 * "Austin Says U.S." | "Will Continue Push ...": a line with no full stop at its end (a headline)
 * cut after initials goes on; in running text initials may end a sentence ("... aid to the U.S. The").
 */
function cutAtInitials(text: string, last: Token | undefined, span: Span): boolean {
  if (!last || !INITIALS.test(last.text)) return false;
  const lineEnd = text.indexOf('\n', span.start);
  const line = text.slice(span.start, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  return !/[.!?]["”’']?$/u.test(line);
}

/** Every token has the same fields in the same order (one object shape for the stages that read them). */
function makeToken(text: string, value: string, pos: string, lemma: string, start: number, end: number): Token {
  const normal = normalizeWord(value);
  const token: Token = { text, normal, pos, lemma: lemma === value ? normal : normalizeWord(lemma), base: '', start, end };
  token.base = computeBaseForm(token);
  return token;
}

const LETTERS = /^\p{L}+$/u;

/**
 * wink-nlp cuts words at letters outside ASCII ("Nausėda" -> "Naus" "ė" "da", "Radosław" ->
 * "Rados" "ł" "aw"). Glue back letter runs with no space between them; the word keeps the POS of
 * its first part, which is the one wink-nlp read as a word.
 */
function mergeSplitWords(tokens: Token[], text: string): Token[] {
  const merged: Token[] = [];
  for (const token of tokens) {
    const previous = merged[merged.length - 1];
    if (previous && previous.end === token.start && token.end > token.start && LETTERS.test(token.text) && LETTERS.test(previous.text)) {
      const word = text.slice(previous.start, token.end);
      merged[merged.length - 1] = makeToken(word, word, previous.pos, word, previous.start, token.end);
    } else {
      merged.push(token);
    }
  }
  return merged;
}

/**
 * wink-nlp gives token values, not positions. Find each value in the line from a moving cursor;
 * a value that is not found verbatim keeps the cursor and gets a zero-width span rather than a
 * wrong one, so `text.slice(start, end)` always equals the token's text.
 */
function locateTokens(line: string, values: string[]): { starts: Int32Array; ends: Int32Array } {
  // two typed arrays, not an object per token
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // most tokens start right after the spaces at the cursor: no occurrence can start on one of
    // those spaces (the value's first character is none of them), so there is the first one
    const first = value.charCodeAt(0);
    let next = cursor;
    while (next < line.length && line.charCodeAt(next) !== first && (line.charCodeAt(next) === 32 || line.charCodeAt(next) === 10)) next++;
    const at = value !== '' && line.startsWith(value, next) ? next : line.indexOf(value, cursor);
    if (at >= 0 && at - cursor < 200) {
      starts[i] = at;
      ends[i] = at + value.length;
      cursor = at + value.length;
    } else {
      starts[i] = cursor;
      ends[i] = cursor;
    }
  }
  return { starts, ends };
}

/** The normalised tokens of a lexicon phrase, cut exactly as article text is cut, so look-ups line up. */
export function tokenizeForLexicon(phrase: string): string[] {
  const its = nlp().its;
  return (nlp().readDoc(phrase).tokens().out(its.value) as string[]).map(normalizeWord);
}

/** wink-nlp's token values of a text and the spaces before each. */
function readTokens(text: string): ReadTokens {
  const its = nlp().its;
  const tokens = nlp().readDoc(text).tokens();
  return { values: tokens.out(its.value) as string[], spaces: tokens.out(its.precedingSpaces as unknown as typeof its.value) as string[] };
}

/**
 * tokenizeForLexicon of many phrases with one readDoc (a readDoc costs ~0.1 ms whatever its
 * length, and knowledge has thousands of phrases). wink-nlp cuts text at spaces first and each
 * space-separated chunk on its own, so the distinct chunks are read joined by spaces and a token
 * with spaces before it starts the next chunk. Should the tokens not add up to the chunks, every
 * phrase is read on its own instead. What wink-nlp reads in a knowledge-sized batch is kept
 * between runs (read-cache.ts).
 */
export function tokenizeManyForLexicon(phrases: readonly string[]): string[][] {
  const chunksOf = (phrase: string): string[] => phrase.split(/\s+/).filter((c) => c !== '');
  const distinct = [...new Set(phrases.flatMap(chunksOf))];
  if (distinct.length === 0) return phrases.map(() => []);
  const { values, spaces } = cachedRead(distinct.join(' '), readTokens);
  const tokensOfChunk = new Map<string, string[]>();
  let chunk = -1;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || spaces[i] !== '') chunk++;
    const name = distinct[chunk];
    if (name === undefined) return phrases.map(tokenizeForLexicon);
    let list = tokensOfChunk.get(name);
    if (!list) tokensOfChunk.set(name, (list = []));
    list.push(normalizeWord(values[i]));
  }
  if (chunk !== distinct.length - 1) return phrases.map(tokenizeForLexicon);
  return phrases.map((phrase) => chunksOf(phrase).flatMap((c) => tokensOfChunk.get(c) ?? []));
}
