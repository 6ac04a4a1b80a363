// The relation types of the graph, each defined once. Everything that names relation types — the
// extractor's detectors (src/relations/detectors/), the batch writer and the schema (Cypher
// generated from this list), the query pack, the explorer's /api/meta and the Neo4j Browser style —
// reads them from here, so adding a type is: one entry below, one detector file, one knowledge
// section, gold. tests/unit/relations.test.ts fails when a registered type is missing anywhere.

export interface RelationTypeSpec {
  /** The Neo4j relationship type and the export's edge `type`. */
  readonly name: string;
  /** 'claim': found by a detector in what someone said; 'affiliation': a role the article gives. */
  readonly kind: 'claim' | 'affiliation';
  /** Plural, lower case: the batch writer's parameter and count column, the query pack's columns. */
  readonly plural: string;
  /** The knowledge section the detector reads: of knowledge/en/cues.json, or of knowledge/en/verbal-conflict.json (null: none of its own). */
  readonly knowledgeSection: string | null;
  /** CAMEO 2.0 root code and PLOVER category the type corresponds to (null where none fits). */
  readonly cameo: string | null;
  readonly plover: string | null;
  /** What an analyst reads: the explorer's filter label. */
  readonly caption: string;
  /** Neo4j Browser caption (grass syntax: {property}, <type>). */
  readonly browserCaption: string;
  readonly colour: string;
  readonly shaftWidth: number;
}

export const RELATION_TYPES = [
  {
    name: 'STATEMENT',
    kind: 'claim',
    plural: 'statements',
    knowledgeSection: 'speech',
    cameo: '01',
    plover: null,
    caption: 'statements',
    browserCaption: 'said ({cue})',
    colour: '#6B7B8C',
    shaftWidth: 2,
  },
  {
    name: 'THREAT',
    kind: 'claim',
    plural: 'threats',
    knowledgeSection: 'threat',
    cameo: '13',
    plover: 'THREATEN',
    caption: 'threats',
    browserCaption: 'THREAT ({cue})',
    colour: '#D62728',
    shaftWidth: 4,
  },
  {
    name: 'PROPOSAL',
    kind: 'claim',
    plural: 'proposals',
    knowledgeSection: 'proposal',
    cameo: '03',
    plover: 'AGREE',
    caption: 'proposals',
    browserCaption: 'PROPOSAL ({cue})',
    colour: '#2CA02C',
    shaftWidth: 3,
  },
  {
    name: 'ACCUSATION',
    kind: 'claim',
    plural: 'accusations',
    knowledgeSection: 'accusation',
    cameo: '11',
    plover: 'DISAPPROVE',
    caption: 'accusations',
    browserCaption: 'ACCUSATION ({cue})',
    colour: '#E377C2',
    shaftWidth: 3,
  },
  {
    name: 'REJECTION',
    kind: 'claim',
    plural: 'rejections',
    knowledgeSection: 'rejection',
    cameo: '12',
    plover: 'REJECT',
    caption: 'rejections',
    browserCaption: 'REJECTION ({cue})',
    colour: '#8C564B',
    shaftWidth: 3,
  },
  {
    name: 'AFFILIATED_WITH',
    kind: 'affiliation',
    plural: 'affiliations',
    knowledgeSection: null,
    cameo: null,
    plover: null,
    caption: 'affiliations',
    browserCaption: '{role}',
    colour: '#9467BD',
    shaftWidth: 2,
  },
] as const satisfies readonly RelationTypeSpec[];

/** Any registered relation type, by name. */
export type RelationTypeName = (typeof RELATION_TYPES)[number]['name'];
/** The types a detector finds in what someone said (every type but the affiliation). */
export type ClaimTypeName = Extract<(typeof RELATION_TYPES)[number], { kind: 'claim' }>['name'];

export const RELATION_TYPE_NAMES: readonly RelationTypeName[] = RELATION_TYPES.map((t) => t.name);
export const CLAIM_TYPE_NAMES: readonly ClaimTypeName[] = RELATION_TYPES.filter((t): t is Extract<(typeof RELATION_TYPES)[number], { kind: 'claim' }> => t.kind === 'claim').map((t) => t.name);

const BY_NAME = new Map<string, RelationTypeSpec>(RELATION_TYPES.map((t) => [t.name, t]));

export function relationType(name: string): RelationTypeSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown relation type ${name} (registered: ${RELATION_TYPE_NAMES.join(', ')})`);
  return spec;
}

export function isRelationType(name: string): name is RelationTypeName {
  return BY_NAME.has(name);
}
