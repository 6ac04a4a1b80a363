// The shared ground of the mention finders: the draft a finder returns, the sentence it reads, the
// small word classes they all test, and the two ways of building a draft.
import type { Mention, Sentence, Token } from '../../model/types';
import type { Knowledge, LexiconEntry } from '../knowledge';
import type { MentionMemory } from './memory-types';

export type Draft = Omit<Mention, 'surface'>;

export interface SentenceContext {
  sentence: Sentence;
  knowledge: Knowledge;
  /** The whole sentence is written in Title Case (a headline): only known names count. */
  headline: boolean;
  /** What the article's earlier sentences named (acronyms, organisations); absent, each sentence stands alone. */
  memory?: MentionMemory;
}

/** Asked of nearly every token: ASCII letters answered without the Unicode regex. */
export const isCapitalised = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};
/** Has the token a letter? ASCII letters and marks are answered without the Unicode regex (asked of every token of every sentence). */
export const isWordy = (t: Token): boolean => {
  const text = t.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32; // 'A'-'Z' to 'a'-'z'
    if (c >= 97 && c <= 122) return true;
    if (text.charCodeAt(i) >= 128) return LETTER.test(text);
  }
  return false;
};
const LETTER = /\p{L}/u;

/**
 * Every draft has the same fields in the same order (absent ones undefined): mentions are read
 * everywhere in claims and resolution, and one object shape keeps those reads fast.
 */
export function draft(ctx: SentenceContext, first: number, last: number, f: Omit<Draft, 'start' | 'end' | 'sentence' | 'tokens'>): Draft {
  const { tokens, index } = ctx.sentence;
  return {
    label: f.label, kind: f.kind, canonical: f.canonical, sentence: index, tokens: [first, last], start: tokens[first].start, end: tokens[last].end,
    role: f.role, roleOf: f.roleOf, title: f.title, roleModifiers: f.roleModifiers, phraseStart: f.phraseStart, qualifies: f.qualifies,
    conduit: f.conduit, counterpart: f.counterpart, weak: f.weak, unnamedGroup: f.unnamedGroup, speakerOnly: f.speakerOnly, gender: f.gender, actsAsBody: f.actsAsBody,
  };
}

export function fromEntry(ctx: SentenceContext, first: number, last: number, entry: LexiconEntry, kind: Draft['kind']): Draft {
  const target = entry.kind === 'demonym' || entry.kind === 'plural' || entry.kind === 'capital' ? (entry.state ?? entry.canonical) : entry.canonical;
  // an organ of a state speaks for it: the Kremlin for Russia
  const roleOf = entry.kind === 'organization' ? entry.state : entry.roleOf;
  return draft(ctx, first, last, { label: entry.label, kind, canonical: target, conduit: entry.conduit, role: entry.role, roleOf, gender: entry.gender });
}

/** A phrase may be both a demonym and a plural ("the French"): prefer the specific reading. */
export function pickEntry(entries: LexiconEntry[]): LexiconEntry {
  const order = ['person', 'organization', 'bloc', 'state', 'capital', 'plural', 'demonym'];
  return [...entries].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
}
