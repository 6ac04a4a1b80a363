// Validators of the knowledge for speakers beyond one sentence and for calls for action
// (knowledge/en/document-speech.json, readouts.json, calls-for-action.json): every field checked.
import { at, count, fileObject, lowerPhrases, lowerWordLists, lowerWords, section, text, type FieldContext } from './fields';

export interface DocumentSpeech {
  documentNouns: Set<string>;
  /** "Press Secretary Jane Doe on Syria": the word after a person in a title that makes the text theirs. */
  topicWords: Set<string>;
  /** 'By Jane Doe, Department Spokesperson' under a title: the words that open such a line. */
  bylineWords: Set<string>;
  /** "A report by Amnesty International said": the prepositions after a noun of utterance (cues.json) that name its author, who speaks through it. */
  reportPrepositions: Set<string>;
  /** "Declaration by the High Representative on behalf of the EU": the phrase before the body whose text it is. */
  behalfPhrases: string[][];
  introPhrases: string[][];
  otherTurnLabels: Set<string>;
  endMarkers: string[][];
  stageNotes: string[][];
  introReach: number;
  minWords: number;
  /** "Thank you Chair.", "Thank you, Madam President.": a paragraph that opens a speech; what follows is the speaker's. */
  salutations: string[][];
  /** "Press Statement", "Media Note": a line under the title that names the kind of document; the name on the next line signs it. */
  kindLines: string[][];
  /** "/// BARAK ACT ///" ... "/// END ACT ///": a radio script's clip of a person's words. */
  actMarkers: { delimiter: string; words: Set<string>; ends: Set<string> };
}

export interface Readouts {
  meetingVerbs: Set<string>;
  meetingNeeds: Map<string, Set<string>>;
  meetingStatements: Set<string>;
  pairSubjects: string[][];
  jointVerbs: Set<string>;
  memory: number;
}

/** Obligation as a call for action: "the fighting must stop", "we need to see aid delivered". */
export interface CallsForAction {
  deonticModals: Set<string>;
  /** Obligations only with an infinitive marker: "has to act", not "has seen". */
  markedModals: Set<string>;
  infinitiveMarkers: Set<string>;
  /** The subject of an existential obligation: "there must be an end to the shelling". */
  existentialSubjects: Set<string>;
  /** Words shortly before a modal that make it a condition: "in case he should decide". */
  conditionOpeners: Set<string>;
  /** "the importance of holding talks", "it is imperative that": words of necessity, the links after them, and how far. */
  necessityWords: Set<string>;
  necessityLinks: Set<string>;
  necessityReach: number;
  /** "do everything necessary to", "whatever steps necessary": words of extent that make a word of necessity measure an act, no call. */
  extentWords: Set<string>;
  /** "should know that", "must understand that": a modal that warns, no call for action. */
  knowingVerbs: Set<string>;
  /** "I hope Serbia will", "we expect Belgrade to": words of hope or expectation that call on the actor after them. */
  wishWords: Set<string>;
  /** "let us negotiate", "let's return to talks": a first-person plural imperative proposes. */
  hortatives: Set<string>;
  hortativeObjects: Set<string>;
  /** "let's see", "let us be clear": idioms of speech after a hortative, no course proposed. */
  hortativeIdioms: Set<string>;
  /** "it is time for the Council to act": a noun of due time after a copula, then "for", an actor and "to". */
  timeWords: Set<string>;
  /** "should not be ruled out", "cannot be excluded": passives that, forbidden, keep a possibility open, no call. */
  openPassives: Set<string>;
  /** "a red line that must not be crossed": after these, a prohibition describes its noun, no call. */
  relativePronouns: Set<string>;
  /** "more sanctions are needed", "urgent action is required": a thing named as needed is called for. */
  passiveNeeds: Set<string>;
}

export function validateDocumentSpeechFile(value: unknown, source: string): DocumentSpeech {
  const { data, ctx } = fileObject(value, source, ['documentNouns', 'topicWords', 'bylineWords', 'reportPrepositions', 'behalfPhrases', 'introPhrases', 'otherTurnLabels', 'endMarkers', 'stageNotes', 'introReach', 'minWords', 'salutations', 'kindLines', 'actMarkers']);
  return {
    documentNouns: new Set(lowerWords(data.documentNouns, at(ctx, 'documentNouns'))),
    topicWords: new Set(lowerWords(data.topicWords, at(ctx, 'topicWords'))),
    bylineWords: new Set(lowerWords(data.bylineWords, at(ctx, 'bylineWords'))),
    reportPrepositions: new Set(lowerWords(data.reportPrepositions, at(ctx, 'reportPrepositions'))),
    behalfPhrases: lowerPhrases(data.behalfPhrases, at(ctx, 'behalfPhrases')),
    introPhrases: lowerPhrases(data.introPhrases, at(ctx, 'introPhrases')),
    otherTurnLabels: new Set(lowerWords(data.otherTurnLabels, at(ctx, 'otherTurnLabels'))),
    endMarkers: lowerPhrases(data.endMarkers, at(ctx, 'endMarkers')),
    stageNotes: lowerPhrases(data.stageNotes, at(ctx, 'stageNotes')),
    introReach: count(data.introReach, at(ctx, 'introReach')),
    minWords: count(data.minWords, at(ctx, 'minWords')),
    salutations: lowerPhrases(data.salutations, at(ctx, 'salutations')),
    kindLines: data.kindLines === undefined ? [] : lowerPhrases(data.kindLines, at(ctx, 'kindLines')),
    actMarkers: actMarkersOf(data, ctx),
  };
}

