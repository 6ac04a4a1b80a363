// Loads the knowledge derived from maintained sources (knowledge/en/, see scripts/knowledge/) with
// their validators. Files of the same name in KG_KNOWLEDGE_DIR folders extend the built-in ones
// (lists appended), as for the other knowledge files. Read once per process, on first use: the
// extractor's start-up pays nothing until a stage asks for them.
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { validateArmedGroupsFile, validateOfficeHoldersFile, validateOrganizationsFile, validateRoleNounsFile, type ArmedGroup, type OfficeHolder, type PhoenixOrganization, type RoleNoun } from './phoenix';
import { validateCameoFile, type CameoKnowledge } from './cameo';
import { validateFirstNamesFile, type FirstNameGender } from './first-names';
import { validateOrganizationFormsFile, type OrganizationForm } from './organization-forms';

const BUILT_IN = join(__dirname, '..', '..', '..', 'knowledge', 'en');

/** Each derived file, the validator that reads it. */
export const DERIVED_FILES = {
  officeHolders: { file: 'phoenix-office-holders.json', validate: validateOfficeHoldersFile },
  organizations: { file: 'phoenix-organizations.json', validate: validateOrganizationsFile },
  armedGroups: { file: 'phoenix-armed-groups.json', validate: validateArmedGroupsFile },
  roleNouns: { file: 'phoenix-agents.json', validate: validateRoleNounsFile },
  cameo: { file: 'cameo-verbs.json', validate: validateCameoFile },
  firstNames: { file: 'first-names.json', validate: validateFirstNamesFile },
  organizationForms: { file: 'organization-forms.json', validate: validateOrganizationFormsFile },
} as const;

export interface DerivedKnowledge {
  officeHolders: OfficeHolder[];
  organizations: PhoenixOrganization[];
  armedGroups: ArmedGroup[];
  roleNouns: RoleNoun[];
  cameo: CameoKnowledge;
  firstNames: Map<string, FirstNameGender>;
  organizationForms: OrganizationForm[];
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`knowledge file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Lists are appended and objects merged key by key: a user file says only what it adds. */
export function mergeKnowledge(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(base) && isObject(extra)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra)) merged[key] = key in base ? mergeKnowledge(base[key], value) : value;
    return merged;
  }
  return extra;
}

function readMerged(file: string, dirs: string[]): unknown {
  let value = readJson(join(BUILT_IN, file));
  for (const dir of dirs) {
    const path = join(dir, file);
    if (existsSync(path)) value = mergeKnowledge(value, readJson(path));
  }
  return value;
}

export function extraKnowledgeDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.KG_KNOWLEDGE_DIR ?? '').split(delimiter).filter(Boolean);
}

export function loadDerivedKnowledge(dirs: string[] = extraKnowledgeDirs()): DerivedKnowledge {
  const load = <T>(spec: { file: string; validate: (value: unknown, source: string) => T }): T => spec.validate(readMerged(spec.file, dirs), spec.file);
  return {
    officeHolders: load(DERIVED_FILES.officeHolders),
    organizations: load(DERIVED_FILES.organizations),
    armedGroups: load(DERIVED_FILES.armedGroups),
    roleNouns: load(DERIVED_FILES.roleNouns),
    cameo: load(DERIVED_FILES.cameo),
    firstNames: load(DERIVED_FILES.firstNames),
    organizationForms: load(DERIVED_FILES.organizationForms),
  };
}

let cached: { key: string; knowledge: DerivedKnowledge } | undefined;

/** The derived knowledge for this process's KG_KNOWLEDGE_DIR, read once. */
export function derivedKnowledge(): DerivedKnowledge {
  const dirs = extraKnowledgeDirs();
  const key = dirs.join(delimiter);
  if (!cached || cached.key !== key) cached = { key, knowledge: loadDerivedKnowledge(dirs) };
  return cached.knowledge;
}
