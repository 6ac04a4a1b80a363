// Knowledge: knowledge/<lang>/*.json, loaded once per run by loadKnowledge and passed to every
// stage as one value. `defaultKnowledge` is the bridge for code that is not handed the value yet
// (it loads the KG_KNOWLEDGE_DIR knowledge once per process and per KG_KNOWLEDGE_DIR value);
// new code takes a Knowledge parameter instead.
import { loadKnowledge, type Knowledge } from './load';

export { loadKnowledge, KNOWLEDGE_FILES, INGEST_FILES, THREAT_FRAME_FILES, type Knowledge, type DerivedKnowledge } from './load';
export { knowledgeSources, mergeKnowledge, BUILT_IN_DIR, LANGUAGE, type KnowledgeSources } from './files';
export type { LexiconEntry, LexiconKind, TrieNode, Cues, LexiconKnowledge } from './lexicon';
export type { IngestKnowledge, NamedPattern, BreadcrumbKnowledge, HtmlKnowledge, CommentKnowledge, LanguageKnowledge, FileSignature } from './ingest-files';
export type { DocumentSpeech, Readouts, CallsForAction } from './speech-files';
export type { FunctionWords, FunctionWordList } from '../lang/en/function-words';

let cached: { key: string; knowledge: Knowledge } | undefined;

/** The knowledge for this process's KG_KNOWLEDGE_DIR, loaded on first use (for callers not yet handed a Knowledge). */
export function defaultKnowledge(): Knowledge {
  const key = process.env.KG_KNOWLEDGE_DIR ?? '';
  if (!cached || cached.key !== key) cached = { key, knowledge: loadKnowledge(key) };
  return cached.knowledge;
}
