// Whether an actor in a speaker's words is the speaker's own side, whether the pronoun subject
// of a verb there is someone else than the speaker ("“He is defying the rules,” said Ruiz"), and
// who the subject of an intent marker is ("Seoul would", "the Kim Jong Un regime would").
import type { Sentence, Token } from '../../model/types';
import { baseForm } from '../../lang/en/morphology';
import { insideQuote, QUOTE_MARK } from '../../extract/quotes';
import { ownNames } from '../../extract/targets';
import { mentionEndingAt, mentionsFrom, type ArticleView } from '../../extract/view';
import { lastPersonWithRole, personBySurname } from '../../extract/speakers/antecedents';
import { knownSide } from '../../knowledge/derived/office-lookup';

/** Auxiliaries and adverbs between a pronoun subject and its verb ("they have repeatedly refused"). */
const PRONOUN_GAP = 3;

/** Is an actor the speaker's own side (the speaker, or the state or body it speaks for, or its head)? */
export function ownSide(view: ArticleView, speaker: number, mention: number): boolean {
  return mention === speaker || ownNames(view, speaker).has(view.mentions[mention].canonical) || ownHead(view, speaker, mention);
}

/**
 * "White House spokesman Jay Carney said President Barack Obama would veto the bill", "... the
 * president would veto it": the head of the speaker's own state (titles.json headOffices; the
 * state the text or knowledge gives them) is the side the speaker speaks for. A bare title is the
 * holder named before it.
 */
function ownHead(view: ArticleView, speaker: number, mention: number): boolean {
  let m = view.mentions[mention];
  if (m.label !== 'Person' || m.role === undefined || !headOfficesOf(view.knowledge).has(m.role) || view.mentions[speaker].label !== 'Person') return false;
  if (m.kind === 'title' && !m.roleOf) {
    const holder = lastPersonWithRole(view, mention, m.role);
    if (holder === null) return false;
    m = view.mentions[holder];
  }
  // "President Obama": the person the article names in full with that surname
  const named = m.canonical.includes(' ') ? null : personBySurname(view, m.canonical.toLowerCase());
  const full = named === null ? m.canonical : view.mentions[named].canonical;
  const side = m.roleOf ?? (m.kind === 'name' ? knownSide(view.knowledge, full) : undefined);
  return side !== undefined && ownNames(view, speaker).has(side);
}

const headOffices = new WeakMap<ArticleView['knowledge'], ReadonlySet<string>>();

/** Every office a state's generic head title may name (titles.json headOffices), once per knowledge. */
function headOfficesOf(knowledge: ArticleView['knowledge']): ReadonlySet<string> {
  let offices = headOffices.get(knowledge);
  if (!offices) headOffices.set(knowledge, (offices = new Set([...knowledge.headOffices.values()].flatMap((set) => [...set]))));
  return offices;
}


/**
 * A pronoun subject of the verb at i that is someone else than the speaker: "he", "she" or "they"
 * in the speaker's quoted words ("“He is defying the rules,” said Ruiz"; the speaker says "I",
 * "we"), or a reported "they" when the speaker is one person or the sentence named other actors
 * before it ("urged Bolivia to reform, but they refuse"); not "said she rejected the proposal".
 */
