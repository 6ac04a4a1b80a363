// What each token of a sentence may be to the detectors — a verb of saying, a proposal word, a word
// of verbal conflict, a negator... — found in one pass per sentence with one map built once per
// knowledge, instead of each detector looking every token up in its own sets again. A detector
// defines its tag (defineTokenTag) from the knowledge it reads, at module level, and asks
// tokenTags(view, sentence)[i] & TAG before its own, exact check: a token without the tag cannot
// pass that check, so the tags only skip work, they never decide.
import type { Sentence, Token } from '../model/types';
import type { Knowledge } from './knowledge';
import { baseForm } from '../lang/en/morphology';

/** The words that give a token the tag, by the token's normal form, verb base form or lemma. */
export interface TagWords {
  normals?: Iterable<string>;
  bases?: Iterable<string>;
  lemmas?: Iterable<string>;
}

const definitions: ((knowledge: Knowledge) => TagWords)[] = [];

/** A new tag (one bit) whose words knowledge gives; call at module level. At most 32 tags. */
export function defineTokenTag(words: (knowledge: Knowledge) => TagWords): number {
  if (definitions.length >= 32) throw new Error('token tags: at most 32');
  definitions.push(words);
  return 2 ** (definitions.length - 1) | 0;
}

/** A word's tags when it is a token's normal form, its base form or its lemma. */
interface WordTags {
  normal: number;
  base: number;
  lemma: number;
}

interface TagMaps {
  /** How many definitions the map holds (a tag defined later rebuilds it). */
  defined: number;
  words: Map<string, WordTags>;
}

const mapsOf = new WeakMap<Knowledge, TagMaps>();

function tagMaps(knowledge: Knowledge): TagMaps {
  const known = mapsOf.get(knowledge);
  if (known && known.defined === definitions.length) return known;
  const maps: TagMaps = { defined: definitions.length, words: new Map() };
  const mark = (words: Iterable<string> | undefined, form: keyof WordTags, bit: number): void => {
    for (const word of words ?? []) {
      let tags = maps.words.get(word);
      if (!tags) maps.words.set(word, (tags = { normal: 0, base: 0, lemma: 0 }));
      tags[form] |= bit;
    }
  };
  definitions.forEach((define, k) => {
    const bit = 2 ** k | 0;
    const words = define(knowledge);
    mark(words.normals, 'normal', bit);
    mark(words.bases, 'base', bit);
    mark(words.lemmas, 'lemma', bit);
  });
  mapsOf.set(knowledge, maps);
  return maps;
}

/** The tags of one token: one look-up per distinct form (the three are often one string). */
export function tagsOfToken(maps: TagMaps, t: Token): number {
  const { normal, lemma } = t;
  const base = baseForm(t);
  const n = maps.words.get(normal);
  let tags = n ? n.normal | (base === normal ? n.base : 0) | (lemma === normal ? n.lemma : 0) : 0;
  if (base !== normal) {
    const b = maps.words.get(base);
    if (b) tags |= b.base | (lemma === base ? b.lemma : 0);
  }
  if (lemma !== normal && lemma !== base) tags |= maps.words.get(lemma)?.lemma ?? 0;
  return tags;
}

/**
 * A sentence's tags, token by token: a plain array of small integers, not an Int32Array (a typed
 * array of a sentence's length has its own backing store, several times dearer to make, and one is
 * made per sentence).
 */
export type TokenTagList = readonly number[];

interface SentenceTags {
  knowledge: Knowledge;
  defined: number;
  tags: TokenTagList;
  /** Every tag some token of the sentence has (the tags or'ed together). */
  any: number;
}

const sentenceTags = new WeakMap<Sentence, SentenceTags>();

let everyTag = false;

/** Runs `work` with every token given every tag: what the tags skip must not change what it finds (tests). */
export function withEveryTokenTagged<T>(work: () => T): T {
  const outer = everyTag;
  everyTag = true;
  try {
    return work();
  } finally {
    everyTag = outer;
  }
}

/** The sentence asked last: detectors ask token by token, mostly of the same sentence. */
let last: { sentence: Sentence; known: SentenceTags } | null = null;

function sentenceTagsOf(view: { knowledge: Knowledge }, sentence: Sentence): SentenceTags {
  if (last !== null && last.sentence === sentence && last.known.knowledge === view.knowledge && last.known.defined === definitions.length) return last.known;
  const known = sentenceTags.get(sentence);
  if (known && known.knowledge === view.knowledge && known.defined === definitions.length) {
    last = { sentence, known };
    return known;
  }
  const maps = tagMaps(view.knowledge);
  const { tokens } = sentence;
  const tags: number[] = [];
  let any = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tag = tagsOfToken(maps, tokens[i]);
    tags.push(tag);
    any |= tag;
  }
  const made: SentenceTags = { knowledge: view.knowledge, defined: definitions.length, tags, any };
  sentenceTags.set(sentence, made);
  last = { sentence, known: made };
  return made;
}

/** Every token's tags, computed once per sentence (and knowledge). */
export function tokenTags(view: { knowledge: Knowledge }, sentence: Sentence): TokenTagList {
  if (everyTag) return new Array<number>(sentence.tokens.length).fill(-1);
  return sentenceTagsOf(view, sentence).tags;
}

/**
 * Every tag that some token of the sentence has: a sentence without a tag's words cannot pass a
 * check that needs one of them, so the whole search may be skipped (every bit under withEveryTokenTagged).
 */
export function sentenceTokenTags(view: { knowledge: Knowledge }, sentence: Sentence): number {
  if (everyTag) return -1;
  return sentenceTagsOf(view, sentence).any;
}
