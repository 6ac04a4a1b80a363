// Whose act a proposal word in a speaker's words names: the speaker's own ("we will propose",
// "its proposal") or another actor's ("said that Trump had invited Xi"). Shared by proposals and
// by threat frames, which ask the same question of an intent marker.
import { coordinatedEndingAt, firstCoordination, ownNames, plausibleActor } from '../../extract/targets';
import { mentionEndingAt, type ArticleView, type Cue } from '../../extract/view';
import type { Mention, Sentence } from '../../model/types';
import { baseForm, isIngForm } from '../../lang/en/morphology';


/**
 * Whose proposal is it? The subject nearest before the signal: the speaker (or I/we/he, or a group
 * of unnamed countries) makes it the speaker's; another named actor makes it that actor's
 * ("Paris and London ... they are promoting" inside Zakharova's quote is France's and Britain's).
 */
export function proposalAgent(view: ArticleView, sentence: Sentence, token: number, source: number, cue: Cue): { speaker: boolean; others: number[] } {
  const { tokens } = sentence;
  const own = ownNames(view, source);
  if (isIngForm(tokens[token].normal) && tokens[token - 1]?.normal === ',') return { speaker: true, others: [] }; // ", suggesting that"
  if (view.knowledge.functionWords.proposalPossessives.has(tokens[token - 1]?.normal ?? '')) return { speaker: true, others: [] }; // "its proposal"
  const proposingVerb = tokens[token].pos === 'VERB' && view.knowledge.cues.proposalVerbs.has(baseForm(tokens[token]));
  for (let j = token - 1; j >= 0; j--) {
    if (j === cue.token) return { speaker: true, others: [] };
    // "We regret the loss of life in Iran, and call on all concerned", "expressed concern over the conflict in Ethiopia
    // and emphasized the urgency of": a verb coordinated with an earlier one shares its subject; the names between
    // them are that verb's objects
    const joinsVerb = j === token - 1 ? tokens[token].pos === 'VERB' || tokens[token].normal === tokens[token].lemma : tokens[j + 1]?.pos === 'VERB';
    if (tokens[j].pos === 'CCONJ' && joinsVerb) {
      const earlier = coordinatedVerbBefore(sentence, j, cue.token);
      if (earlier !== null) {
        j = earlier;
        continue;
      }
    }
    const ending = mentionEndingAt(view, sentence, j);
    if (ending !== null) {
      const m = view.mentions[ending];
      if (own.has(m.canonical) || ending === source) return { speaker: true, others: [] };
      // "the Syrian people have called for": a demonym's group, not the speaker, is the subject
      if (m.kind === 'demonym' && tokens[j + 1]?.pos === 'NOUN' && j + 1 < token && subjectOf(sentence, j + 1, token)) return { speaker: false, others: [] };
      // "26 countries—mostly European—"; a lone surname is an actor when a title stands before it ("President Trump is proposing")
      if (m.kind === 'demonym' || (!plausibleActor(view, ending) && !titled(m))) continue;
      if (m.kind === 'title') return { speaker: false, others: [] }; // someone else's words or plans
      if (m.label === 'Person') return { speaker: false, others: [ending] }; // "said that Trump had invited Xi"
      return { speaker: false, others: coordinatedEndingAt(view, sentence, ending) };
    }
    const t = tokens[j];
    // "the Syrian people have called for", "the protesters demanded": a people named by its country or a crowd, not the speaker, is the subject of a verb of
    // proposing ("the two countries should", "the leaders agreed to", "the campaign planned to" stay the speaker's to tell)
    if (t.pos === 'NOUN' && proposingVerb && subjectOf(sentence, j, token) && (namedPeopleAt(sentence, j) || crowdNoun(view, t.normal))) return { speaker: false, others: [] };
    if (t.normal === 'they') {
      const pair = firstCoordination(view, sentence, j);
      return pair.length > 1 ? { speaker: false, others: pair } : { speaker: true, others: [] };
    }
    if (view.knowledge.pronouns.has(t.normal) || ['.', ';', ':'].includes(t.normal)) return { speaker: true, others: [] };
    // "told VOA that the rebels must commit": the clause opens at "that"; the name before it is no subject of the signal
    if (t.pos === 'SCONJ' && t.normal === 'that') return { speaker: true, others: [] };
  }
  return { speaker: true, others: [] };
}