export function othersPronounAt(view: ArticleView, sentence: Sentence, speaker: number, i: number): boolean {
  const { tokens } = sentence;
  let j = i - 1;
  while (j >= 0 && i - j <= PRONOUN_GAP && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j--;
  const pronoun = tokens[j];
  const kind = pronoun?.pos === 'PRON' ? view.knowledge.pronouns.get(pronoun.normal) : undefined;
  if (kind === undefined || view.knowledge.functionWords.firstPersonSubjects.has(pronoun.normal)) return false;
  if (insideQuote(view.quotes, pronoun.start)) return true;
  if (kind !== 'Group') return false;
  if (view.mentions[speaker].label === 'Person') return true;
  return mentionsFrom(view, sentence, 0, j - 1).some((m) => view.mentions[m].label !== 'Location' && !ownSide(view, speaker, m));
}

/**
 * "the government will hit back", "the army would respond", "government forces would fight", said
 * by a state or by a member of its government (function-words.json ownSideNouns, governmentRoles,
 * governmentWords): the speaker's own side acts.
 */
export function ownBodyNamed(view: ArticleView, tokens: Token[], from: number, head: number, source: number): boolean {
  const words = view.knowledge.functionWords;
  const governments = from < head && words.governmentWords.has(tokens[from].normal); // "government forces", no "the" needed
  if ((tokens[from - 1]?.normal !== 'the' && !governments) || !words.ownSideNouns.has(tokens[head].normal)) return false;
  const speaker = view.mentions[source];
  if (speaker.label === 'State') return true;
  // "Mr. Bashir said" after "President Bashir declared": the role the article gives the person anywhere
  const role = speaker.label === 'Person' ? (speaker.role ?? rolesByName(view).get(speaker.canonical))?.toLowerCase().split(' ') : undefined;
  // the office is the role's last word ("foreign minister"); a longer role ("shadow foreign minister") holds none
  return role !== undefined && role.length <= 2 && words.governmentRoles.has(role[role.length - 1]);
}

/**
 * "the Indonesian navy will", "Kenya's army would": a force or body (function-words.json
 * ownSideNouns) of the actor named right before it is the speaker's own side when that actor is.
 * Null when no actor is named there, so that the caller decides by the other signs.
 */
export function namedBodySide(view: ArticleView, sentence: Sentence, head: number, source: number): boolean | null {
  const { tokens } = sentence;
  if (!view.knowledge.functionWords.ownSideNouns.has(tokens[head].normal)) return null;
  let from = head;
  while (from > 0 && (tokens[from - 1].pos === 'NOUN' || tokens[from - 1].pos === 'ADJ')) from--; // "the Chilean naval forces"
  const possessive = tokens[from - 1]?.pos === 'PART' && /^['’]s$/.test(tokens[from - 1].normal);
  const ownerEnd = from - (possessive ? 2 : 1);
  // a demonym qualifies the noun ("Indonesian navy"), so mentionEndingAt, which skips qualifiers, would not find it
  // or it opens a name ("Peruvian army" may be a body of its own)
  const owner = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[1] === ownerEnd || (view.mentions[m].tokens[0] === ownerEnd && view.mentions[m].label === 'State'));
  const label = owner === undefined ? 'Location' : view.mentions[owner].label;
  if (owner === undefined || label === 'Location' || label === 'Person') return null;
  return ownSide(view, source, owner);
}

/** How many words the one not allowed may take before its "to" ("the children of Gaza to"). */
const PROTECTED_REACH = 6;

/** "will not allow the children to suffer": an act of preventing (threat-frames.json preventions) whose object suffers (victimVerbs), a protection. */
export function protectedFrom(view: ArticleView, tokens: Token[], actEnd: number): boolean {
  const { preventions, victimVerbs } = view.knowledge.threatFrames;
  if (!preventions.has(baseForm(tokens[actEnd]))) return false;
  for (let k = actEnd + 1; k < tokens.length && k <= actEnd + PROTECTED_REACH; k++) {
    if (tokens[k].normal === 'to') return tokens[k + 1] !== undefined && victimVerbs.has(baseForm(tokens[k + 1]));
  }
  return false;
}

const rolesCache = new WeakMap<ArticleView, Map<string, string>>();

/** Each person's first role in the article, by canonical name: found once per article. */
function rolesByName(view: ArticleView): Map<string, string> {
  let roles = rolesCache.get(view);
  if (roles) return roles;
  roles = new Map();
  for (const m of view.mentions) if (m.label === 'Person' && m.role !== undefined && !roles.has(m.canonical)) roles.set(m.canonical, m.role);
  rolesCache.set(view, roles);
  return roles;
}

/** Where the subject of an intent marker ends: before its adverbs, auxiliaries and quote marks; -1 if none. */
export function subjectEnd(view: ArticleView, tokens: Token[], marker: number): number {
  let j = marker - 1;
  // "Washington announced its intention to": a noun marker's subject is that of the verb before its possessive
  if (tokens[marker].pos === 'NOUN' && view.knowledge.threatFrames.possessives.has(tokens[j]?.normal ?? '') && tokens[j - 1]?.pos === 'VERB') j -= 2;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || QUOTE_MARK.test(tokens[j].text))) j--;
  return j;
}

/** The actor named right before an intent marker ("Seoul would", "the alliance is prepared to"), or null. */
export function subjectBefore(view: ArticleView, sentence: Sentence, marker: number): number | null {
  const j = subjectEnd(view, sentence.tokens, marker);
  return j >= 0 ? mentionEndingAt(view, sentence, j) : null;
}

/** How many words a subject's phrase may take after its actor ("the Kim Jong Un regime"). */
const ACTOR_PHRASE_REACH = 2;

/**
 * Is the subject of the marker at `marker` an actor: a state, body or person named right before it,
 * or a phrase that ends in a word of government after one ("the Kim Jong Un regime", function-words.json governmentWords)?
 */
export function actorSubjectOf(view: ArticleView, sentence: Sentence, marker: number): boolean {
  const j = subjectEnd(view, sentence.tokens, marker);
  const named = j >= 0 ? mentionEndingAt(view, sentence, j) : null;
  if (named !== null) return view.mentions[named].label !== 'Location';
  if (!view.knowledge.functionWords.governmentWords.has(sentence.tokens[j]?.normal ?? '')) return false;
  for (let k = j - 1; k >= 0 && j - k <= ACTOR_PHRASE_REACH; k--) {
    const before = mentionEndingAt(view, sentence, k);
    if (before !== null) return view.mentions[before].label !== 'Location';
  }
  return false;
}
