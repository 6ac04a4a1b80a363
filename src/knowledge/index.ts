// Knowledge: knowledge/<lang>/*.json, loaded once per run by loadKnowledge (src/run) and passed to
// every stage as one value; there is no per-process knowledge.

export { loadKnowledge, KNOWLEDGE_FILES, INGEST_FILES, THREAT_FRAME_FILES, type Knowledge, type DerivedKnowledge } from './load';
export { knowledgeSources, mergeKnowledge, BUILT_IN_DIR, LANGUAGE, type KnowledgeSources } from './files';
export type { LexiconEntry, LexiconKind, TrieNode, Cues, LexiconKnowledge } from './lexicon';
export type { IngestKnowledge, NamedPattern, BreadcrumbKnowledge, HtmlKnowledge, CommentKnowledge, LanguageKnowledge, FileSignature } from './ingest-files';
export type { DocumentSpeech, Readouts, CallsForAction } from './speech-files';
export type { FunctionWords, FunctionWordList } from '../lang/en/function-words';
