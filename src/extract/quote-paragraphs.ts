// Quotes over several paragraphs. findQuotes ends every quote at a line break (web text leaves
// stray marks), so a long quote that runs over paragraphs is joined here, only where its marks say
// so: a paragraph that ends inside an open quote is continued by the next one when that one opens
// with a quotation mark (news style: each paragraph of a long quote opens, only the last closes),
// or by the paragraphs with no mark at all up to one whose first mark closes the quote (the style
// of official statements: one mark before the first paragraph, one after the last). Each sentence
// of the continuation is the words of whoever said the paragraph before; so is a quoted paragraph
// with no speaker of its own right after a paragraph that ends with someone's words.
import type { Claim, Sentence } from '../model/types';
import { isUtterance, wholeSentenceClaims } from './typed-claims';
import { CLOSING, OPENING } from './quotes';
import { MIN_QUOTE_CONTINUATION_WORDS, startsParagraph, type ArticleView } from './view';
/** How many paragraphs with no mark may stand between a quote's opening and its closing paragraph. */
const MAX_UNMARKED_PARAGRAPHS = 12;

interface Paragraph {
  sentences: Sentence[];
  /** The paragraph's text opens with a quotation mark. */
  opensQuoted: boolean;
  /** Its first mark, if any, faces as a closing one. */
  firstMarkCloses: boolean;
  hasMark: boolean;
  /** A quote is open when the paragraph ends. */
  endsOpen: boolean;
  /** Where the quote that the paragraph's first mark closes ends (the mark's offset), or -1. */
  closesAt: number;
}

/**
 * Claims for the sentences of quotes that run over paragraphs. A sentence someone already said is
 * left alone; one with only an act of its own subject ("Portugal stands ready to help") is still
 * the quoted speaker's words.
 */
export function paragraphQuoteClaims(view: ArticleView, claims: Claim[]): Claim[] {
  const paragraphs = paragraphsOf(view);
  const statements = new Map<number, Claim>();
  // joint speakers ("X and Y said"): the one named first
  for (const c of claims) {
    const known = statements.get(c.evidence.start);
    if (isUtterance(c) && (!known || view.mentions[c.source].start < view.mentions[known.source].start)) statements.set(c.evidence.start, c);
  }
  const out: Claim[] = [];
  const lastStatement = (p: Paragraph): Claim | undefined => [...p.sentences].reverse().map((s) => statements.get(s.start)).find((c) => c !== undefined);
  const credit = (sentences: Sentence[], anchor: Claim, before = Infinity): void => {
    for (const sentence of sentences) {
      if (sentence.start >= before || statements.has(sentence.start) || wordCount(sentence) < MIN_QUOTE_CONTINUATION_WORDS) continue;
      const found = wholeSentenceClaims(view, sentence, anchor.source, anchor.cue);
      out.push(...found);
      const statement = found.find(isUtterance);
      if (statement) statements.set(sentence.start, statement);
    }
  };
  for (let p = 0; p < paragraphs.length; p++) {
    // "X said the line-up was unacceptable. / “The ministers ...": a quoted paragraph with no
    // speaker of its own, right after a paragraph that ends with someone's words, is theirs
    const before = p > 0 ? lastSentenceStatement(paragraphs[p - 1], statements) : undefined;
    if (before && paragraphs[p].opensQuoted && lastStatement(paragraphs[p]) === undefined && !signedAfterQuote(view.text, paragraphs[p])) credit(paragraphs[p].sentences, before);
    if (!paragraphs[p].endsOpen) continue;
    let anchor = lastStatement(paragraphs[p]);
    let q = p + 1;
    while (anchor && q < paragraphs.length) {
      const next = paragraphs[q];
      if (next.opensQuoted) {
        credit(next.sentences, anchor);
        anchor = lastStatement(next) ?? anchor; // a paragraph with its own speaker goes on with that one
        if (!next.endsOpen) break;
        q++;
        continue;
      }
      if (next.hasMark && !next.firstMarkCloses) break; // its first mark closing the quote, it is the last of it
      const closing = closingParagraph(paragraphs, q);
      if (closing < 0) break;
      for (let r = q; r < closing; r++) credit(paragraphs[r].sentences, anchor);
      credit(paragraphs[closing].sentences, anchor, paragraphs[closing].closesAt);
      q = closing;
      break;
    }
    p = Math.max(p, q - 1);
  }
  return out;
}

