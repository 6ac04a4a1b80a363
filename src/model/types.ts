// Types shared by every stage. Each stage takes one of these and returns the next:
//   ingest: path -> IngestedFile (Article | messages)
//   nlp:    Article -> AnnotatedArticle
//   extract: AnnotatedArticle -> ArticleExtraction (mentions, claims, affiliations)
//   resolve: ArticleExtraction[] -> ResolvedCorpus (one entity per real actor)
//   graph:  ResolvedCorpus -> GraphBatch[] (one batch per article, stable ids)
//   neo4j:  GraphBatch -> WriteStats

import type { ClaimTypeName, RelationTypeName } from '../relations/registry';

/** A half-open range of characters in `Article.text`: text.slice(start, end). */
export interface CharSpan {
  start: number;
  end: number;
}

export type Severity = 'info' | 'warning' | 'fatal';

/** Something worth telling the user about one input file. Bad content is a message, not an exception. */
export interface Message {
  file: string;
  severity: Severity;
  /** Fixed reason code, e.g. 'empty', 'binary', 'too-large', 'not-english', 'comments-removed'. */
  rule: string;
  text: string;
  span?: CharSpan;
}

/**
 * Why something found in the input did not reach the graph: one fixed list, so every drop is
 * counted in the run summary under one of these and listed (one per line) with -v
 * (src/run/drops.ts says each in words).
 */
export type DropReason =
  /** An input file or record that gave no article (its message says why). */
  | 'file-skipped'
  /** A mention of an actor that resolution could not tie to anyone ("the minister", a lone surname). */
  | 'mention-unresolved'
  /** A verb of saying whose speaker was not found: the sentence gave no claim. */
  | 'claim-without-speaker'
  /** A verb of saying whose speaker is unnamed ("officials said", "a source said"). */
  | 'speaker-unnamed'
  /** A news agency that only relays a speaker's words ("..., Xinhua reported"). */
  | 'claim-relayed'
  /** A statement inside words another speaker reports ("Russia warned Kyiv, Peskov said"): the statement is the reporter's. */
  | 'claim-reported'
  /** A verb whose subject opens a condition ("sanctions will follow if Iran refuses"): what the actor may do, not what it did or said. */
  | 'claim-hypothetical'
  /** A claim whose speaker mention could not be resolved: the claim is not written. */
  | 'speaker-unresolved'
  /** A claim whose target mentions could not be resolved: it goes to its other targets or the article. */
  | 'target-unresolved'
  /** A claim with no target although its relation type needs one. */
  | 'claim-without-target'
  /** An edge (an affiliation, a relation) one of whose nodes is not in the graph: not written. */
  | 'edge-without-node';

/** One thing dropped from an article, and why. */
export interface Drop {
  reason: DropReason;
  /** What was dropped, in the article's words: the mention, the verb of saying. */
  words: string;
  /** Index of the sentence it is in (0-based). */
  sentence?: number;
  /** Offsets of `words` in Article.text. */
  at?: CharSpan;
  /** Offsets of the sentence (or clause) around it, where the stage knows them. */
  context?: CharSpan;
}

export interface Article {
  /** Content hash of `text` (sha256, hex, first 16 chars): the same article twice is one article. */
  id: string;
  /** Path as given by the user (or relative to the input folder). */
  path: string;
  /** Base name of the file, e.g. 000_b8527ec254b17462.txt (the export contract matches on it). */
  file: string;
  title: string;
  /** ISO date (YYYY-MM-DD) where the text gives one. */
  date: string | null;
  /** The article body after cleaning (site chrome and reader comments removed). All offsets point here. */
  text: string;
  /** Where the input says the article was published (JSON lines `url`, a feed item's link). */
  url?: string;
  /** Who published it (JSON lines `outlet`, a feed's title). */
  outlet?: string;
}

/** What a container input (JSON lines, RSS, Atom) says about one article; all optional. */
export interface ArticleMetadata {
  title?: string;
  /** ISO YYYY-MM-DD once read (src/ingest/records.ts). */
  date?: string;
  url?: string;
  outlet?: string;
  language?: string;
}

/** What ingest returns for one file: an article, or only the reasons it could not become one. */
export interface IngestedFile {
  path: string;
  article: Article | null;
  messages: Message[];
}

