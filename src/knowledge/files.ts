// Where knowledge files are and how they are read: the project's own, knowledge/<lang>/<file>,
// extended by the file of the same name in each folder of KG_KNOWLEDGE_DIR (a path list), where
// users keep the names of their own domain. A user's folder may hold the file directly
// (<dir>/people.json) or laid out like knowledge/ (<dir>/en/people.json); both extend.
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The language of the built-in knowledge (knowledge/en/), the only one today. */
export const LANGUAGE = 'en';

export const BUILT_IN_DIR = join(__dirname, '..', '..', 'knowledge', LANGUAGE);

/** The folders a run reads: the built-in one, then each user folder in order. */
export interface KnowledgeSources {
  builtIn: string;
  extra: string[];
}

/** A path list (`:`-separated, like KG_KNOWLEDGE_DIR) or a list of folders; empty entries ignored. */
export function knowledgeSources(extra: string | readonly string[] = process.env.KG_KNOWLEDGE_DIR ?? '', builtIn = BUILT_IN_DIR): KnowledgeSources {
  const dirs = typeof extra === 'string' ? extra.split(delimiter) : [...extra];
  return { builtIn, extra: dirs.filter((d) => d.trim() !== '') };
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`knowledge file ${path} cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`knowledge file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Lists are appended and objects merged key by key: a user file says only what it adds. */
export function mergeKnowledge(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (isObject(base) && isObject(extra)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra)) merged[key] = key in base ? mergeKnowledge(base[key], value) : value;
    return merged;
  }
  return extra;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One knowledge file, merged with its extensions. */
export interface KnowledgeFile {
  value: unknown;
  /** The file and its extensions, for error messages: "knowledge/en/people.json + /my/people.json". */
  source: string;
}

export function readKnowledgeFile(file: string, sources: KnowledgeSources): KnowledgeFile {
  const builtIn = join(sources.builtIn, file);
  let value = readJson(builtIn);
  const names = [builtIn];
  for (const dir of sources.extra) {
    for (const path of [join(dir, file), join(dir, LANGUAGE, file)]) {
      if (!existsSync(path)) continue;
      value = mergeKnowledge(value, readJson(path));
      names.push(path);
    }
  }
  return { value, source: names.join(' + ') };
}
