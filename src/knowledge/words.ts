// A word list of knowledge/en/function-words.json as a module constant, for code that tests tokens
// against it but is not handed the Knowledge value yet: it reads the per-process knowledge
// (defaultKnowledge, KG_KNOWLEDGE_DIR) on first use, so importing a module reads no file.
// New code reads knowledge.functionWords from the value it is passed instead.
import { defaultKnowledge } from './index';
import type { FunctionWordList } from '../lang/en/function-words';

export interface WordList {
  has(word: string): boolean;
}

export function functionWords(list: FunctionWordList): WordList {
  let words: ReadonlySet<string> | undefined;
  return { has: (word) => (words ??= defaultKnowledge().functionWords[list]).has(word) };
}