// ---------------------------------------------------------------- nlp

export interface Token {
  text: string;
  /** Lower-cased, accent-free form used for lexicon look-ups. */
  normal: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADJ, PUNCT, ...). */
  pos: string;
  lemma: string;
  /**
   * The verb base form (lang/en baseForm), set once when the token is made: baseForm is asked of
   * nearly every token by several detectors. Absent on tokens made by hand; baseForm computes it then.
   */
  base?: string;
  start: number;
  end: number;
}

export interface Sentence extends CharSpan {
  index: number;
  text: string;
  tokens: Token[];
}

export interface AnnotatedArticle {
  article: Article;
  sentences: Sentence[];
}

// ---------------------------------------------------------------- extract

export type ActorLabel = 'Person' | 'State' | 'Organization';
export type EntityLabel = ActorLabel | 'Location';
/** A claim's relation type: a name from the registry (src/relations/registry.ts), never a list here. */
export type ClaimType = ClaimTypeName;

/** How a mention names its actor; decides how it may be resolved. */
export type MentionKind =
  | 'name' // "Vladimir Putin", "Putin", "NATO", "France"
  | 'title' // "the Russian president", "his French counterpart"
  | 'metonym' // "Moscow" acting for Russia, "the Kremlin"
  | 'demonym' // "the French" as actors
  | 'pronoun'; // "he", "it" (resolved to the nearest fitting actor)

export interface Mention extends CharSpan {
  /** Text exactly as in the article: article.text.slice(start, end). */
  surface: string;
  label: EntityLabel;
  kind: MentionKind;
  /** Best canonical name known at extraction time (from knowledge or the surface). */
  canonical: string;
  sentence: number;
  /** Token range in the sentence, inclusive. */
  tokens: [number, number];
  /** For people: the role ("president", "spokesman") and the canonical name of the state/org it belongs to. */
  role?: string;
  roleOf?: string;
  /** The title phrase that introduced or stood for the person ("the Russian president"): an alias. */
  title?: string;
  /**
   * Words that narrow a role outside any role phrase ("electoral commission" in "the electoral
   * commission chairman"): a title standing alone stands only for someone whose title had them too.
   */
  roleModifiers?: string[];
  /** First token of the whole phrase, title included ("Kremlin" in "Kremlin spokesman Dmitry Peskov"). */
  phraseStart?: number;
  /** A state or organisation named only as part of someone's title ("French" in "French President X"). */
  qualifies?: number;
  /** Media that relay others' words (TASS, AFP): not speakers when they only relay. */
  conduit?: boolean;
  /** A title-only mention of a counterpart ("his French counterpart"). */
  counterpart?: boolean;
  /** An adjective ("Ukrainian territory"): names no actor, but may say what a claim is about. */
  weak?: boolean;
  /** An armed group the text never names ("Somali pirates", "Rebels in northern Haiti"): a node only where it speaks. */
  unnamedGroup?: boolean;
  /** A state's armed service ("the Pakistani military"): an actor where it speaks, passed over as a mere mention elsewhere. */
  speakerOnly?: boolean;
  /** 'f' or 'm' where a title, honorific, given name or knowledge says so: for "she said". */
  gender?: Gender;
  /**
   * A lone capitalised word that acts as a body would ("Nvidia said", "told Haaretz"): resolution
   * makes it an organisation where it is nobody's name (src/resolve).
   */
  actsAsBody?: boolean;
}

export type Gender = 'f' | 'm';

/**
 * How a claim's main target was found when its sentence does not name it: from an earlier claim
 * (the speaker's own, continued; or the one a rejection answers), or the party the article sets
 * against the speaker's side. A target the
 * sentence names is 'sentence'. Stored on the edge (`targetFrom`) so that an analyst can tell a
 * stated addressee from an inferred one.
 */
export type TargetBasis = 'sentence' | 'earlier claim' | 'other side';

export interface Claim {
  type: ClaimType;
  /** Index into ArticleExtraction.mentions. */
  source: number;
  /** Indexes into ArticleExtraction.mentions; empty when the utterance has no addressee. */
  targets: number[];
  /** The sentence (or clause) that states it. */
  evidence: CharSpan & { text: string };
  /** The direct quote, where there is one. */
  quote?: string;
  /** The word that triggered it ("said", "warned", "offer"). */
  cue: string;
  /** Set where the first target is not named by the sentence (absent: it is, or there is none). */
  targetFrom?: Exclude<TargetBasis, 'sentence'>;
}

