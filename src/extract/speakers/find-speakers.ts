// Speakers: the verbs of saying in a sentence (cues) and who says each — a subject before the
// verb, an inverted one ('"...," said Peskov'), a pronoun or title referring back to an earlier
// speaker, a report's author, or "according to X". Unnamed subjects ("a source close to X")
// block the claim instead of handing it to the nearest name.
import { authorOfUtterance, documentSubjectBefore, utteranceOnlySeenBy, earlierAuthorOfUtterance, participialAside, pastParticipleAside, parenthesisEndingAt, personBeforeDescription } from './descriptions';
import { isFullPersonName, nameBeforePhrase, opensClause, unclosedApposition } from './name-phrases';
import type { CharSpan, Sentence, Token } from '../../model/types';
import type { Knowledge } from '../knowledge';
import { isHeadline } from '../mentions';
import { insideQuote, quoteWords } from '../quotes';
import { responseToCome, utteranceOrStanceAt } from './stance-cues';
import { bodyLedBy, conjunctionBefore, insidePrepositionalPhrase, leadingConjunct, outletNameEnd, subjectBeforeStrayComma, insurgentsPlacedIn, objectOfDescribingParticiple, representativesOf, personAfterRoleNouns, skippable } from './subject-phrases';

export { skippable } from './subject-phrases';
import { forgetMentionIndex, mentionEndingAt, mentionsFrom, mentionStartingAt, MIN_QUOTE_CONTINUATION_WORDS, overlapping, quoteIn, type ArticleView, type Discourse, type Speaker } from '../view';
import { baseForm, gerundTaggedAsNoun, isIngForm, isPossessive, speechVerbTaggedAsAdjective, speechVerbTaggedAsNoun } from '../../lang/en/morphology';
import { resolvePronoun, resolveSpeakerMention } from './antecedents';
import { headlineSurname, headlineTitleHolder } from './headline-subjects';
import { afterShortObject, headOfIndefinitePhrase } from '../../lang/en/phrases';
import { defineTokenTag, tokenTags } from '../token-tags';
import { principalOfSpokesperson, representedSpeaker, sameRepresentedBody, spokespersonFor } from './represented-body';

export function rememberSpeaker(view: ArticleView, discourse: Discourse, mention: number, sentence: number): void {
  const m = view.mentions[mention];
  if (m.label === 'Person') {
    discourse.lastPersonSpeaker = { mention, sentence };
    discourse.personSpeakers.push({ mention, sentence });
  } else discourse.lastActorSpeaker = { mention, sentence };
}

/** A verb of saying or a support verb ("made the offer") by its base form: the words isCueToken may take. */
const SAYING_OR_SUPPORT = defineTokenTag((k) => ({ bases: [...k.cues.speechVerbs, ...k.cues.supportVerbs, ...k.cues.quoteVerbs, ...k.cues.utteranceVerbs, ...k.cues.documentVerbs], normals: [...k.cues.stanceAdjectives] }));

