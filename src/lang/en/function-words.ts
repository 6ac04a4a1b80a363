// knowledge/en/function-words.json: the English function words the extraction code tests tokens
// against (determiners, particles, prepositions, relay verbs...), one list per use; every list is
// required and lower case.
import { at, fileObject, lowerWords } from '../../knowledge/fields';

export const FUNCTION_WORD_LISTS = [
  'determiners',
  'nameParticles',
  'placePrepositions',
  'organizationConnectors',
  'governmentWords',
  'representativeNouns',
  'spokesNouns',
  'memberNouns',
  'mediaNameWords',
  'clauseOpeners',
  'headPrepositions',
  'mediaNouns',
  'relativePronouns',
  'subjectOpeners',
  'readoutSubjectBefore',
  'inversionObjects',
  'locativePrepositions',
  'relayVerbs',
  'attributionVerbs',
  'invertedAttributionVerbs',
  'nameHonorifics',
  'titleAbbreviations',
  'nameSuffixes',
  'originPrepositions',
  'venuePrepositions',
  'reporterNouns',
  'joiningVerbs',
  'sourceVerbs',
  'crowdNouns',
  'adverbialOpeners',
  'circumstancePrepositions',
  'roleComplementPrepositions',
  'bodyComplementPrepositions',
  'representingPrepositions',
  'bodyMembers',
  'postingPrepositions',
  'headlineSmallWords',
  'titlePossessives',
  'descriptionPrepositions',
  'asideRelatives',
  'discourseAsides',
  'proposalPossessives',
  'definiteDeterminers',
  'sayingNegators',
  'speakerPhrasePrepositions',
  'sharedSubjectLinks',
  'forecastSubjects',
  'ownSideNouns',
  'governmentRoles',
  'insurgentWords',
  'groupNouns',
  'stateForceNouns',
  'featureNouns',
  'mediumPrepositions',
  'phrasalParticles',
  'pronounContractions',
  'passiveSpeechVerbs',
  'oppositionWords',
  'leadershipParticiples',
  'participleLinks',
  'appositionArticles',
  'affiliationPrepositions',
  'authorPrepositions',
  'agentPrepositions',
  'addresseeLinks',
  'firstPersonSubjects',
  'stanceVerbs',
  'pastOfficeWords',
  'firstPersonPossessives',
  'objectPronouns',
  'filingVerbs',
] as const;

export type FunctionWordList = (typeof FUNCTION_WORD_LISTS)[number];

export type FunctionWords = Record<FunctionWordList, ReadonlySet<string>>;

export function validateFunctionWordsFile(value: unknown, source: string): FunctionWords {
  const { data, ctx } = fileObject(value, source, FUNCTION_WORD_LISTS);
  const lists = FUNCTION_WORD_LISTS.map((key): [FunctionWordList, ReadonlySet<string>] => [key, new Set(lowerWords(data[key], at(ctx, key)))]);
  return Object.fromEntries(lists) as FunctionWords;
}
