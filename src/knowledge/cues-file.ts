// Validators of knowledge/en/cues.json (the verbs and nouns of saying, threatening and proposing)
// and knowledge/en/cameo-cues.json (which CAMEO codes add verbs to them): every field checked.
import { at, fileObject, list, lowerPhrases, lowerWordLists, lowerWords, reject, section, type FieldContext } from './fields';

export interface CuesFile {
  speech: {
    verbs: string[];
    /** Verbs that report words only after a direct quote of their sentence ("“...,” X continued"). */
    quoteVerbs: string[];
    verbNeeds: Record<string, string[]>;
    nounsOfUtterance: string[];
    /** Read by no detector today; kept checked so an edit to it still fails loudly. */
    accordingTo: string[][];
    notSpeech: string[][];
    anaphoricObjects: string[];
    reciprocalSubjects: string[][];
    supportVerbs: string[];
    /** Verbs that with a noun of utterance report one ("gave a statement to Parliament"). */
    utteranceVerbs: string[];
    /** Adjectives of a stance after "be" ("is deeply concerned about"): what an actor says it feels. */
    stanceAdjectives: string[];
    /** Verbs that report words only when a document is their subject ("the report found", "the letter reads"). */
    documentVerbs: string[];
  };
  threat: { verbs: string[]; warnVerbs: string[]; phrases: string[][]; conditionalVerbs: string[]; warnObjects: string[]; nouns: string[] };
  proposal: {
    verbs: string[];
    verbNeeds: Record<string, string[]>;
    nouns: string[];
    nounNeeds: Record<string, string[]>;
    /** Nouns that call for what an infinitive after them says ("their calls to end the violence"). */
    infinitiveNouns: string[];
    announceObjects: string[];
    modals: string[];
    commitmentVerbs: string[];
    agreeTo: string[][];
    negators: string[];
    reactions: string[];
    authorVerbs: string[];
  };
}

const SPEECH = ['verbs', 'quoteVerbs', 'verbNeeds', 'nounsOfUtterance', 'accordingTo', 'notSpeech', 'anaphoricObjects', 'reciprocalSubjects', 'supportVerbs', 'utteranceVerbs', 'stanceAdjectives', 'documentVerbs'] as const;
const THREAT = ['verbs', 'warnVerbs', 'phrases', 'conditionalVerbs', 'warnObjects', 'nouns'] as const;
const PROPOSAL = ['verbs', 'verbNeeds', 'nouns', 'nounNeeds', 'infinitiveNouns', 'announceObjects', 'modals', 'commitmentVerbs', 'agreeTo', 'negators', 'reactions', 'authorVerbs'] as const;

export function validateCuesFile(value: unknown, source: string): CuesFile {
  const { data, ctx } = fileObject(value, source, ['speech', 'threat', 'proposal']);
  const speech = section(data, 'speech', ctx, SPEECH);
  const threat = section(data, 'threat', ctx, THREAT);
  const proposal = section(data, 'proposal', ctx, PROPOSAL);
  const words = (s: { data: Record<string, unknown>; ctx: FieldContext }, key: string): string[] => lowerWords(s.data[key], at(s.ctx, key));
  const phrases = (s: { data: Record<string, unknown>; ctx: FieldContext }, key: string): string[][] => lowerPhrases(s.data[key], at(s.ctx, key));
  const needs = (s: { data: Record<string, unknown>; ctx: FieldContext }, key: string): Record<string, string[]> => lowerWordLists(s.data[key], at(s.ctx, key));
  return {
    speech: {
      verbs: words(speech, 'verbs'),
      quoteVerbs: words(speech, 'quoteVerbs'),
      verbNeeds: needs(speech, 'verbNeeds'),
      nounsOfUtterance: words(speech, 'nounsOfUtterance'),
      accordingTo: phrases(speech, 'accordingTo'),
      notSpeech: phrases(speech, 'notSpeech'),
      anaphoricObjects: words(speech, 'anaphoricObjects'),
      reciprocalSubjects: phrases(speech, 'reciprocalSubjects'),
      supportVerbs: words(speech, 'supportVerbs'),
      utteranceVerbs: words(speech, 'utteranceVerbs'),
      stanceAdjectives: words(speech, 'stanceAdjectives'),
      documentVerbs: words(speech, 'documentVerbs'),
    },
    threat: {
      verbs: words(threat, 'verbs'),
      warnVerbs: words(threat, 'warnVerbs'),
      phrases: phrases(threat, 'phrases'),
      conditionalVerbs: words(threat, 'conditionalVerbs'),
      warnObjects: words(threat, 'warnObjects'),
      nouns: words(threat, 'nouns'),
    },
    proposal: {
      verbs: words(proposal, 'verbs'),
      verbNeeds: needs(proposal, 'verbNeeds'),
      nouns: words(proposal, 'nouns'),
      nounNeeds: needs(proposal, 'nounNeeds'),
      infinitiveNouns: words(proposal, 'infinitiveNouns'),
      announceObjects: words(proposal, 'announceObjects'),
      modals: words(proposal, 'modals'),
      commitmentVerbs: words(proposal, 'commitmentVerbs'),
      agreeTo: phrases(proposal, 'agreeTo'),
      negators: words(proposal, 'negators'),
      reactions: words(proposal, 'reactions'),
      authorVerbs: words(proposal, 'authorVerbs'),
    },
  };
}

/** knowledge/en/cameo-cues.json: the CAMEO event codes whose verbs join the speech and proposal cues. */
export interface CameoCueSelection {
  speechCodes: Set<string>;
  proposalCodes: Set<string>;
  exclude: Set<string>;
}

function cameoCodes(value: unknown, ctx: FieldContext): Set<string> {
  return new Set(
    list(value, ctx).map((code, i) => {
      if (typeof code !== 'string' || !/^\d{3,4}$/.test(code)) reject(at(ctx, i), 'expected a CAMEO event code (three or four digits)');
      return code;
    }),
  );
}

export function validateCameoCuesFile(value: unknown, source: string): CameoCueSelection {
  const { data, ctx } = fileObject(value, source, ['speechCodes', 'proposalCodes', 'exclude']);
  return {
    speechCodes: cameoCodes(data.speechCodes, at(ctx, 'speechCodes')),
    proposalCodes: cameoCodes(data.proposalCodes, at(ctx, 'proposalCodes')),
    exclude: new Set(lowerWords(data.exclude, at(ctx, 'exclude'))),
  };
}
