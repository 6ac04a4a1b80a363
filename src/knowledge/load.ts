// The one knowledge loader: reads every file of knowledge/<lang>/ once, each extended by the file
// of the same name in the KG_KNOWLEDGE_DIR folders, checks each with its validator and returns one
// value, Knowledge, that the runner passes to every stage. No cache here: each call reads afresh
// (the module-level accessor for code not yet handed the value is in src/knowledge/index.ts).
import { validateCallsForActionFile, validateDocumentSpeechFile, validateReadoutsFile, type CallsForAction, type DocumentSpeech, type Readouts } from './speech-files';
import { validateCameoCuesFile, validateCuesFile, type CameoCueSelection } from './cues-file';
import { validateArmedGroupsFile, validateOfficeHoldersFile, validateOrganizationsFile as validatePhoenixOrganizationsFile, validateRoleNounsFile, type ArmedGroup, type OfficeHolder, type PhoenixOrganization, type RoleNoun } from './derived/phoenix';
import { validateCameoFile, type CameoKnowledge } from './derived/cameo';
import { validateFirstNamesFile, type FirstNameGender } from './derived/first-names';
import { validateOfficesFile } from './derived/offices';
import { validateOrganizationFormsFile, type OrganizationForm } from './derived/organization-forms';
import { validateKnownOrganizationsFile } from './derived/known-organizations';
import { knowledgeSources, readKnowledgeFile, type KnowledgeSources } from './files';
import { validateIngestFiles, type IngestKnowledge } from './ingest-files';
import { buildLexicons, type CameoCues, type LexiconKnowledge } from './lexicon';
import { validateGenderFile, validateOrganizationsFile, validatePatternsFile, validatePeopleFile, validateStatesFile, validateStopwordsFile, validateTitlesFile } from './lexicon-files';
import { validateFunctionWordsFile, type FunctionWords } from '../lang/en/function-words';
import { validateMentionWords, type MentionWords } from './mention-words';
import { validateThreatFrames } from './threat-frames';
import { validateDatesFile } from './dates-file';
import { validateCooperationActs, type CooperationActsKnowledge } from './cooperation-acts';
import { validateVerbalConflict } from './verbal-conflict';
import { validateProposalActs, type ProposalActs } from './proposal-acts';

/** Knowledge derived from maintained sources (PETRARCH2/Phoenix, first-name lists; scripts/knowledge/). */
export interface DerivedKnowledge {
  readonly officeHolders: OfficeHolder[];
  readonly organizations: PhoenixOrganization[];
  readonly armedGroups: ArmedGroup[];
  readonly roleNouns: RoleNoun[];
  cameo: CameoKnowledge;
  firstNames: Map<string, FirstNameGender>;
  organizationForms: OrganizationForm[];
}

/** Everything every stage knows, loaded once per run and passed in. */
export interface Knowledge extends LexiconKnowledge {
  /** The folders it was read from. */
  sources: KnowledgeSources;
  ingest: IngestKnowledge;
  documentSpeech: DocumentSpeech;
  readouts: Readouts;
  callsForAction: CallsForAction;
  /** Requests and plans that propose with no verb of saying (knowledge/en/proposal-acts.json). */
  proposalActs: ProposalActs;
  /** Words that decide what a capitalised run names (src/extract/mentions/). */
  mentionWords: MentionWords;
  /** English function words, one list per use (knowledge/en/function-words.json). */
  functionWords: FunctionWords;
  derived: DerivedKnowledge;
}

/** Each file of knowledge/<lang>/ and the validator that reads it (the ingest files are read together). */
export const KNOWLEDGE_FILES = {
  states: { file: 'states.json', validate: validateStatesFile },
  organizations: { file: 'organizations.json', validate: validateOrganizationsFile },
  knownOrganizations: { file: 'known-organizations.json', validate: validateKnownOrganizationsFile },
  people: { file: 'people.json', validate: validatePeopleFile },
  titles: { file: 'titles.json', validate: validateTitlesFile },
  patterns: { file: 'organization-patterns.json', validate: validatePatternsFile },
  stopwords: { file: 'stopwords.json', validate: validateStopwordsFile },
  gender: { file: 'gender.json', validate: validateGenderFile },
  cues: { file: 'cues.json', validate: validateCuesFile },
  cameoCues: { file: 'cameo-cues.json', validate: validateCameoCuesFile },
  verbalConflict: { file: 'verbal-conflict.json', validate: validateVerbalConflict },
  documentSpeech: { file: 'document-speech.json', validate: validateDocumentSpeechFile },
  readouts: { file: 'readouts.json', validate: validateReadoutsFile },
  callsForAction: { file: 'calls-for-action.json', validate: validateCallsForActionFile },
  mentionWords: { file: 'mention-words.json', validate: validateMentionWords },
  functionWords: { file: 'function-words.json', validate: validateFunctionWordsFile },
  officeHolders: { file: 'phoenix-office-holders.json', validate: validateOfficeHoldersFile },
  phoenixOrganizations: { file: 'phoenix-organizations.json', validate: validatePhoenixOrganizationsFile },
  armedGroups: { file: 'phoenix-armed-groups.json', validate: validateArmedGroupsFile },
  roleNouns: { file: 'phoenix-agents.json', validate: validateRoleNounsFile },
  cameo: { file: 'cameo-verbs.json', validate: validateCameoFile },
  firstNames: { file: 'first-names.json', validate: validateFirstNamesFile },
  organizationForms: { file: 'organization-forms.json', validate: validateOrganizationFormsFile },
  offices: { file: 'offices.json', validate: validateOfficesFile },
  dates: { file: 'dates.json', validate: validateDatesFile },
  cooperationActs: { file: 'cooperation-acts.json', validate: validateCooperationActs },
  proposalActs: { file: 'proposal-acts.json', validate: validateProposalActs },
} as const;