export interface AffiliationClaim {
  person: number;
  org: number;
  role: string;
  evidence: CharSpan & { text: string };
}

export interface ArticleExtraction {
  article: Article;
  mentions: Mention[];
  claims: Claim[];
  affiliations: AffiliationClaim[];
  messages: Message[];
  /** What extraction found but dropped (a verb of saying without a speaker, ...). */
  drops?: Drop[];
  /**
   * For an article whose text gives no date: a date inside the terms of the office holders it names
   * with their titles (extract/era.ts), by which titled surnames are resolved ("President Bush"
   * beside "Secretary of State Colin Powell" is George W. Bush). Never the article's own date.
   */
  eraDate?: string;
}

// ---------------------------------------------------------------- resolve

export interface Entity {
  /** Stable id: derived from label and canonical name, the same in every run. */
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Ids of the articles that mention it. */
  articles: string[];
  /** An organisation's: the full forms of its name the article writes (src/resolve/written-names.ts). */
  written?: string[];
}

/** Where an edge comes from, as a Relation and an exported edge both carry it. */
export interface EdgeEvidence {
  /** Id of the article the edge comes from. */
  article: string;
  /** The sentence, and its offsets in the article's text. */
  evidence: string;
  start: number;
  end: number;
  quote?: string;
  role?: string;
  /** The word that made it a claim ("said", "warned", "offered"). */
  cue?: string;
}

export interface Relation extends EdgeEvidence {
  id: string;
  /** A relation type of the registry: a claim type or AFFILIATED_WITH. */
  type: RelationTypeName;
  source: string;
  /** Entity id of the main addressee or subject, or null for a statement with no addressee. */
  target: string | null;
  /** Every party the sentence names as addressee or subject, main one first (entity ids). */
  targets?: string[];
  /** The same parties by name, as stored on the Neo4j edge (`targets`) for people reading it. */
  targetNames?: string[];
  /** How the main target was found; absent when there is none. */
  targetFrom?: TargetBasis;
  date?: string | null;
}

export interface ResolvedArticle {
  article: Article;
  entities: Entity[];
  relations: Relation[];
  /** mention surface -> entity id, for MENTIONS edges and debugging. */
  mentions: { entity: string; span: CharSpan; surface: string }[];
  messages: Message[];
  /** What extraction and resolution dropped from this article. */
  drops?: Drop[];
}

// ---------------------------------------------------------------- graph

/** Everything one article writes to Neo4j: written in one transaction. */
export interface GraphBatch {
  article: Pick<Article, 'id' | 'file' | 'title' | 'date' | 'path' | 'url' | 'outlet'> & {
    text: string;
    /** Its identity across loads: the URL, else the path relative to the input folder (src/cli/sources.ts). */
    source?: string;
    /** The absolute input folder it was loaded from (for `kg build DIR --sync`). */
    folder?: string;
  };
  /** `written`: an organisation's full names as the article writes them, kept by the graph for later loads. */
  nodes: { id: string; label: EntityLabel; name: string; aliases: string[]; written?: string[] }[];
  /** Article -> entity. */
  mentions: { entity: string; count: number }[];
  relations: Relation[];
}

/** The JSON export contract of ../shared/eval/README.md. */
export interface ExportDocument {
  articles: { id: string; file: string; title: string; date: string | null; url?: string; outlet?: string }[];
  nodes: { id: string; label: EntityLabel; name: string; aliases: string[]; articles: string[] }[];
  edges: (EdgeEvidence & {
    id: string;
    type: string;
    source: string;
    target: string | null;
    /** The article's date (ISO), where known. */
    date?: string;
    /** Names of every party the sentence addresses, main one first; [] when none (claims only). */
    targets?: string[];
    /** How the main target was found (claims with a target only). */
    targetFrom?: TargetBasis;
  })[];
  /** Every mention of an entity: which article, which entity, the words and their offsets. */
  mentions: { article: string; entity: string; surface: string; start: number; end: number }[];
}
