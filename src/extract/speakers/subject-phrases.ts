// Phrases that hang off a speaker's subject before its verb: "A report by Amnesty International
// said" (the name sits in the phrase), "Rebels in eastern Chad say" (the place is where they are),
// "The Movement, led by Raila Odinga, says" (the body speaks, not its leader); and after an
// inverted verb, "said Brookings Institution analyst Maria Chen" (the person the role describes).
import { isIngForm } from '../../lang/en/morphology';
import { isDictionaryWord } from '../../lang/en/dictionary';
import type { Sentence, Token } from '../../model/types';
import type { Knowledge } from '../knowledge';
import { mentionEndingAt, mentionStartingAt, type ArticleView } from '../view';
import { phraseAt } from '../lexicon-match';

/**
 * "Rebels in eastern Chad say", "A rebel leader in Mali has threatened": the place after "in" is where
 * an armed group (function-words.json insurgentWords) fights or an opposition (oppositionWords) acts, not
 * who speaks; the group is unnamed.
 */
export function insurgentsPlacedIn(view: ArticleView, tokens: Token[], first: number): boolean {
  let i = first - 1;
  while (i > 0 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'DET')) i--; // "in eastern", "in the north of"
  if (tokens[i]?.normal !== 'in') return false;
  const { insurgentWords, oppositionWords } = view.knowledge.functionWords;
  const against = (w: string): boolean => insurgentWords.has(w) || oppositionWords.has(w); // "Opposition parties in Nigeria" are not Nigeria either
  const head = tokens[i - 1];
  // the head itself ("rebels") or its modifier ("rebel leader", "militant commander", "opposition parties")
  return head !== undefined && (against(head.normal) || against(tokens[i - 2]?.normal ?? ''));
}

/** How many words of a title may stand between the participle and the name. */
const TITLE_WORDS = 4;

/**
 * "Rebels fighting Syrian President Bashar al-Assad insist", "Protesters backing Mr. X said": the
 * name is the object of a participle that describes the real subject, a noun the text does not name.
 */
export function objectOfDescribingParticiple(tokens: Token[], first: number): boolean {
  let i = first - 1;
  // past the title and determiner before the name ("fighting Syrian President Bashar al-Assad")
  while (i > 0 && first - i <= TITLE_WORDS && tokens[i].pos !== 'VERB' && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[i].pos)) i--;
  const participle = tokens[i];
  const head = tokens[i - 1];
  if (participle === undefined || participle.pos !== 'VERB' || !isIngForm(participle.normal) || head === undefined) return false;
  // a common noun: "supporters backing", or a plural that opens the sentence capitalised ("Rebels fighting", "Protesters backing")
  return head.pos === 'NOUN' || (i - 1 === 0 && head.pos === 'PROPN' && (isDictionaryWord(head.normal) || head.normal.endsWith('s')));
}

/** "A source close to Lecornu denied": the name sits in a phrase that hangs off the real (unnamed) subject. */
export function insidePrepositionalPhrase(view: ArticleView, tokens: Token[], first: number): boolean {
  let i = first - 1;
  // "Mediators from Egypt, Qatar and the United States": go back to the start of the list
  const listEnd = tokens[i]?.normal === 'the' ? i - 1 : i;
  if (tokens[listEnd]?.normal === 'and') {
    i = listEnd;
    while (i > 0 && ['and', ','].includes(tokens[i].normal) && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) {
      i--;
      while (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) i--;
      i--;
    }
  }
  if (tokens[i]?.normal === 'the') i--;
  const preposition = tokens[i];
  const head = tokens[i - 1];
  return !!preposition && view.knowledge.functionWords.descriptionPrepositions.has(preposition.normal) && !!head && (head.pos === 'NOUN' || head.pos === 'ADJ') && /^\p{Ll}/u.test(head.text);
}

/**
 * "Senior members of the Syrian National Coalition said", "top officials from the African Union
 * say": the body named in the phrase speaks through its people (function-words.json
 * representativeNouns and bodyMembers, plural), as "Coalition officials said" does. Not people counted or picked
 * out ("three members of the party", "some officials from the bloc"): those are persons unnamed.
 */
