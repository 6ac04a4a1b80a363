// The extractor's view of the knowledge: the types it reads, from the one loader in src/knowledge/.
// `loadKnowledge` here is the per-process default (KG_KNOWLEDGE_DIR); a runner that loads knowledge
// itself (src/knowledge: loadKnowledge) passes it to extract() instead.
export type { Knowledge, LexiconEntry, LexiconKind, TrieNode, Cues } from '../knowledge';
export { defaultKnowledge as loadKnowledge } from '../knowledge';
export { addToTrie } from '../knowledge/lexicon';
