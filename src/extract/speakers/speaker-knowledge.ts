// Knowledge for speakers beyond one sentence (knowledge/en/document-speech.json, readouts.json):
// validated by src/knowledge/speech-files.ts, read from the Knowledge value (view.knowledge).
export type { DocumentSpeech, Readouts } from '../../knowledge';