export function representativesOf(view: ArticleView, tokens: Token[], first: number): boolean {
  let i = first - 1;
  if (tokens[i]?.normal === 'the') i--;
  const { representingPrepositions, representativeNouns, bodyMembers, governmentWords } = view.knowledge.functionWords;
  const people = tokens[i - 1]?.normal ?? '';
  // "Senior members of the Coalition", "the government of Sudan": a body's people or its government
  // "the government in Khartoum": a seat, only for a government's own word (not "officials in Kabul", who may be anyone's)
  const seat = tokens[i]?.normal === 'in' && governmentWords.has(people) && !representativeNouns.has(people);
  if (!seat && (!representingPrepositions.has(tokens[i]?.normal ?? '') || !(representativeNouns.has(people) || bodyMembers.has(people) || governmentWords.has(people)))) return false;
  let k = i - 2;
  while (k >= 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k--; // "senior", "most senior"
  const before = tokens[k];
  if (before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ') return true;
  return before.pos === 'DET' ? view.knowledge.functionWords.definiteDeterminers.has(before.normal) : before.pos !== 'NUM';
}

/**
 * "The Orange Democratic Movement led by Raila Odinga says", "The Movement, led by Raila Odinga,
 * says": the person after "led by" leads the body named before the participle, and the body is the
 * subject. `first` is where the person's phrase starts; null when no named body stands before.
 */
export function bodyLedBy(view: ArticleView, sentence: Sentence, first: number): number | null {
  const { tokens } = sentence;
  if (tokens[first - 1]?.normal !== 'by' || !view.knowledge.functionWords.leadershipParticiples.has(tokens[first - 2]?.normal ?? '')) return null;
  const end = tokens[first - 3]?.normal === ',' ? first - 4 : first - 3;
  const body = mentionEndingAt(view, sentence, end);
  return body !== null && view.mentions[body].label !== 'Person' && view.mentions[body].label !== 'Location' ? body : null;
}

/** How many lower-case words of a role may stand between a body and the person they describe ("senior policy analyst"). */
const ROLE_WORDS = 3;

/** A person named right after a few lower-case nouns and adjectives at `from` ("analyst Maria Chen"), or null. */
export function personAfterRoleNouns(view: ArticleView, sentence: Sentence, from: number): number | null {
  const { tokens } = sentence;
  let k = from;
  while (k < tokens.length && k - from < ROLE_WORDS && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ') && /^\p{Ll}/u.test(tokens[k].text)) k++;
  if (k === from || tokens[k - 1].pos !== 'NOUN') return null;
  const person = mentionStartingAt(view, sentence, k);
  return person !== null && view.mentions[person].label === 'Person' ? person : null;
}

/** An auxiliary, an adverb, "to", or a word of a time ("today", "on Monday") that is not a name's last word. */
export function betweenSubjectAndVerb(view: ArticleView, sentence: Sentence, j: number): boolean {
  const t = sentence.tokens[j];
  if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') return true;
  return skippable(t, view.knowledge) && mentionEndingAt(view, sentence, j) === null;
}

/** A word the search for a verb's subject passes over ("Peskov on Monday said"): an adverb, a number, a word of skipBeforeVerb. */
export function skippable(t: Token, k: Knowledge): boolean {
  if (k.skipBeforeVerb.has(t.normal)) return true;
  if (t.pos === 'ADV' || t.pos === 'NUM') return true;
  return k.days.has(t.normal) || k.months.has(t.normal) || k.temporalWords.has(t.normal);
}

/** How many words the unnamed conjunct after "and" may have ("some of the other insurgent groups"). */
const CONJUNCT_WORDS = 6;

/**
 * "Al Qaeda and some of the other insurgent groups have threatened", "Russia and its allies said":
 * a subject of a named actor and a group it belongs to, joined by the "and" at `and`
 * (conjunctionBefore); the named actor speaks.
 */
export function leadingConjunct(view: ArticleView, sentence: Sentence, and: number): number | null {
  const { tokens } = sentence;
  const named = mentionEndingAt(view, sentence, and - 1);
  if (named === null) return null;
  const m = view.mentions[named];
  // not "talks between Chad and other countries"
  const start = m.phraseStart ?? m.tokens[0];
  const before = tokens[start - 1]?.pos === 'DET' ? start - 2 : start - 1;
  if (tokens[before]?.pos === 'ADP' || insidePrepositionalPhrase(view, tokens, start)) return null;
  // a name, or a body's people ("Russian officials and reporters on the scene")
  const actor = m.label === 'Person' ? m.kind === 'name' : m.label !== 'Location';
  return actor && !m.weak && m.qualifies === undefined ? named : null;
}

/**
 * The "and" before an unnamed group that ends at `last` ("and its allies", "and some of the other
 * insurgent groups", "and reporters on the scene"), or null. Not two sides that speak at each
 * other ("army officials and opposition forces accused each other": reciprocal.ts).
 */
export function conjunctionBefore(view: ArticleView, sentence: Sentence, last: number): number | null {
  const { tokens } = sentence;
  let k = last;
  while (k > 0 && last - k < CONJUNCT_WORDS && tokens[k].normal !== 'and') {
    const t = tokens[k];
    const word = t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM';
    // "some of the other groups", "reporters on the scene": a preposition only before a determiner
    if (!word && !(t.pos === 'ADP' && tokens[k + 1]?.pos === 'DET')) return null;
    k--;
  }
  if (k <= 0 || k >= last || tokens[k].normal !== 'and') return null;
  const reciprocal = tokens.some((_, j) => j > last && view.knowledge.mentionWords.reciprocalObjects.some((p) => phraseAt(tokens, j, p)));
  return reciprocal ? null : k;
}

/** How many words a subject written with a stray comma before its verb may have. */
const STRAY_COMMA_SUBJECT_WORDS = 10;

/**
 * "Lydia Ruiz for the Food Standards Agency, says ...", "The security firm Secunia, has said ...":
 * a comma between a short subject and its verb, with no other comma or verb before it. The person
 * the sentence opens with, else the name right before the comma.
 */
export function subjectBeforeStrayComma(view: ArticleView, sentence: Sentence, comma: number): number | null {
  const { tokens } = sentence;
  // not a headline's list ("US Sanctions Venezuela and Cuba, Threatens Nicaragua")
  if (comma === 0 || comma > STRAY_COMMA_SUBJECT_WORDS || sentence.index === 0) return null;
  const mentions = view.bySentence[sentence.index].filter((m) => view.mentions[m].tokens[1] < comma && view.mentions[m].qualifies === undefined && !view.mentions[m].weak);
  const inside = (k: number): boolean => mentions.some((m) => view.mentions[m].tokens[0] <= k && k <= view.mentions[m].tokens[1]);
  for (let k = 0; k < comma; k++) {
    const t = tokens[k];
    if (t.pos === 'PUNCT' && !inside(k)) return null; // an aside or a clause before: not this shape
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !inside(k)) return null;
  }
  const opening = mentions.find((m) => view.mentions[m].label === 'Person' && view.mentions[m].kind === 'name' && (view.mentions[m].phraseStart ?? view.mentions[m].tokens[0]) <= 2);
  if (opening !== undefined) return opening;
  const last = mentionEndingAt(view, sentence, comma - 1);
  return last !== null && view.mentions[last].label !== 'Location' ? last : null;
}

/** Where the name before a media noun ends: past the words of an outlet's kind ("IRNA news agency", "KBS television network"). */
export function outletNameEnd(view: ArticleView, sentence: Sentence, noun: number): number {
  const { mediaNameWords } = view.knowledge.functionWords;
  let j = noun - 1;
  while (j > noun - 3 && j >= 0 && sentence.tokens[j].pos === 'NOUN' && mediaNameWords.has(sentence.tokens[j].normal)) j--;
  return j;
}
