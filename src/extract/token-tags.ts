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

interface TagMaps {
  /** How many definitions the maps hold (a tag defined later rebuilds them). */
  defined: number;
  byNormal: Map<string, number>;
  byBase: Map<string, number>;
  byLemma: Map<string, number>;
}

const mapsOf = new WeakMap<Knowledge, TagMaps>();

function tagMaps(knowledge: Knowledge): TagMaps {
  const known = mapsOf.get(knowledge);
  if (known && known.defined === definitions.length) return known;
  const maps: TagMaps = { defined: definitions.length, byNormal: new Map(), byBase: new Map(), byLemma: new Map() };
  const mark = (map: Map<string, number>, words: Iterable<string> | undefined, bit: number): void => {
    for (const word of words ?? []) map.set(word, (map.get(word) ?? 0) | bit);
  };
  definitions.forEach((define, k) => {
    const bit = 2 ** k | 0;
    const words = define(knowledge);
    mark(maps.byNormal, words.normals, bit);
    mark(maps.byBase, words.bases, bit);
    mark(maps.byLemma, words.lemmas, bit);
  });
  mapsOf.set(knowledge, maps);
  return maps;
}

/** The tags of one token. */
export function tagsOfToken(maps: TagMaps, t: Token): number {
  return (maps.byNormal.get(t.normal) ?? 0) | (maps.byBase.get(baseForm(t)) ?? 0) | (maps.byLemma.get(t.lemma) ?? 0);
}

const sentenceTags = new WeakMap<Sentence, { knowledge: Knowledge; defined: number; tags: Int32Array }>();

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

/** Every token's tags, computed once per sentence (and knowledge). */
export function tokenTags(view: { knowledge: Knowledge }, sentence: Sentence): Int32Array {
  if (everyTag) return new Int32Array(sentence.tokens.length).fill(-1);
  const known = sentenceTags.get(sentence);
  if (known && known.knowledge === view.knowledge && known.defined === definitions.length) return known.tags;
  const maps = tagMaps(view.knowledge);
  const { tokens } = sentence;
  const tags = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) tags[i] = tagsOfToken(maps, tokens[i]);
  sentenceTags.set(sentence, { knowledge: view.knowledge, defined: definitions.length, tags });
  return tags;
}
