// Knowledge for speakers beyond one sentence (knowledge/document-speech.json, knowledge/readouts.json),
// validated field by field when loaded: a broken edit fails at start-up with the file and field named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const KNOWLEDGE_DIR = join(__dirname, '..', '..', '..', 'knowledge');

export interface DocumentSpeech {
  documentNouns: Set<string>;
  introPhrases: string[][];
  otherTurnLabels: Set<string>;
  endMarkers: string[][];
  stageNotes: string[][];
  introReach: number;
  minWords: number;
}

export interface Readouts {
  meetingVerbs: Set<string>;
  meetingNeeds: Map<string, Set<string>>;
  meetingStatements: Set<string>;
  pairSubjects: string[][];
  jointVerbs: Set<string>;
  memory: number;
}

type Json = Record<string, unknown>;

function readObject(file: string): Json {
  const path = join(KNOWLEDGE_DIR, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`knowledge file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`knowledge file ${path}: expected an object`);
  return data as Json;
}

function words(file: string, data: Json, field: string): string[] {
  const value = data[field];
  if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && w.trim() !== '')) throw new Error(`knowledge file ${file}: "${field}" must be a list of words`);
  return value.map((w: string) => w.toLowerCase());
}

function phrases(file: string, data: Json, field: string): string[][] {
  const value = data[field];
  const ok = Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length > 0 && p.every((w) => typeof w === 'string' && w.trim() !== ''));
  if (!ok) throw new Error(`knowledge file ${file}: "${field}" must be a list of phrases (lists of words)`);
  return (value as string[][]).map((p) => p.map((w) => w.toLowerCase()));
}

function count(file: string, data: Json, field: string): number {
  const value = data[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`knowledge file ${file}: "${field}" must be a whole number`);
  return value;
}

function wordLists(file: string, data: Json, field: string): Map<string, Set<string>> {
  const value = data[field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`knowledge file ${file}: "${field}" must map words to lists of words`);
  return new Map(Object.keys(value).map((k) => [k, new Set(words(file, value as Json, k))]));
}

let documentSpeech: DocumentSpeech | null = null;
let readouts: Readouts | null = null;

export function loadDocumentSpeech(): DocumentSpeech {
  if (!documentSpeech) {
    const file = 'document-speech.json';
    const data = readObject(file);
    documentSpeech = {
      documentNouns: new Set(words(file, data, 'documentNouns')),
      introPhrases: phrases(file, data, 'introPhrases'),
      otherTurnLabels: new Set(words(file, data, 'otherTurnLabels')),
      endMarkers: phrases(file, data, 'endMarkers'),
      stageNotes: phrases(file, data, 'stageNotes'),
      introReach: count(file, data, 'introReach'),
      minWords: count(file, data, 'minWords'),
    };
  }
  return documentSpeech;
}

export function loadReadouts(): Readouts {
  if (!readouts) {
    const file = 'readouts.json';
    const data = readObject(file);
    readouts = {
      meetingVerbs: new Set(words(file, data, 'meetingVerbs')),
      meetingNeeds: wordLists(file, data, 'meetingNeeds'),
      meetingStatements: new Set(words(file, data, 'meetingStatements')),
      pairSubjects: phrases(file, data, 'pairSubjects'),
      jointVerbs: new Set(words(file, data, 'jointVerbs')),
      memory: count(file, data, 'memory'),
    };
  }
  return readouts;
}
