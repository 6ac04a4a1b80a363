// Claims that a noun names, with no verb of saying: "X's plan", "the proposal floated by A and B"
// (PROPOSAL), "China's threat of new tariffs", "threats by Pyongyang that it will retaliate"
// (THREAT). The author is the noun's possessor or the actors after "of"/"by"/"<verb> by"; the
// claim concerns the actors named after the noun, not its co-authors nor those speaking about it.
import type { Claim, ClaimType, Sentence, Token } from '../../model/types';
import { coordinatedAfter } from '../../extract/targets';
import { insideQuote, quoteWords } from '../../extract/quotes';
import { mentionEndingAt, mentionsFrom, MIN_QUOTE_CONTINUATION_WORDS, type ArticleView } from '../../extract/view';
import { isPossessive } from '../../lang/en/morphology';
import { headlineTitleHolder } from '../../extract/speakers/headline-subjects';

export interface NominalClaimKind {
  type: ClaimType;
  /** Whether the noun at tokens[i] names a claim of this type. */
  names(tokens: Token[], i: number): boolean;
  /** "accusations of genocide", "allegations of Russian meddling": "of" names what it is about, not its author. */
  notByOf?: boolean;
  /** "China's recent threat of new tariffs" inside an official's quote is still China's threat: named inside long quotes too. */
  inQuotes?: boolean;
}

/** Words that may stand between "of"/"by" and the author it names: "threats by the North Korean regime". */
const AUTHOR_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PUNCT']);

export function nominalClaims(view: ArticleView, sentence: Sentence, existing: Claim[], kind: NominalClaimKind): Claim[] {
  const { tokens } = sentence;
  const cues = view.knowledge.cues;
  const out: Claim[] = [];
  // made at the first noun that names a claim: most sentences have none
  let authors: Set<string> | null = null;
  let speakers: Set<string> | null = null;
  const add = (mention: number, cue: string, group: number[]): void => {
    authors ??= new Set(existing.filter((c) => c.type === kind.type).map((c) => view.mentions[c.source].canonical));
    speakers ??= new Set(existing.map((c) => view.mentions[c.source].canonical));
    const known = speakers;
    const m = view.mentions[mention];
    // not an adjective: "allegations by the United Nations and European allies"
    if (m.label === 'Location' || m.qualifies !== undefined || m.weak || authors.has(m.canonical)) return;
    authors.add(m.canonical);
    const coAuthors = new Set(group.map((g) => view.mentions[g].canonical));
    const targets = mentionsFrom(view, sentence, m.tokens[1] + 1, tokens.length - 1).filter((t) => {
      const other = view.mentions[t];
      return !coAuthors.has(other.canonical) && !known.has(other.canonical) && other.label !== 'Location' && other.qualifies === undefined && other.kind !== 'title';
    });
    out.push({ type: kind.type, source: mention, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!kind.names(tokens, i)) continue;
    // inside a long quote the noun is the speaker's words about someone's act, which the
    // speaker's own claim already carries
    const quoted = insideQuote(view.quotes, t.start);
    if (quoted && !kind.inQuotes && quoteWords(view.text, quoted) >= MIN_QUOTE_CONTINUATION_WORDS) continue;
    // possessor: X's [proposed] [“]plan, X's recent threat
    let j = i - 1;
    while (j >= 0 && (tokens[j].pos === 'PUNCT' && !isPossessive(tokens[j]) || tokens[j].normal === 'proposed' || tokens[j].pos === 'ADJ' || (tokens[j].pos === 'NOUN' && j === i - 1))) j--;
    if (isPossessive(tokens[j])) {
      const owner = mentionEndingAt(view, sentence, j - 1);
      // "At Germany's initiative, Putin had a call with ...": who started it, no claim made
      const circumstance = owner !== null && view.knowledge.functionWords.circumstancePrepositions.has(tokens[(view.mentions[owner].phraseStart ?? view.mentions[owner].tokens[0]) - 1]?.normal ?? '');
      if (owner !== null && !circumstance) add(owner, t.normal, [owner]);
      continue;
    }
    // "Kenya joined other states in a call for a ceasefire": the subject of the verb of joining makes it
    const joiner = joinedIn(view, sentence, i);
    if (joiner !== null) {
      add(joiner, t.normal, [joiner]);
      continue;
    }
    // complement: "plan of X [and Y]", "threats by X", "the proposal floated by Britain, France and Germany"
    const authored = cues.authorVerbs.has(tokens[i + 1]?.normal ?? '') && tokens[i + 2]?.normal === 'by' ? i + 3 : cameFrom(view, tokens, i);
    // "demands from Washington", "threats from Pyongyang": the author prepositions of function-words.json
    const byAuthor = tokens[i + 1]?.normal !== 'of' && view.knowledge.functionWords.authorPrepositions.has(tokens[i + 1]?.normal ?? '');
    if ((tokens[i + 1]?.normal === 'of' && !kind.notByOf) || byAuthor || authored > 0) {
      const from = authored > 0 ? authored : i + 2;
      const group = coordinatedAfter(view, sentence, from);
      // "the threat of force that brought Iran": the author follows at once, past modifiers only
      // ("threats made by Nigeria's Islamist Boko Haram insurgents": a possessor may stand there too)
      if (group.length > 0 && !tokens.slice(from, view.mentions[group[0]].tokens[0]).every((w) => AUTHOR_MODIFIERS.has(w.pos) || isPossessive(w))) continue;
      for (const m of group) add(m, t.normal, group);
    }
  }
  return out;
}

/** How many words after the noun its verb of coming may stand ("demands for restraint came from"). */
const COMING_REACH = 5;

/**
 * "Calls for a ceasefire came from France and Germany", "demands for restraint came from X": the
 * noun's authors after a verb of coming and "from" (function-words.json sourceVerbs); the token
 * after "from", or -1.
 */
export function cameFrom(view: ArticleView, tokens: Token[], noun: number): number {
  for (let k = noun + 1; k < tokens.length && k <= noun + COMING_REACH; k++) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return view.knowledge.functionWords.sourceVerbs.has(tokens[k].lemma) && tokens[k + 1]?.normal === 'from' ? k + 2 : -1;
    if (tokens[k].pos === 'PUNCT') return -1;
  }
  return -1;
}

/** How far before "in" the verb of joining may stand ("joined other African states in"). */
const JOINING_REACH = 6;

/**
 * "Kenya joined other African states in a call for a ceasefire", "UK joins partners in call for
 * restraint": the subject of a verb of joining (function-words.json joiningVerbs) before "in [a]"
 * and the noun; that subject's mention, or null.
 */
export function joinedIn(view: ArticleView, sentence: Sentence, noun: number): number | null {
  const { tokens } = sentence;
  let k = noun - 1;
  if (tokens[k]?.pos === 'DET') k--;
  if (tokens[k]?.normal !== 'in') return null;
  for (let v = k - 1; v >= 0 && v >= k - JOINING_REACH; v--) {
    if (!view.knowledge.functionWords.joiningVerbs.has(tokens[v].lemma)) continue;
    // a headline's bare title is the one person the article names with that office ("Foreign Secretary joins ...")
    const subject = mentionEndingAt(view, sentence, v - 1) ?? headlineTitleHolder(view, sentence, v - 1);
    return subject !== null && view.mentions[subject].label !== 'Location' ? subject : null;
  }
  return null;
}