/** Is the noun at `noun` the subject of the signal at `signal`: only auxiliaries and adverbs between them ("people have repeatedly called")? */
function subjectOf(sentence: Sentence, noun: number, signal: number): boolean {
  for (let k = noun + 1; k < signal; k++) if (sentence.tokens[k].pos !== 'AUX' && sentence.tokens[k].pos !== 'ADV') return false;
  return true;
}

/** Is the noun at `noun` the head of "the Syrian people", "the Iranian protesters": a determiner, a proper adjective, the noun? */
/** "the protesters have called for", "rebels demanded": people who act against or apart from any speaker's side (function-words.json crowdNouns, insurgentWords, oppositionWords). */
function crowdNoun(view: ArticleView, word: string): boolean {
  const { crowdNouns, insurgentWords, oppositionWords } = view.knowledge.functionWords;
  return crowdNouns.has(word) || insurgentWords.has(word) || oppositionWords.has(word);
}

function namedPeopleAt(sentence: Sentence, noun: number): boolean {
  const { tokens } = sentence;
  const modifier = tokens[noun - 1];
  return modifier !== undefined && (modifier.pos === 'PROPN' || (modifier.pos === 'ADJ' && /^[A-Z]/.test(modifier.text))) && tokens[noun - 2]?.pos === 'DET';
}

/** The finite verb of the clause that the conjunction at `conj` joins to ("regret ... , and"), not before the verb of saying; null if a clause break comes first. */
function coordinatedVerbBefore(sentence: Sentence, conj: number, cueToken: number): number | null {
  for (let k = conj - 1; k > cueToken && k >= 0; k--) {
    const t = sentence.tokens[k];
    if ([';', ':', '.'].includes(t.normal) || t.pos === 'SCONJ') return null;
    if (t.pos === 'VERB' && !isIngForm(t.normal) && sentence.tokens[k - 1]?.normal !== 'to') return k;
  }
  return null;
}

/** A person named with a title or role ("President Trump", "Minister Lavrov"): an actor even without a full name in the article. */
function titled(m: Mention): boolean {
  return m.label === 'Person' && (m.role !== undefined || m.title !== undefined || (m.phraseStart !== undefined && m.phraseStart < m.tokens[0]));
}

/**
 * "said (that) Ghana continues to urge", "says the United States demands": the actor right after a
 * verb of saying (or its "that") is the subject of the verb at `verb`, with only auxiliaries,
 * adverbs and a verb of continuing with "to" between them.
 */
export function reportedClauseSubject(view: ArticleView, sentence: Sentence, actor: number, verb: number): boolean {
  const { tokens } = sentence;
  const m = view.mentions[actor];
  let j = verb - 1;
  const { deonticModals, markedModals } = view.knowledge.callsForAction;
  while (j > m.tokens[1] && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART' || (tokens[j].pos === 'VERB' && tokens[j + 1]?.normal === 'to'))) {
    // "said the council must call upon": the speaker's call on the council; "had offered": told of the past
    if (deonticModals.has(tokens[j].normal) || markedModals.has(tokens[j].normal) || tokens[j].normal === 'had') return false;
    j--;
  }
  if (j !== m.tokens[1]) return false;
  let k = (m.phraseStart ?? m.tokens[0]) - 1;
  if (tokens[k]?.pos === 'DET') k--;
  if (tokens[k]?.normal === 'that') k--;
  return tokens[k]?.pos === 'VERB' && view.knowledge.cues.speechVerbs.has(tokens[k].lemma);
}