/** Files read together and checked by one validator: threat frames with the verbs of force they use. */
export const THREAT_FRAME_FILES = { frames: 'threat-frames.json', forceActs: 'force-acts.json' } as const;

export const INGEST_FILES = {
  chrome: 'chrome.json',
  comments: 'comments.json',
  stopwords: 'english-stopwords.json',
  cities: 'dateline-cities.json',
  signatures: 'file-signatures.json',
} as const;

/** Single-word lemmas of the selected CAMEO codes, minus the excluded ones. */
function pickCameoCues(selection: CameoCueSelection, cameo: CameoKnowledge, cooperation: CooperationActsKnowledge): CameoCues {
  const pick = (wanted: Set<string>): string[] =>
    [...new Set(cameo.verbs.filter((v) => wanted.has(v.code.slice(0, 3)) && !v.lemma.includes(' ') && !selection.exclude.has(v.lemma)).map((v) => v.lemma))].sort();
  return { speech: pick(selection.speechCodes), proposal: pick(selection.proposalCodes), commitment: cooperation.verbs };
}

type Load = <T>(spec: { file: string; validate: (value: unknown, source: string) => T }) => T;

/** A value computed on first use, then kept. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * The derived files. The Phoenix lists (4 MB, ~0.4 s to read and check) are loaded on first use,
 * since most runs never ask for them; the CAMEO verbs and first names are read by every extraction.
 */
function derivedKnowledge(load: Load): DerivedKnowledge {
  const f = KNOWLEDGE_FILES;
  const officeHolders = once(() => load(f.officeHolders));
  const organizations = once(() => load(f.phoenixOrganizations));
  const armedGroups = once(() => load(f.armedGroups));
  const roleNouns = once(() => load(f.roleNouns));
  const cameo = load(f.cameo);
  const firstNames = load(f.firstNames);
  const organizationForms = load(f.organizationForms);
  return {
    get officeHolders() {
      return officeHolders();
    },
    get organizations() {
      return organizations();
    },
    get armedGroups() {
      return armedGroups();
    },
    get roleNouns() {
      return roleNouns();
    },
    cameo,
    firstNames,
    organizationForms,
  };
}

/**
 * The knowledge of knowledge/en/, extended by the folders of `extraDirs` (a path list like
 * KG_KNOWLEDGE_DIR, which is the default, or a list of folders). Throws one line naming the file
 * and field of the first problem.
 */
export function loadKnowledge(extraDirs?: string | readonly string[]): Knowledge {
  const sources = knowledgeSources(extraDirs);
  const load: Load = (spec) => {
    const { value, source } = readKnowledgeFile(spec.file, sources);
    return spec.validate(value, source);
  };
  const read = (file: string) => readKnowledgeFile(file, sources);
  const f = KNOWLEDGE_FILES;
  const derived = derivedKnowledge(load);
  const frames = read(THREAT_FRAME_FILES.frames);
  const forceActs = read(THREAT_FRAME_FILES.forceActs);
  const lexicons = buildLexicons({
    states: load(f.states),
    organizations: load(f.organizations),
    knownOrganizations: load(f.knownOrganizations),
    people: load(f.people),
    titles: load(f.titles),
    patterns: load(f.patterns),
    stopwords: load(f.stopwords),
    gender: load(f.gender),
    cues: load(f.cues),
    cameoCues: pickCameoCues(load(f.cameoCues), derived.cameo, load(f.cooperationActs)),
    verbalConflict: load(f.verbalConflict),
    threatFrames: validateThreatFrames(frames.value, frames.source, forceActs.value, forceActs.source),
    firstNames: derived.firstNames,
  });
  const functionWords = load(f.functionWords);
  return {
    ...lexicons,
    sources,
    ingest: {
      ...validateIngestFiles({ chrome: read(INGEST_FILES.chrome), comments: read(INGEST_FILES.comments), stopwords: read(INGEST_FILES.stopwords), cities: read(INGEST_FILES.cities), signatures: read(INGEST_FILES.signatures) }),
      titleAbbreviations: functionWords.titleAbbreviations,
      dates: load(f.dates),
    },
    documentSpeech: load(f.documentSpeech),
    readouts: load(f.readouts),
    callsForAction: load(f.callsForAction),
    proposalActs: load(f.proposalActs),
    mentionWords: load(f.mentionWords),
    functionWords,
    derived,
  };
}
