// The ingest stage's view of the knowledge (src/knowledge/ingest-files.ts): its types. The value is
// the run's Knowledge.ingest, passed in (src/run/tasks.ts).
export type { IngestKnowledge, NamedPattern, BreadcrumbKnowledge, HtmlKnowledge, CommentKnowledge, LanguageKnowledge, FileSignature } from '../knowledge';
