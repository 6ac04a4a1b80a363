// Quotes signed after their closing mark, the style of government news releases: a paragraph that
// opens with a quotation mark and ends '... upheld.” – Mélanie Joly, Minister of Foreign Affairs'.
// Every sentence of the paragraph is the signer's words; the dash, not a verb of saying, names them.
import type { Claim, Sentence } from '../model/types';
import { OPENING } from './quotes';
import { paragraphSentences, wordCount } from './quote-paragraphs';
import { utteranceStarts, wholeSentenceClaims } from './typed-claims';
import { MIN_QUOTE_CONTINUATION_WORDS, mentionsFrom, type ArticleView } from './view';

/** A closing mark, a dash and a capital letter: where the signature starts. */
const SIGNATURE = /["”]\s*[–—-]\s*(?=\p{Lu})/u;

export function signedQuoteClaims(view: ArticleView, claims: readonly Claim[]): Claim[] {
  const said = utteranceStarts(claims);
  const out: Claim[] = [];
  for (const sentences of paragraphSentences(view)) {
    const signed = signatureOf(view, sentences);
    if (signed === null) continue;
    for (const sentence of sentences) {
      // the signature itself ("– Name, Minister of X") is no words of theirs
      if (sentence.start > signed.at || said.has(sentence.start) || wordCount(sentence) < MIN_QUOTE_CONTINUATION_WORDS) continue;
      out.push(...wholeSentenceClaims(view, sentence, signed.signer, 'say'));
    }
  }
  return out;
}

/** The person who signs a quoted paragraph (named right after the dash that follows its closing mark) and where the signature starts, or null. */
function signatureOf(view: ArticleView, sentences: Sentence[]): { signer: number; at: number } | null {
  const first = sentences[0];
  const lead = first.text.trimStart()[0] ?? '';
  if (!OPENING.has(lead) && lead !== '"') return null;
  // the splitter may leave the signature a sentence of its own ("– Name, Minister of X")
  const paragraph = view.text.slice(first.start, sentences[sentences.length - 1].end);
  const signature = SIGNATURE.exec(paragraph);
  if (!signature) return null;
  const at = first.start + signature.index + signature[0].length;
  const signed = sentences.find((s) => s.start <= at && at < s.end);
  const token = signed ? signed.tokens.findIndex((t) => t.start >= at) : -1;
  if (!signed || token < 0) return null;
  const named = mentionsFrom(view, signed, token, Math.min(token + 1, signed.tokens.length - 1)).find((m) => {
    const mention = view.mentions[m];
    return mention.label === 'Person' && mention.kind === 'name';
  });
  return named === undefined ? null : { signer: named, at: first.start + signature.index };
}
