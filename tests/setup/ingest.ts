// The ingest functions as tests call them: with the shells' default knowledge (KG_KNOWLEDGE_DIR
// read once per value: tests/setup/knowledge.ts) unless a test passes its own.
import * as ingest from '../../src/ingest';
import type { IngestKnowledge } from '../../src/knowledge';
import { defaultKnowledge } from './knowledge';
import type { IngestedFile } from '../../src/model/types';

export { listInputFiles, ingestInputResolved, detectFormat, contentId, INGEST_RULES, STDIN } from '../../src/ingest';

/** The default knowledge's ingest part. */
export const ingestKnowledge = (): IngestKnowledge => defaultKnowledge().ingest;

export function ingestBuffer(path: string, bytes: Buffer, options: ingest.IngestOptions = {}, knowledge = ingestKnowledge()): IngestedFile {
  return ingest.ingestBuffer(path, bytes, options, knowledge);
}

export function ingestFile(path: string, options: ingest.IngestOptions = {}, knowledge = ingestKnowledge()): Promise<IngestedFile> {
  return ingest.ingestFile(path, options, knowledge);
}

export function ingestFiles(paths: string[], options: ingest.IngestOptions = {}, knowledge = ingestKnowledge()): AsyncGenerator<IngestedFile> {
  return ingest.ingestFiles(paths, options, knowledge);
}