export function isCueToken(view: ArticleView, sentence: Sentence, i: number): string | null {
  const t = sentence.tokens[i];
  // most words: no verb of saying at all (a noun may still be one the tagger misread: below)
  const tagged = (tokenTags(view, sentence)[i] & SAYING_OR_SUPPORT) !== 0;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && !tagged) return null;
  const uttered = utteranceOrStanceAt(view, sentence, i); // "gave a statement to Parliament", "is deeply concerned about"
  if (uttered !== null) return uttered;
  const cues = view.knowledge.cues;
  // "“...,” Viguerie notes.", "Bashir alleged that ...": a verb of saying the tagger misread
  const nounTagged = speechVerbTaggedAsNoun(sentence.tokens, i, cues.speechVerbs) ?? speechVerbTaggedAsAdjective(sentence.tokens, i, cues.speechVerbs) ?? gerundTaggedAsNoun(sentence.tokens, i, cues.speechVerbs);
  // an untagged noun can only be a verb of saying the tagger misread: its own base form is none
  if (!tagged && nounTagged === null) return null;
  const base = nounTagged ?? baseForm(t);
  const quoteVerb = (cues.quoteVerbs.has(base) && (besideQuote(view, sentence, i) || opensQuote(view, sentence, i))) || // "“...,” X continued", "X continued: “...”"
    (cues.documentVerbs.has(base) && documentSubjectBefore(view, sentence, i)); // "the report found"
  if (!cues.supportVerbs.has(base) && !cues.speechVerbs.has(base) && !quoteVerb) return null; // most words: no verb of saying at all
  if (insideQuote(view.quotes, t.start)) return null;
  if (!/^\p{L}/u.test(t.text)) return null;
  // a noun that needs its word has it ("made a call for talks", not "makes further demands")
  const proposalNounAt = (k: number): boolean => sentence.tokens[k].pos === 'NOUN' && cues.proposalNouns.has(sentence.tokens[k].normal) && (cues.proposalNounNeeds.get(sentence.tokens[k].normal)?.has(sentence.tokens[k + 1]?.normal ?? '') ?? true);
  if (cues.supportVerbs.has(base) && [i + 1, i + 2, i + 3].some((k) => k < sentence.tokens.length && proposalNounAt(k))) {
    return t.pos === 'VERB' ? 'offer' : null; // "Erdogan made the offer", "put forward a plan"
  }
  if (!cues.speechVerbs.has(base) && !quoteVerb) return null;
  // in a Title Case headline wink tags "Warns" as a name; elsewhere a capitalised "State" is part of a title
  const headline = /^\p{Lu}/u.test(t.text) && i > 0 && isHeadline(sentence.tokens, view.knowledge);
  if (t.pos !== 'VERB' && nounTagged === null && !(headline && (t.pos === 'PROPN' || t.pos === 'NOUN'))) return null;
  if (insideNamePhrase(view, sentence, i)) return null; // "Secretary of State Marco Rubio"
  const prev = sentence.tokens[i - 1];
  // "the proposed summit"; not a quantifier after the subject ("X and Y have both denounced")
  if (prev && ((prev.pos === 'DET' && !view.knowledge.skipBeforeVerb.has(prev.normal)) || isPossessive(prev) || headOfIndefinitePhrase(sentence.tokens, i))) return null;
  if (responseToCome(view, base, prev)) return null; // "we will react with a strong front": an act, not words
  const needs = cues.speechVerbNeeds.get(base);
  if (needs && !needsMet(view, sentence, i, needs)) return null; // "ruled out", not "ruled the country"
  // "did not say whether" is no utterance; "did not rule out" is one
  if (base !== 'rule' && sentence.tokens.slice(Math.max(0, i - 2), i).some((w) => view.knowledge.functionWords.sayingNegators.has(w.normal))) return null;
  return base;
}

/** How far after a verb a direct quote may open and still be what the verb reports ("called the plan “a disaster”"). */
const QUOTE_OBJECT_REACH = 8;

/**
 * A verb that is one of saying only with a given word after it ("ruled out", "asked whether") has
 * it: right after the verb, after the verb's object ("asked Ana Ruiz whether", "asked him about"),
 * or instead a direct quote that the verb introduces ("asked, “...”", "called the plan “a
 * disaster”": a quote that opens before any other verb of the sentence).
 */
