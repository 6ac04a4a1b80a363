// Quotes over several sentences: a direct quote that runs on gives each of its sentences to the
// speaker named at its end, and a quotation right after an attributed one goes on with its speaker.
import type { Claim } from '../model/types';
import { insideQuote, quoteWords } from './quotes';
import { isUtterance, wholeSentenceClaims } from './typed-claims';
import { MIN_QUOTE_CONTINUATION_WORDS, overlapping, type ArticleView } from './view';

/** '"Readiness ... was noted. The starting points ...," it said': the first sentence is the same speaker's. */
export function quoteContinuations(view: ArticleView, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const claimed = new Set(claims.map((c) => c.evidence.start));
  out.push(...coveredSentences(view, claims, claimed));
  const after = quotesAfterAttribution(view, [...claims, ...out], claimed);
  out.push(...after);
  // '..., Gates said. "These darn things account for 70 percent. And so ...': a quote after the
  // attribution that runs on has its anchor only now, in its first sentence
  out.push(...coveredSentences(view, after, claimed, true));
  return out;
}

/**
 * The sentences of a quote over several sentences, given to the speaker of one of them (`claimed`
 * grows); with `openingOnly`, only to the speaker of the quote's first sentence.
 */
function coveredSentences(view: ArticleView, claims: Claim[], claimed: Set<number>, openingOnly = false): Claim[] {
  const out: Claim[] = [];
  const statementAt = new Map<number, Claim>();
  for (const c of claims) if (isUtterance(c) && !statementAt.has(c.evidence.start)) statementAt.set(c.evidence.start, c);
  for (const quote of view.quotes) {
    const covered = overlapping(view.sentences, quote);
    if (covered.length < 2) continue;
    const anchor = (openingOnly ? covered.slice(0, 1) : covered).map((s) => statementAt.get(s.start)).find((c) => c !== undefined);
    if (!anchor) continue;
    for (const sentence of covered) {
      if (claimed.has(sentence.start)) continue;
      const inside = sentence.tokens.filter((t) => /\p{L}/u.test(t.text) && insideQuote([quote], t.start)).length;
      if (inside < MIN_QUOTE_CONTINUATION_WORDS) continue;
      out.push(...wholeSentenceClaims(view, sentence, anchor.source, anchor.cue));
      claimed.add(sentence.start);
    }
  }
  return out;
}

/**
 * '"... cut them off," von der Leyen said at a press conference. "This package will hit Russia
 * where it hurts."': a quotation that follows an attributed quote, with no speaker of its own, goes
 * on with the same speaker: in the same paragraph, or opening the next one (news writes a long
 * quote as paragraphs that each open with a quotation mark), paragraph after paragraph.
 */
export function quotesAfterAttribution(view: ArticleView, claims: Claim[], claimed: Set<number>): Claim[] {
  const out: Claim[] = [];
  const quoteAt = new Map(view.quotes.map((q) => [q.start, q]));
  const quotedStatementAt = new Map<number, Claim>();
  for (const c of claims) if (isUtterance(c) && c.quote && !quotedStatementAt.has(c.evidence.start)) quotedStatementAt.set(c.evidence.start, c);
  for (let k = 1; k < view.sentences.length; k++) {
    const sentence = view.sentences[k];
    if (claimed.has(sentence.start)) continue;
    const opening = sentence.tokens[0];
    const quote = opening && /^["“]$/.test(opening.text) ? quoteAt.get(opening.end) : undefined;
    if (!quote || quoteWords(view.text, quote) < MIN_QUOTE_CONTINUATION_WORDS || quote.end < sentence.end - 2) continue;
    const anchor = quotedStatementAt.get(view.sentences[k - 1].start);
    if (!anchor) continue;
    const found = wholeSentenceClaims(view, sentence, anchor.source, anchor.cue);
    out.push(...found);
    const statement = found.find(isUtterance);
    if (statement) quotedStatementAt.set(sentence.start, statement); // the next paragraph's quote goes on too
    claimed.add(sentence.start);
  }
  return out;
}
