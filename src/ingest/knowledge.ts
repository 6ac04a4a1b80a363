// The ingest stage's view of the knowledge (src/knowledge/ingest-files.ts): its types, and the
// per-process default for callers not handed a Knowledge (KG_KNOWLEDGE_DIR extends it).
import { defaultKnowledge, type IngestKnowledge } from '../knowledge';

export type { IngestKnowledge, NamedPattern, BreadcrumbKnowledge, HtmlKnowledge, CommentKnowledge, LanguageKnowledge, FileSignature } from '../knowledge';

export function ingestKnowledge(): IngestKnowledge {
  return defaultKnowledge().ingest;
}