/** '“...” – Ministry of Foreign Affairs': a dash and a name after the paragraph's quote sign it for someone else (signed-quotes.ts). */
function signedAfterQuote(text: string, paragraph: Paragraph): boolean {
  const end = paragraph.sentences[paragraph.sentences.length - 1].end;
  return /[”"]\s*[–—-]\s*\p{Lu}[^”"]*$/u.test(text.slice(paragraph.sentences[0].start, end));
}

/** The statement of a paragraph's last sentence, if someone said it. */
function lastSentenceStatement(paragraph: Paragraph, statements: Map<number, Claim>): Claim | undefined {
  return statements.get(paragraph.sentences[paragraph.sentences.length - 1].start);
}

/** The first paragraph from `from` on whose first mark closes a quote, past paragraphs with no mark only; or -1. */
function closingParagraph(paragraphs: Paragraph[], from: number): number {
  for (let r = from; r < paragraphs.length && r <= from + MAX_UNMARKED_PARAGRAPHS; r++) {
    if (!paragraphs[r].hasMark) continue;
    return paragraphs[r].firstMarkCloses ? r : -1;
  }
  return -1;
}

function paragraphsOf(view: ArticleView): Paragraph[] {
  return paragraphSentences(view).map((sentences) => marksOf(view.text, sentences));
}

/** The article's sentences, grouped by paragraph. */
export function paragraphSentences(view: ArticleView): Sentence[][] {
  const groups: Sentence[][] = [];
  view.sentences.forEach((sentence, i) => {
    if (startsParagraph(view, i) || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(sentence);
  });
  return groups;
}

export function wordCount(sentence: Sentence): number {
  return sentence.tokens.filter((t) => /\p{L}/u.test(t.text)).length;
}

/** The codes of the characters marksOf reads: the opening and closing marks and the straight one. */
const MARK_CODES = new Set([...OPENING, ...CLOSING, '"'].map((mark) => mark.charCodeAt(0)));
const ASCII_MARK_CODES = Uint8Array.from({ length: 128 }, (_, code) => (MARK_CODES.has(code) ? 1 : 0));

/** Is the character a quotation mark marksOf reads? Asked of every character of the article: ASCII by a table. */
function isMarkCode(code: number): boolean {
  return code < 128 ? ASCII_MARK_CODES[code] === 1 : MARK_CODES.has(code);
}

/** What the quotation marks of a paragraph say, read the way findQuotes reads them. */
function marksOf(text: string, sentences: Sentence[]): Paragraph {
  const from = sentences[0].start;
  const to = sentences[sentences.length - 1].end;
  let open = false;
  let first: { closes: boolean; at: number } | null = null;
  for (let i = from; i < to; i++) {
    if (!isMarkCode(text.charCodeAt(i))) continue; // most characters: by code, with no string made
    const c = text[i];
    const opening: boolean = OPENING.has(c) || (c === '"' && !open && !closesStraight(text, i, from));
    const closing: boolean = CLOSING.has(c) || (c === '"' && !opening);
    if (!opening && !closing) continue;
    first ??= { closes: closing, at: i };
    open = opening;
  }
  const lead = text.slice(from, to).trimStart()[0] ?? '';
  return {
    sentences,
    opensQuoted: OPENING.has(lead) || lead === '"',
    firstMarkCloses: first?.closes ?? false,
    hasMark: first !== null,
    endsOpen: open,
    closesAt: first?.closes ? first.at : -1,
  };
}

/** A straight mark with no quote open closes one when it follows the end of a sentence or clause ('...bring."'). */
function closesStraight(text: string, i: number, paragraphStart: number): boolean {
  return i > paragraphStart && /[.!?,]/.test(text[i - 1]) && (i + 1 >= text.length || /\s/.test(text[i + 1]));
}