export function needsMet(view: ArticleView, sentence: Sentence, verb: number, needs: ReadonlySet<string>): boolean {
  const { tokens } = sentence;
  const next = tokens[verb + 1];
  if (!next) return false;
  let before = verb - 1;
  while (before > 0 && tokens[before].pos === 'ADV') before--;
  if (tokens[before]?.lemma === 'be' && !isIngForm(tokens[verb].normal)) return false; // "was asked whether", "was called a liar": the subject hears the words (not "is calling")
  if (needs.has(next.normal)) return true;
  if (tagsQuoteBefore(view, sentence, verb)) return true; // '“Why now?” asked Ana Ruiz', '“Why?” she asked'
  const named = mentionStartingAt(view, sentence, verb + 1);
  let afterObject = named !== null ? view.mentions[named].tokens[1] + 1 : afterShortObject(tokens, verb);
  // "asked Turkey and Cyprus to": a second name joined to the object
  const joined = tokens[afterObject]?.pos === 'CCONJ' ? mentionStartingAt(view, sentence, afterObject + 1) : null;
  if (named !== null && joined !== null) afterObject = view.mentions[joined].tokens[1] + 1;
  if (afterObject > verb + 1 && needs.has(tokens[afterObject]?.normal ?? '')) return true;
  for (let k = verb + 1; k < tokens.length && k <= verb + QUOTE_OBJECT_REACH; k++) {
    const t = tokens[k];
    if (/^["“]$/.test(t.text)) return k + 1 < tokens.length && insideQuote(view.quotes, tokens[k + 1].start) !== null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === '.' || t.normal === ';' || insideQuote(view.quotes, t.start)) return false;
  }
  return false;
}

/** How many words a quote's tag may put between the closing mark and its verb: '“...?” the deputy minister asked'. */
const TAG_REACH = 6;

/** '“Why now?” asked Ana Ruiz', '“Why?” the minister asked': the verb tags the quote that closes just before it. */
function tagsQuoteBefore(view: ArticleView, sentence: Sentence, verb: number): boolean {
  const { tokens } = sentence;
  for (let k = verb - 1; k >= 0 && k >= verb - TAG_REACH; k--) {
    const t = tokens[k];
    if (/^["”»]$/.test(t.text)) {
      const quote = k > 0 ? insideQuote(view.quotes, tokens[k - 1].start) : null;
      return quote !== null && quoteWords(view.text, quote) >= MIN_QUOTE_CONTINUATION_WORDS;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || insideQuote(view.quotes, t.start)) return false;
  }
  return false;
}

/** A verb that reports words only after them: '“...,” X continued', '“...,” X barked' (a quote of its sentence ends before it). */
function besideQuote(view: ArticleView, sentence: Sentence, i: number): boolean {
  const at = sentence.tokens[i].start;
  return quoteIn(view, sentence) !== undefined && overlapping(view.quotes, sentence).some((q) => q.end <= at && quoteWords(view.text, q) >= MIN_QUOTE_CONTINUATION_WORDS);
}

/**
 * 'X continued: “...”', 'X concluded, “...”', 'X continued:' closing its paragraph before a quoted
 * one: a verb that reports words only beside a quote, introducing one.
 */
function opensQuote(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const mark = tokens[i + 1];
  if (!mark || (mark.text !== ':' && mark.text !== ',')) return false;
  const opening = tokens[i + 2];
  if (opening === undefined) return mark.text === ':' && paragraphOpensWithQuote(view, sentence);
  return /^["“]$/.test(opening.text) && tokens[i + 3] !== undefined && insideQuote(view.quotes, tokens[i + 3].start) !== null;
}

/** The next paragraph opens with a quotation mark ('X continued:' then '“...”' below). */
function paragraphOpensWithQuote(view: ArticleView, sentence: Sentence): boolean {
  const next = view.sentences[sentence.index + 1];
  return next !== undefined && view.text.slice(sentence.end, next.start).includes('\n') && /^["“]$/.test(next.tokens[0]?.text ?? '');
}

/**
 * Per view and sentence, which tokens lie inside a mention's name phrase: marked once per pass over
 * a sentence, not scanned per token (issue 13: quadratic on long sentences). Each pass starts
 * afresh (forgetNamePhrases), as mentions can still be trimmed between passes (document-speaker.ts).
 */
const namePhraseTokens = new WeakMap<ArticleView, Map<number, Uint8Array>>();

export function forgetNamePhrases(view: ArticleView, sentence: Sentence): void {
  namePhraseTokens.get(view)?.delete(sentence.index);
  forgetMentionIndex(view, sentence.index);
}

export function insideNamePhrase(view: ArticleView, sentence: Sentence, token: number): boolean {
  let bySentence = namePhraseTokens.get(view);
  if (!bySentence) namePhraseTokens.set(view, (bySentence = new Map()));
  let inside = bySentence.get(sentence.index);
  if (!inside) {
    inside = new Uint8Array(sentence.tokens.length);
    for (const m of view.bySentence[sentence.index]) {
      const mention = view.mentions[m];
      const last = Math.min(mention.tokens[1], inside.length - 1);
      for (let t = Math.max(0, mention.phraseStart ?? mention.tokens[0]); t <= last; t++) inside[t] = 1;
    }
    bySentence.set(sentence.index, inside);
  }
  return inside[token] === 1;
}

/** Walk left from the verb over auxiliaries, adverbs and time phrases to the subject's last word. */
export function subjectLeft(view: ArticleView, sentence: Sentence, cue: number, discourse: Discourse): { speaker: Speaker; from: number } {
  const { tokens } = sentence;
  const k = view.knowledge;
  let i = cue - 1;
  // a name's own last word is never skipped ("Moon Jae-in said": the "in" of the given name)
  while (i >= 0 && skippable(tokens[i], k) && mentionEndingAt(view, sentence, i) === null) i--;
  const beforeComma = tokens[i]?.normal === ',' ? subjectBeforeStrayComma(view, sentence, i) : null; // "Analyst Ana Ruiz of the Lima Institute, says"
  if (beforeComma !== null) return { speaker: resolveSpeakerMention(view, beforeComma), from: view.mentions[beforeComma].phraseStart ?? view.mentions[beforeComma].tokens[0] };
  // "a United Nations report issued last month said": the noun of the utterance before its participle
  if (i > 0 && tokens[i].pos === 'VERB' && tokens[i].normal !== tokens[i].lemma && k.cues.utteranceNouns.has(tokens[i - 1].normal)) i--;
  i = pastPrepositionalPhrase(view, sentence, i);
  // "The International Atomic Energy Agency (IAEA) said", "Sen. Ana Ruiz (D-N.M.), said": look past the parenthesis
  if (tokens[i]?.normal === ',' && tokens[i - 1]?.text === ')') i--;
  if (tokens[i]?.text === ')') {
    const { named, before } = parenthesisEndingAt(view, sentence, i); // "The commander in the region (General Andrei Popov) says"
    if (named !== null) return { speaker: resolveSpeakerMention(view, named), from: view.mentions[named].tokens[0] };
    i = before;
  }
  // "prompting Moscow's ambassador to claim": a person before the infinitive is its subject
  if (tokens[i]?.normal === 'to' && tokens[i].pos === 'PART') {
    const person = mentionEndingAt(view, sentence, i - 1);
    if (person === null || view.mentions[person].label !== 'Person') return { speaker: null, from: cue };
    i--;
  }
  if (i < 0 || (i === 0 && tokens[0].normal === ',')) {
    // ", said ...": the splitter cut the sentence after "Rep. X (D-Ore.)"
    const before = verblessSentenceBefore(view, sentence, cue);
    return before === null ? { speaker: null, from: cue } : { speaker: resolveSpeakerMention(view, before), from: 0 };
  }
  const t = tokens[i];
  // "A letter from Ana Ruiz to Chancellor X says": the author, not the addressee
  const author = i > 0 ? earlierAuthorOfUtterance(view, sentence, i) : null;
  if (author !== null) {
    discourse.lastReportAuthor = author;
    return { speaker: resolveSpeakerMention(view, author), from: view.mentions[author].phraseStart ?? view.mentions[author].tokens[0] };
  }
  const ending = mentionEndingAt(view, sentence, i);
  if (ending !== null) {
    const first = view.mentions[ending].phraseStart ?? view.mentions[ending].tokens[0];
    if (insurgentsPlacedIn(view, tokens, first)) return { speaker: { unnamed: true }, from: i }; // "Rebels in eastern Chad say"
    if (objectOfDescribingParticiple(tokens, first)) return { speaker: { unnamed: true }, from: i }; // "Rebels fighting President X insist"
    if (utteranceOnlySeenBy(view, tokens, first)) return { speaker: { unnamed: true }, from: i }; // "A letter seen by Sky News says"
    const led = bodyLedBy(view, sentence, first); // "The Movement led by Raila Odinga says"
    if (led !== null) return { speaker: resolveSpeakerMention(view, led), from: view.mentions[led].phraseStart ?? view.mentions[led].tokens[0] };
    if (insidePrepositionalPhrase(view, tokens, first)) {
      // "A report by Amnesty International said": the text's author speaks through it
      if (authorOfUtterance(view, tokens, first)) {
        discourse.lastReportAuthor = ending; // "The report also says" later is the same author's
        return { speaker: resolveSpeakerMention(view, ending), from: first };
      }
      // "Bertrand Bisimwa, the political spokesman for M23 said": the person the description follows
      const described = personBeforeDescription(view, sentence, first) ?? spokespersonFor(view, sentence, first, ending);
      if (described !== null) return { speaker: resolveSpeakerMention(view, described), from: view.mentions[described].tokens[0] };
      // "Senior members of the Coalition said": the body speaks through its people
      if (representativesOf(view, tokens, first) && view.mentions[ending].label !== 'Location' && view.mentions[ending].label !== 'Person') return { speaker: resolveSpeakerMention(view, ending), from: first };
      return { speaker: { unnamed: true }, from: i };
    }
    // "the Houthis in Yemen claimed", "Ettore Baldassini of the Secretariat of State told": the head speaks
    const head = prepositionalHead(view, sentence, first);
    // "Stacy Baker of Columbia, South Carolina says": a home place the mentions hold only in part
    const home = head ?? (view.mentions[ending].label !== 'Person' && sentence.tokens[first - 1]?.normal === ',' ? nameBeforeLabel(view, sentence, i) : null);
    if (home !== null) return { speaker: resolveSpeakerMention(view, home), from: view.mentions[home].phraseStart ?? view.mentions[home].tokens[0] };
    return { speaker: resolveSpeakerMention(view, ending), from: view.mentions[ending].phraseStart ?? view.mentions[ending].tokens[0] };
  }
  // "The Movement, led by Raila Odinga, says": the body before the aside
  const leader = t.normal === ',' ? mentionEndingAt(view, sentence, i - 1) : null;
  const ledBody = leader !== null ? bodyLedBy(view, sentence, view.mentions[leader].phraseStart ?? view.mentions[leader].tokens[0]) : null;
  if (ledBody !== null) return { speaker: resolveSpeakerMention(view, ledBody), from: view.mentions[ledBody].phraseStart ?? view.mentions[ledBody].tokens[0] };
  const described = ASIDE_MARKS.has(t.normal) ? describedSubject(view, sentence, i) : null;
  if (described !== null) return { speaker: resolveSpeakerMention(view, described), from: view.mentions[described].phraseStart ?? view.mentions[described].tokens[0] };
  if (t.normal === 'who' || (t.normal === ',' && tokens[i - 1] && mentionEndingAt(view, sentence, i - 1) !== null)) {
    // "Dmitry Medvedev who even says", "The spokesman for the Kremlin, Dmitry Peskov, said"
    const before = t.normal === 'who' && tokens[i - 1]?.normal === ',' ? i - 2 : i - 1;
    const named = mentionEndingAt(view, sentence, before);
    // not a name at the end of an aside ("Ana Ruiz, wearing a badge that read Silva, said"): an apposition stands after a comma or opens the clause
    const apposition = t.normal === 'who' || (named !== null && (tokens[(view.mentions[named].phraseStart ?? view.mentions[named].tokens[0]) - 1]?.normal === ',' || opensClause(view, sentence, named)));
    if (named !== null && apposition && (view.mentions[named].label === 'Person' || t.normal === 'who')) return { speaker: resolveSpeakerMention(view, named), from: view.mentions[named].tokens[0] };
  }
  if (k.pronouns.has(t.normal)) {
    const resolved = resolvePronoun(view, sentence, i, discourse);
    return { speaker: resolved === null ? { unnamed: true } : { mention: resolved }, from: i };
  }
  if (t.pos === 'NOUN' || t.pos === 'PROPN') {
    if (k.cues.utteranceNouns.has(t.normal)) return { speaker: reportAuthor(view, sentence, i, discourse), from: i };
    // "the RIA Novosti agency reported", "the ERR broadcaster said", "the official IRNA news agency said"
    const outlet = view.knowledge.functionWords.mediaNouns.has(t.normal) ? mentionEndingAt(view, sentence, outletNameEnd(view, sentence, i)) : null;
    if (outlet !== null && view.mentions[outlet].label === 'Organization') return { speaker: { mention: outlet }, from: view.mentions[outlet].tokens[0] };
    const headlined = headlineSurname(view, sentence, i) ?? headlineTitleHolder(view, sentence, i);
    if (headlined !== null) return { speaker: { mention: headlined }, from: 0 };
    const member = nameBeforePhrase(view, sentence, i); // "Tomas Vela of the opposition alliance told"
    if (member !== null) return { speaker: resolveSpeakerMention(view, member), from: view.mentions[member].phraseStart ?? view.mentions[member].tokens[0] };
    const apposed = unclosedApposition(view, sentence, i);
    if (apposed !== null) return { speaker: resolveSpeakerMention(view, apposed), from: view.mentions[apposed].tokens[0] };
    const body = representedSpeaker(view, sentence, i, discourse) ?? principalOfSpokesperson(view, sentence, i);
    if (body !== null) return { speaker: { mention: body }, from: view.mentions[body].phraseStart ?? view.mentions[body].tokens[0] };
    const same = sameRepresentedBody(view, sentence, i, discourse);
    if (same !== null) return { speaker: { mention: same }, from: i - 1 };
    // "Al Qaeda and other insurgent groups have threatened", "Russian officials and reporters on the scene said"
    const and = conjunctionBefore(view, sentence, i);
    const lead = and === null ? null : (leadingConjunct(view, sentence, and) ?? representedSpeaker(view, sentence, and - 1, discourse));
    if (lead !== null) return { speaker: resolveSpeakerMention(view, lead), from: view.mentions[lead].phraseStart ?? view.mentions[lead].tokens[0] };
    return { speaker: { unnamed: true }, from: i };
  }
  return { speaker: null, from: cue };
}

/**
 * "Sen. Maria Lopez (D-N.M.) said ...", cut after "(D-N.M.)" by the sentence splitter: a sentence
 * that opens with a lower-case verb goes on from the sentence before it, if that one has no verb;
 * its last named actor is the subject.
 */
export function verblessSentenceBefore(view: ArticleView, sentence: Sentence, cue: number): number | null {
  if (!/^\p{Ll}/u.test(sentence.tokens[cue].text) || sentence.index === 0) return null;
  const previous = view.sentences[sentence.index - 1];
  if (view.text.slice(previous.end, sentence.start).includes('\n') || previous.tokens.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !isIngForm(t.normal)))) return null; // "Speaking after the count, Rep. X (D-Ore.)" has no verb of its own
  const opening = previous.tokens.findIndex((t) => t.text === '('); // "(R-Ohio.)" labels, names no speaker
  const named = view.bySentence[previous.index].filter((m) => view.mentions[m].kind === 'name' && view.mentions[m].label !== 'Location' && view.mentions[m].qualifies === undefined && (opening < 0 || view.mentions[m].tokens[1] < opening));
  return named.length > 0 ? named[named.length - 1] : null;
}

/** "Novak at the time said", "Okoye in a statement said": a short phrase between the name and its verb. */
export function pastPrepositionalPhrase(view: ArticleView, sentence: Sentence, last: number): number {
  const { tokens } = sentence;
  if (last < 0 || mentionEndingAt(view, sentence, last) !== null) return last;
  for (let p = last; p > 0 && last - p < 5; p--) {
    const t = tokens[p];
    if (['VERB', 'AUX', 'PUNCT', 'PROPN', 'PRON'].includes(t.pos) || insideQuote(view.quotes, t.start)) return last;
    if (t.pos === 'ADP' && view.knowledge.functionWords.speakerPhrasePrepositions.has(t.normal)) return mentionEndingAt(view, sentence, p - 1) !== null ? p - 1 : last;
  }
  return last;
}

export function prepositionalHead(view: ArticleView, sentence: Sentence, first: number): number | null {
  let i = first - 1;
  // "Rosa Diaz of Fresno, California says": the place before the comma hangs off the head too
  if (sentence.tokens[i]?.normal === ',') {
    const place = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[1] === i - 1 && view.knowledge.functionWords.headPrepositions.has(sentence.tokens[view.mentions[m].tokens[0] - 1]?.normal ?? ''));
    if (place !== undefined) i = view.mentions[place].tokens[0] - 1;
  }
  if (sentence.tokens[i]?.normal === 'the') i--;
  if (!view.knowledge.functionWords.headPrepositions.has(sentence.tokens[i]?.normal ?? '')) return null;
  const head = mentionEndingAt(view, sentence, i - 1);
  return head !== null && view.mentions[head].label !== 'Location' ? head : null;
}

/**
 * "Choi Min-seo, a senior researcher at the Asan Institute, said", "Rubio, for his part, said",
 * "Robert Fico, who has also resisted earlier packages, said": the name before the parenthesis.
 */
export function describedSubject(view: ArticleView, sentence: Sentence, comma: number): number | null {
  const { tokens } = sentence;
  // a relative clause may hold commas of its own ("Witkoff, who has shuttled between Doha, Cairo and Jerusalem, said")
  for (let c = comma - 1; c > 0 && comma - c <= 24; c--) {
    if (tokens[c].normal === ',' && view.knowledge.functionWords.asideRelatives.has(tokens[c + 1]?.normal ?? '')) {
      const subject = mentionEndingAt(view, sentence, c - 1);
      // "X, director of the Y Institute, which ..., said": the institute is not the subject
      if (subject !== null && opensClause(view, sentence, subject)) return subject;
    }
  }
  // "Ana Ruiz, 41, a nurse from Tulsa, Oklahoma, said": walk back over the asides to the name that
  // opens the clause; without one, the name before the nearest aside (as in "In Lima, Minister X, said")
  let nearest: number | null = null;
  let asideEnd = comma;
  for (let c = comma - 1; c > 0 && comma - c <= 32; c--) {
    const quote = insideQuote(view.quotes, tokens[c].start);
    if (quote && !inlineQuote(view, tokens, c, quote)) return nearest;
    if (!ASIDE_MARKS.has(tokens[c].normal)) continue;
    // ", in a statement carried by WAM," is an adverbial phrase even with its participle
    const adverbial = tokens[c + 1]?.pos === 'ADP';
    const participial = participialAside(tokens, c + 1, asideEnd, (k) => insideNamePhrase(view, sentence, k)); // "X, echoing Y, said"
    // a relative clause inside the aside has verbs of its own ("a nurse who voted for Y")
    const aside = tokens.slice(c + 1, asideEnd);
    // ", in turn,", ", for its part,": no clause, whatever the tagger makes of "turn"
    if (view.knowledge.functionWords.discourseAsides.has(aside.map((t) => t.normal).join(' '))) {
      const named = mentionEndingAt(view, sentence, c - 1);
      if (named !== null && opensClause(view, sentence, named)) return named;
    }
    const relative = aside.findIndex((t) => view.knowledge.functionWords.relativePronouns.has(t.normal));
    const verbs = (relative < 0 ? aside : aside.slice(0, relative)).some(
      (t, k, all) => (t.pos === 'VERB' && !(adverbial && /ed$/.test(t.normal)) && !attributive(all, k) && !insideNamePhrase(view, sentence, c + 1 + k)) || t.pos === 'AUX',
    );
    if (verbs && !participial) return nearest;
    // "The spokesman of the electoral board, Ana Ruiz, told": the person in apposition right before the verb
    // (a full name, not the state after a town: "a welder from Dayton, Ohio, says")
    const apposed = asideEnd === comma ? mentionStartingAt(view, sentence, c + 1) : null;
    const place = mentionEndingAt(view, sentence, c - 1);
    if (apposed !== null && isFullPersonName(view, apposed) && view.mentions[apposed].tokens[1] === comma - 1 && (place === null || view.mentions[place].label !== 'Location')) return apposed;
    // "Assad's chief benefactor, the Russians, said": a state or body in apposition to a description
    const apposedBody = asideEnd === comma && tokens[c + 1]?.normal === 'the' && tokens[c - 1]?.pos === 'NOUN' ? mentionStartingAt(view, sentence, c + 2) : null;
    if (apposedBody !== null && ['State', 'Organization'].includes(view.mentions[apposedBody].label) && view.mentions[apposedBody].tokens[1] === comma - 1) return apposedBody;
    const named = mentionEndingAt(view, sentence, c - 1) ?? nameBeforeLabel(view, sentence, c - 1);
    if (named !== null && opensClause(view, sentence, named)) return named;
    // "Trump's plan for Ukraine, leaked last week, suggests": the name before such an aside is no subject
    if (participial && pastParticipleAside(tokens, c + 1)) return nearest;
    if (nearest === null) nearest = named;
    asideEnd = c;
  }
  return nearest;
}

/** How many words a place after a name may have ("of Columbia, South Carolina"). */
const PLACE_WORDS = 5;

/**
 * The name a party label or a home place follows, ending at `last`: "Ana Ruiz (D-N.M.)", "Ana
 * Ruiz of Santa Fe", "Ana Ruiz of Columbia, South Carolina" (a place the mentions may not hold).
 */
export function nameBeforeLabel(view: ArticleView, sentence: Sentence, last: number): number | null {
  const { tokens } = sentence;
  if (tokens[last]?.text === ')') {
    let open = last - 1;
    while (open > 0 && last - open < 8 && tokens[open].text !== '(') open--;
    return tokens[open]?.text === '(' ? mentionEndingAt(view, sentence, open - 1) : null;
  }
  let k = last;
  while (k > 0 && last - k < PLACE_WORDS && (/^\p{Lu}/u.test(tokens[k].text) || (tokens[k].normal === ',' && /^\p{Lu}/u.test(tokens[k - 1].text)))) k--;
  if (k === last || !view.knowledge.functionWords.headPrepositions.has(tokens[k]?.normal ?? '')) return null;
  const head = mentionEndingAt(view, sentence, k - 1);
  return head !== null && view.mentions[head].label === 'Person' ? head : null;
}

/** "New Jersey's sitting governor", "the acting director": a participle used as an adjective. */
function attributive(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  if (before.text === '-') return true; // "a policy-focused conservative", "a data-driven economist"
  if (before.pos === 'ADP' && isIngForm(tokens[k].normal)) return true; // "after winning the primary": no clause of its own
  return isIngForm(tokens[k].normal) && (isPossessive(before) || before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'PART');
}

/** How many words a quotation inside a speaker's aside may have. */
const SHORT_QUOTE_WORDS = 4;

/** A few quoted words inside a phrase ("wearing “Vote Silva” badges"): a word follows the quote, not a speaker. */
function inlineQuote(view: ArticleView, tokens: Token[], inside: number, quote: CharSpan): boolean {
  if (quoteWords(view.text, quote) > SHORT_QUOTE_WORDS) return false;
  let after = inside;
  while (after < tokens.length && (tokens[after].start < quote.end || /^["”’']$/.test(tokens[after].text))) after++;
  return after < tokens.length && /^\p{L}/u.test(tokens[after].text);
}

export const ASIDE_MARKS = new Set([',', '—', '–', '--']);

/** "A Le Monde report suggested" -> Le Monde; "The report highlighted" -> the last report's author. */
export function reportAuthor(view: ArticleView, sentence: Sentence, noun: number, discourse: Discourse): Speaker {
  const { tokens } = sentence;
  let start = noun;
  while (start > 0 && !['DET', 'PUNCT', 'VERB', 'ADP'].includes(tokens[start - 1].pos)) start--;
  // the name right before the noun counts whatever the tagger made of its words ("Human Rights Watch report")
  const right = mentionEndingAt(view, sentence, noun - 1);
  const inside = right !== null ? [right] : mentionsFrom(view, sentence, start, noun - 1);
  if (inside.length > 0) {
    discourse.lastReportAuthor = inside[inside.length - 1];
    return { mention: inside[inside.length - 1] };
  }
  if (tokens[start - 1]?.normal === 'the' && discourse.lastReportAuthor !== null) return { mention: discourse.lastReportAuthor };
  return { unnamed: true };
}

/**
 * "The talks will be held in Oslo, said Foreign Minister Espen Barth Eide": a verb of attribution
 * after a comma, before its speaker (not "said to be"). The words before the comma are a clause of
 * their own (a verb, no relative pronoun): after "Mansour, a deputy head of the service," the verb
 * is Mansour's.
 */
export function attributedAfterComma(view: ArticleView, sentence: Sentence, cue: number): boolean {
  const { tokens } = sentence;
  const fw = view.knowledge.functionWords;
  if (tokens[cue - 1]?.normal !== ',' || tokens[cue + 1]?.normal === 'to' || !fw.invertedAttributionVerbs.has(baseForm(tokens[cue]))) return false;
  let start = cue - 2;
  while (start > 0 && tokens[start - 1].normal !== ',') start--;
  const segment = tokens.slice(Math.max(0, start), cue - 1);
  if (segment.some((t) => fw.relativePronouns.has(t.normal))) return false;
  // a verb of its own, not a word of a name ("of Merrill Lynch, says ...")
  return segment.some((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && !insideNamePhrase(view, sentence, Math.max(0, start) + k));
}

/** How many words after the noun of an utterance its author may be named ("a statement released on Tuesday by"). */
const AUTHOR_REACH = 6;

/** '"...," said a statement released by the North Korean government': the body or person the statement is by. */
function utteranceAuthorAfter(view: ArticleView, sentence: Sentence, cue: number): number | null {
  const { tokens } = sentence;
  if (tokens[cue + 1]?.pos !== 'DET' || !view.knowledge.cues.utteranceNouns.has(tokens[cue + 2]?.normal ?? '')) return null;
  for (let k = cue + 3; k < tokens.length && k <= cue + 2 + AUTHOR_REACH; k++) {
    if (!view.knowledge.functionWords.authorPrepositions.has(tokens[k].normal)) continue;
    const start = tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1;
    const author = mentionStartingAt(view, sentence, start);
    return author !== null && view.mentions[author].label !== 'Location' ? author : null;
  }
  return null;
}

/** '"...," said Peskov' and 'said the spokesman for the Russian Foreign Ministry, Maria Zakharova'. */
export function subjectRight(view: ArticleView, sentence: Sentence, cue: number): Speaker {
  const { tokens } = sentence;
  const before = tokens[cue - 1];
  // '"...," said Peskov', '"...", added Zakharova', 'Said X: ...' — not ", warns Warsaw"
  const closesQuote = (t: Token | undefined): boolean => !!t && /^["”’']$/.test(t.text);
  const inverted = !before || closesQuote(before) || (before.normal === ',' && closesQuote(tokens[cue - 2])) || insideQuote(view.quotes, before.start) !== null || attributedAfterComma(view, sentence, cue);
  // "says he understands": a pronoun after the verb is the subject of what was said
  if (!inverted || tokens[cue + 1]?.normal === 'that' || view.knowledge.pronouns.has(tokens[cue + 1]?.normal ?? '')) return null;
  const author = utteranceAuthorAfter(view, sentence, cue);
  if (author !== null) return { mention: author };
  for (let i = cue + 1; i < Math.min(tokens.length, cue + 14); i++) {
    if (['.', ';', '“', '"'].includes(tokens[i].text)) break;
    const starting = mentionStartingAt(view, sentence, i);
    if (starting !== null) {
      const m = view.mentions[starting];
      if (m.label === 'Location') return null;
      const after = tokens[m.tokens[1] + 1];
      // "said the Joint Chiefs agreed", "said Panetta worries Israel could": a reported clause
      if (after && (after.pos === 'VERB' || after.pos === 'AUX' || speechVerbTaggedAsNoun(tokens, m.tokens[1] + 1, view.knowledge.functionWords.stanceVerbs) !== null)) return null;
      // "said Medrek's Merera Gudina", "said the party's leader Ana Ruiz": the one the possessive owns speaks
      const owned = isPossessive(after) ? mentionStartingAt(view, sentence, m.tokens[1] + 2) : null;
      if (owned !== null && view.mentions[owned].label === 'Person') return { mention: owned };
      // "said Brookings Institution analyst Maria Chen": the person the body's role noun describes
      const member = m.label === 'Person' ? null : personAfterRoleNouns(view, sentence, m.tokens[1] + 1);
      if (member !== null) return { mention: member };
      if (m.label === 'Person' || i === cue + 1 || tokens[cue + 1].normal === 'the') return { mention: starting };
    }
  }
  return null;
}
