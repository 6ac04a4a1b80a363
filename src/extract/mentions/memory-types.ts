// The shape of one article's mention memory (memory.ts fills it). Apart from memory.ts so that
// the sentence context can carry it without importing what fills it.

export interface RememberedOrganization {
  canonical: string;
  kinds: Set<string>;
  /** Lower-case words of its name: "the commission" finds the "European Commission". */
  words: Set<string>;
  /** The last word the text wrote it with, when other than its name: "the Guards" finds the "Revolutionary Guards" (IRGC). */
  writtenHead?: string;
  /** An armed group the text never named, by its state and noun ("Somalia|pirates"): armed-groups.ts. */
  groupOf?: string;
  /** A state's armed service: found again as a node only where it speaks (state-forces.ts). */
  speakerOnly?: boolean;
}

export interface MentionMemory {
  acronyms: Map<string, string>;
  /** Short name -> canonical name: "Nordvik" -> the "Nordvik" of "Nordvik Inc.". */
  shortNames: Map<string, string>;
  organizations: RememberedOrganization[];
  /** A named person's surname, lower case -> the person ('' where two people share it): "Cook said" after "Peter Cook", where the tagger reads "Cook" as a verb; "Paris claims" after "Valeska Paris". */
  surnames: Map<string, string>;
  /** The last state named as the subject of a clause: "the country", "the kingdom" after it. */
  subjectState?: { canonical: string; sentence: number };
  /** The last state whose government the article named ("the Indonesian government", "the government of Syria"): "the government" after it. */
  governmentState?: string;
  /** The state whose head of government the article named last ("Kenyan President Mwai Kibaki"): "the government", "his government" after it. */
  headedState?: string;
  /** A state's armed service -> the name the article first gave it ("Pakistan|military" -> "Pakistani military"). */
  stateForces: Map<string, string>;
}
