// Quote tags cut off by the sentence splitter: wink-nlp ends a sentence after a quotation that
// closes on its own full stop, question or exclamation mark ('“Why now?” asked Ana Ruiz.', '“We
// will win!” the minister said as she left.'), so the speaker's tag becomes a sentence of its own
// and the quotation one with no speaker. Joined again here, before mentions and claims, the tag
// speaks for the quotation it follows, as a reader takes it.
import type { Sentence, Token } from '../model/types';
import { baseForm } from '../lang/en/morphology';
import type { Knowledge } from './knowledge';
import { findQuotes, insideQuote } from './quotes';

/** How far into the tag its verb of saying may stand: '“...!” Nigeria’s opposition leader, Ada Obi, said'. */
const MAX_TAG_LEAD = 12;

/** Words a speaker's noun phrase is made of, before its verb ('the country’s deputy foreign minister'). */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'PUNCT', 'ADP', 'NUM', 'PART', 'CCONJ']);

const CLOSING_MARK = /^[”"»]$/;
const FINAL_STOP = /^[.?!…]+$/;

export function joinQuoteTags(sentences: Sentence[], text: string, knowledge: Knowledge): Sentence[] {
  const quotes = findQuotes(text);
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    if (previous !== undefined && endsWithClosedQuote(previous, quotes) && !text.slice(previous.end, sentence.start).includes('\n') && isQuoteTag(sentence, knowledge)) {
      const tokens = [...previous.tokens, ...sentence.tokens];
      out[out.length - 1] = { start: previous.start, end: sentence.end, tokens, index: previous.index, text: text.slice(previous.start, sentence.end) };
    } else {
      out.push({ ...sentence, index: out.length });
    }
  }
  return out;
}

/** '“We will not be silenced!”': the sentence ends with a quotation mark right after its own stop, closing a quote that covers its opening. */
function endsWithClosedQuote(sentence: Sentence, quotes: ReturnType<typeof findQuotes>): boolean {
  const { tokens } = sentence;
  const mark = tokens[tokens.length - 1];
  const stop = tokens[tokens.length - 2];
  if (!mark || !stop || !CLOSING_MARK.test(mark.text) || !FINAL_STOP.test(stop.text)) return false;
  const quote = insideQuote(quotes, stop.start);
  return quote !== null && quote.end === mark.start && quote.start <= (tokens[1]?.start ?? mark.start);
}

/**
 * 'asked Ana Ruiz.', 'she said.', 'Nigeria’s foreign minister, Ada Obi, said as she left.': a
 * sentence whose verb of saying comes first, or after a short subject and nothing else that is a verb;
 * not one whose verb a colon follows.
 */
function isQuoteTag(sentence: Sentence, knowledge: Knowledge): boolean {
  const { tokens } = sentence;
  const cues = knowledge.cues;
  const limit = Math.min(tokens.length, MAX_TAG_LEAD + 1);
  for (let i = 0; i < limit; i++) {
    const t = tokens[i];
    // 'Ana Ruiz added: “...”' introduces the next quotation, it tags none before it
    if (isSayingVerb(t, tokens[i - 1], cues)) return tokens[i + 1]?.text !== ':';
    if (t.pos === 'AUX' && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'ADV')) continue; // 'has said', 'had earlier said'
    if (t.pos === 'ADV' && i > 0) continue;
    if (!SUBJECT_TAGS.has(t.pos) || /^[.?!;:"“”]$/.test(t.text)) return false;
  }
  return false;
}

function isSayingVerb(t: Token, previous: Token | undefined, cues: Knowledge['cues']): boolean {
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && previous?.pos === 'PROPN')) return false; // wink reads some tags' verbs as nouns ('Okafor notes')
  const base = baseForm(t);
  return cues.speechVerbs.has(base) || cues.quoteVerbs.has(base);
}
