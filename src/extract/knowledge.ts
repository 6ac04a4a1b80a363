// The extractor's view of the knowledge: the types it reads, from the one loader in src/knowledge/.
// The value itself is loaded once per run (src/knowledge: loadKnowledge) and passed to extract().
export type { Knowledge, LexiconEntry, LexiconKind, TrieNode, Cues } from '../knowledge';
export { addToTrie } from '../knowledge/lexicon';
