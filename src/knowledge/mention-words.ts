// knowledge/en/mention-words.json: the words that decide what a capitalised run or a common noun
// phrase names (src/extract/mentions/), checked field by field.
import { at, list, lowerPhrase, record, texts, type FieldContext } from './fields';
import { ORGANIZATION_FORM_KINDS } from './derived/organization-forms';

/** What a back-reference may name: an organisation-form kind, or one of the lexicon's own kinds. */
// 'opposition': a body the text introduced as the opposition ('the opposition Orange Democratic Movement', memory.ts)
const REFERENCE_KINDS = new Set<string>([...ORGANIZATION_FORM_KINDS, 'alliance', 'bloc', 'government', 'international', 'armed-group', 'opposition', 'protesters']);

export interface MentionWords {
  /** Lemmas of verbs a Title Case headline glues to a name ("Odinga Rejects"). */
  headlineVerbs: Set<string>;
  /** "the company" -> the kinds of organisation it may stand for. */
  backReferences: Map<string, string[]>;
  /** "the Trump administration": nouns after a leader's name that name the body they lead. */
  leaderBodies: Set<string>;
  /** Offices a speech addresses after 'Mr'/'Madam' and a comma ('Mr Speaker,'): nobody named. */
  addressedOffices: Set<string>;
  addressForms: Set<string>;
  /** 'the country', 'the kingdom': nouns that name the last state named as a subject. */
  stateBackReferences: Set<string>;
  /** "the West": before a capitalised adjective ("West African") a region's adjective, no actor. */
  compassWords: Set<string>;
  /** "each side", "both sides": a subject that is the two parties the article sets against each other. */
  reciprocalSubjects: string[][];
  /** "accused each other": an object that makes the verb's two subjects speak at each other. */
  reciprocalObjects: string[][];
  /** "Regional leaders, including X and Y, demanded": words that list the members of a group. */
  inclusionPhrases: string[][];
  /** "A rebel leader in the Philippines has threatened ...": a lede's description of the one the next sentence names. */
  ledeDescriptions: LedeDescriptions;
  /** "urged both sides to": an object that is the two parties the article sets against each other. */
  bothSides: string[][];
  /** Roles whose holder heads a state's government: "Kenyan President X ... The government said" is Kenya. */
  governmentHeads: Set<string>;
  /** Titles a person known by one name keeps in that name ("King Gyanendra", "Pope Francis"). */
  regnalTitles: Set<string>;
  /** Possessives before a word of government that point back to such a holder: "his government said". */
  governmentPossessives: Set<string>;
  /** The words of government after such a possessive ("his government", "her cabinet"). */
  possessedGovernments: Set<string>;
}

export interface LedeDescriptions {
  /** The articles that open an indefinite description ("a", "an"). */
  openers: Set<string>;
  /** Head nouns of a description of a person ("leader", "commander", "official"). */
  people: Set<string>;
  /** Head nouns of a description of an organisation ("group", "movement"). */
  groups: Set<string>;
}

export function validateMentionWords(value: unknown, source: string): MentionWords {
  const ctx: FieldContext = { source, path: '' };
  const file = record(value, ctx);
  for (const key of Object.keys(file)) {
    if (!key.startsWith('$') && !['headlineVerbs', 'backReferences', 'leaderBodies', 'addressedOffices', 'addressForms', 'stateBackReferences', 'compassWords', 'reciprocalSubjects', 'reciprocalObjects', 'inclusionPhrases', 'ledeDescriptions', 'bothSides', 'governmentHeads', 'governmentPossessives', 'possessedGovernments', 'regnalTitles'].includes(key)) throw new Error(`knowledge file ${source}: ${key}: unknown field`);
  }
  const words = (key: string): Set<string> => new Set(list(file[key], at(ctx, key)).map((w, i) => lowerPhrase(w, at(at(ctx, key), i))));
  const refsCtx = at(ctx, 'backReferences');
  const backReferences = new Map<string, string[]>();
  for (const [noun, kinds] of Object.entries(record(file.backReferences, refsCtx))) {
    const kindList = texts(kinds, at(refsCtx, noun));
    const unknown = kindList.find((k) => !REFERENCE_KINDS.has(k));
    if (unknown) throw new Error(`knowledge file ${source}: backReferences.${noun}: unknown kind "${unknown}" (one of ${[...REFERENCE_KINDS].join(', ')})`);
    backReferences.set(lowerPhrase(noun, refsCtx), kindList);
  }
  const ledeCtx = at(ctx, 'ledeDescriptions');
  const lede = record(file.ledeDescriptions, ledeCtx);
  const ledeWords = (key: string): Set<string> => new Set(list(lede[key], at(ledeCtx, key)).map((w, i) => lowerPhrase(w, at(at(ledeCtx, key), i))));
  const ledeDescriptions = { openers: ledeWords('openers'), people: ledeWords('people'), groups: ledeWords('groups') };
  return { ledeDescriptions, headlineVerbs: words('headlineVerbs'), backReferences, leaderBodies: words('leaderBodies'), addressedOffices: words('addressedOffices'), addressForms: words('addressForms'), stateBackReferences: words('stateBackReferences'), compassWords: words('compassWords'), reciprocalSubjects: [...words('reciprocalSubjects')].map((p) => p.split(' ')), reciprocalObjects: [...words('reciprocalObjects')].map((p) => p.split(' ')), inclusionPhrases: [...words('inclusionPhrases')].map((p) => p.split(' ')), bothSides: [...words('bothSides')].map((p) => p.split(' ')), governmentHeads: words('governmentHeads'), governmentPossessives: words('governmentPossessives'), possessedGovernments: words('possessedGovernments'), regnalTitles: words('regnalTitles') };
}