export function validateReadoutsFile(value: unknown, source: string): Readouts {
  const { data, ctx } = fileObject(value, source, ['meetingVerbs', 'meetingNeeds', 'meetingStatements', 'pairSubjects', 'jointVerbs', 'memory']);
  const needs = lowerWordLists(data.meetingNeeds, at(ctx, 'meetingNeeds'));
  return {
    meetingVerbs: new Set(lowerWords(data.meetingVerbs, at(ctx, 'meetingVerbs'))),
    meetingNeeds: new Map(Object.entries(needs).map(([verb, words]) => [verb, new Set(words)])),
    meetingStatements: new Set(lowerWords(data.meetingStatements, at(ctx, 'meetingStatements'))),
    pairSubjects: lowerPhrases(data.pairSubjects, at(ctx, 'pairSubjects')),
    jointVerbs: new Set(lowerWords(data.jointVerbs, at(ctx, 'jointVerbs'))),
    memory: count(data.memory, at(ctx, 'memory')),
  };
}

export function validateCallsForActionFile(value: unknown, source: string): CallsForAction {
  const { data, ctx } = fileObject(value, source, ['deonticModals', 'markedModals', 'infinitiveMarkers', 'existentialSubjects', 'conditionOpeners', 'necessityWords', 'necessityLinks', 'necessityReach', 'extentWords', 'knowingVerbs', 'wishWords', 'hortatives', 'hortativeObjects', 'hortativeIdioms', 'timeWords', 'openPassives', 'relativePronouns', 'passiveNeeds']);
  return {
    deonticModals: new Set(lowerWords(data.deonticModals, at(ctx, 'deonticModals'))),
    markedModals: new Set(lowerWords(data.markedModals, at(ctx, 'markedModals'))),
    infinitiveMarkers: new Set(lowerWords(data.infinitiveMarkers, at(ctx, 'infinitiveMarkers'))),
    existentialSubjects: new Set(lowerWords(data.existentialSubjects, at(ctx, 'existentialSubjects'))),
    conditionOpeners: new Set(lowerWords(data.conditionOpeners, at(ctx, 'conditionOpeners'))),
    necessityWords: new Set(lowerWords(data.necessityWords, at(ctx, 'necessityWords'))),
    necessityLinks: new Set(lowerWords(data.necessityLinks, at(ctx, 'necessityLinks'))),
    necessityReach: count(data.necessityReach, at(ctx, 'necessityReach')),
    extentWords: new Set(lowerWords(data.extentWords, at(ctx, 'extentWords'))),
    knowingVerbs: new Set(lowerWords(data.knowingVerbs, at(ctx, 'knowingVerbs'))),
    wishWords: new Set(lowerWords(data.wishWords, at(ctx, 'wishWords'))),
    hortatives: new Set(lowerWords(data.hortatives, at(ctx, 'hortatives'))),
    hortativeObjects: new Set(lowerWords(data.hortativeObjects, at(ctx, 'hortativeObjects'))),
    hortativeIdioms: new Set(lowerWords(data.hortativeIdioms, at(ctx, 'hortativeIdioms'))),
    timeWords: new Set(lowerWords(data.timeWords, at(ctx, 'timeWords'))),
    openPassives: new Set(lowerWords(data.openPassives, at(ctx, 'openPassives'))),
    relativePronouns: new Set(lowerWords(data.relativePronouns, at(ctx, 'relativePronouns'))),
    passiveNeeds: new Set(lowerWords(data.passiveNeeds, at(ctx, 'passiveNeeds'))),
  };
}

function actMarkersOf(data: Record<string, unknown>, ctx: FieldContext): DocumentSpeech['actMarkers'] {
  if (data.actMarkers === undefined) return { delimiter: '', words: new Set(), ends: new Set() };
  const s = section(data, 'actMarkers', ctx, ['delimiter', 'words', 'ends']);
  return { delimiter: text(s.data.delimiter, at(s.ctx, 'delimiter')), words: new Set(lowerWords(s.data.words, at(s.ctx, 'words'))), ends: new Set(lowerWords(s.data.ends, at(s.ctx, 'ends'))) };
}
