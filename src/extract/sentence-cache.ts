// What a detector computes once per sentence, kept for the article being read: one Map per
// article instead of a WeakMap keyed by every sentence of the run. A WeakMap's entries are
// ephemerons that every major collection traces, and its table grows with the sentences of all
// the articles read since the last one; a sentence is only ever asked about while its article is.
import type { Sentence } from '../model/types';

export interface SentenceCache<T> {
  get(view: object, sentence: Sentence): T | undefined;
  set(view: object, sentence: Sentence, value: T): void;
}

/** A cache scoped to one view (article): asked with another view, it starts empty. */
export function sentenceCache<T>(): SentenceCache<T> {
  let owner: object | null = null;
  let values = new Map<Sentence, T>();
  return {
    get: (view, sentence) => (view === owner ? values.get(sentence) : undefined),
    set: (view, sentence, value) => {
      if (view !== owner) {
        owner = view;
        values = new Map();
      }
      values.set(sentence, value);
    },
  };
}
