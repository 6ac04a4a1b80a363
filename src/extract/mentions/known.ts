// Mentions of names the lexicon knows: people, organisations, states, capitals and demonyms.
import type { Token } from '../../model/types';
import type { LexiconEntry, TrieNode } from '../knowledge';
import { longestMatch } from '../lexicon-match';
import { leaderBody } from './names';
import { placeSurname } from './memory';
import { endsInOrgWord } from './runs';
import { hyphenatedAcronym } from './acronyms';
import { type Draft, type SentenceContext, fromEntry, isWordy, pickEntry } from './context';
import { isPlaceAdjectiveForm, isPossessive } from '../../lang/en/morphology';

/** A name the lexicon knows, read as its kind asks: "talks in Moscow" is a place, "Moscow said" the state. */
export function known(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const match = longestMatch(tokens, i, ctx.knowledge.names);
  if (!match) return null;
  // "ZANU-PF": a known acronym that goes on past a hyphen in capitals is another body's name (acronyms.ts)
  if (match.last === i && hyphenatedAcronym(ctx, i) !== null) return null;
  const entry = pickEntry(match.entries);
  if (regionAdjective(ctx, i, match.last)) return []; // "the West African regional bloc"
  if (entry.kind === 'capital' || entry.kind === 'state') {
    const person = placeSurname(ctx, i, match.last);
    if (person) return [person];
  }
  switch (entry.kind) {
    case 'capital':
      return capitalAsActor(ctx, tokens, i, match.last) ? [fromEntry(ctx, i, match.last, entry, 'metonym')] : [];
    case 'demonym':
      return demonymsAsActors(ctx, i, match.last, entry);
    case 'plural':
      return [fromEntry(ctx, i, match.last, entry, 'demonym')];
    case 'bloc':
      return blocAsPlace(ctx, tokens, i, match.last, entry) ? [] : [fromEntry(ctx, i, match.last, entry, 'name')];
    default: {
      const led = entry.kind === 'person' ? leaderBody(ctx, i, match.last) : entry.kind === 'organization' ? bodyOfKnown(ctx, i, match.last, entry) : null;
      const found = led ?? fromEntry(ctx, i, match.last, entry, 'name');
      return [postedOn(ctx, i, found) ? { ...found, weak: true } : found];
    }
  }
}

/** "West African", "the East Asian": a compass word the lexicon knows (alone or after "the"), then a capitalised adjective no name goes on with. */
export function regionAdjective(ctx: SentenceContext, first: number, last: number): boolean {
  const { tokens } = ctx.sentence;
  const next = tokens[last + 1];
  if (last - first > 1 || !ctx.knowledge.mentionWords.compassWords.has(tokens[last].normal) || !next || !isPlaceAdjectiveForm(next.text)) return false;
  return longestMatch(tokens, last + 1, ctx.knowledge.names) === null;
}

/** "talks in Moscow" and "the Paris meeting" are places; "Moscow said" and "for Paris" are the state. */
function capitalAsActor(ctx: SentenceContext, tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // "the regime in Tehran", "the government in Kyiv": the capital names who rules there
  if (before?.normal === 'in' && ctx.knowledge.functionWords.governmentWords.has(tokens[first - 2]?.normal ?? '')) return true;
  if (before && ctx.knowledge.functionWords.placePrepositions.has(before.normal)) return false;
  // "the Kampala government", "the Moscow regime": the capital names who rules there
  if (ctx.knowledge.functionWords.governmentWords.has(after?.normal ?? '')) return true;
  if (before && before.normal === 'the') return false;
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN') && !isPossessive(after)) return false;
  return true;
}

/**
 * "security in Europe", "the future of Europe", "Europe's last dictator": a bloc written as the
 * place it is named after is a place, not the bloc acting ("Europe must respond", "Europe said",
 * "threatened Europe", "the Europeans said" are the bloc: a verb right after or before the name,
 * not its possessive, or another name of the bloc).
 */
function blocAsPlace(ctx: SentenceContext, tokens: Token[], first: number, last: number, entry: LexiconEntry): boolean {
  const written = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  if (written !== entry.canonical) return false;
  // the bloc acts ("Europe said", "Europe must") or is acted on ("threatened Europe")
  const verb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text);
  const namedAfterPlace = ctx.knowledge.placeWords.has(entry.canonical.toLowerCase()); // "Europe", "the West"; not "Baltic States"
  if (namedAfterPlace && (isPossessive(tokens[last + 1]) || (!verb(tokens[last + 1]) && !verb(tokens[first - 1])))) return true;
  // "our partners in the US, Canada and Europe": the preposition before the whole list
  let b = first - 1;
  if (tokens[b]?.normal === 'and') {
    b--;
    while (b > 0 && first - b <= LIST_REACH && (/^\p{Lu}/u.test(tokens[b].text) || [',', 'the', 'and'].includes(tokens[b].normal))) b--;
  }
  const before = tokens[b]?.normal ?? '';
  return ctx.knowledge.functionWords.placePrepositions.has(before) || before === 'of';
}

/** How far back a list of places may reach to its preposition ("in the US, Canada and Europe"). */
const LIST_REACH = 10;

/** "French and British" as actors (no noun follows the chain); "French and British governments" are adjectives. */
function demonymsAsActors(ctx: SentenceContext, first: number, last: number, entry: LexiconEntry): Draft[] {
  const { tokens } = ctx.sentence;
  const chain: Draft[] = [fromEntry(ctx, first, last, entry, 'demonym')];
  let j = last + 1;
  while (j < tokens.length && (tokens[j].normal === ',' || tokens[j].normal === 'and' || tokens[j].normal === 'or')) {
    const next = longestMatch(tokens, j + 1, ctx.knowledge.names);
    const nextEntry = next && pickEntry(next.entries);
    if (!next || !nextEntry || (nextEntry.kind !== 'demonym' && nextEntry.kind !== 'plural')) break;
    chain.push(fromEntry(ctx, j + 1, next.last, nextEntry, 'demonym'));
    j = next.last + 1;
  }
  const after = tokens[j];
  if (after && after.text === '-' && after.start === tokens[j - 1].end) return []; // "Swiss-hosted"
  const modifiesNoun = after && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(after.pos) && isWordy(after);
  const preceded = tokens[first - 1];
  const asActor = !modifiesNoun && (chain.length > 1 || preceded?.normal === 'the' || preceded?.normal === 'to' || !after || after.pos === 'PUNCT' || after.pos === 'VERB' || after.pos === 'AUX');
  return asActor ? chain : chain.map((d) => ({ ...d, weak: true }));
}

/**
 * "the UN General Assembly", "Zarovia News Network Radio": a known body's name, then capitalised
 * words ending in an organisation word, names a body of its own (an organ, a channel). It is
 * named after the known body's canonical name, so "U.N." and "United Nations" give one node
 * (and the name the knowledge gives that body, when it knows it).
 */
function bodyOfKnown(ctx: SentenceContext, first: number, last: number, entry: LexiconEntry): Draft | null {
  const { tokens } = ctx.sentence;
  if (ctx.headline || isPossessive(tokens[last + 1])) return null;
  let end = -1;
  // "the African Union Peace and Security Council": a connector may join the organ's words
  const capitalised = (j: number): boolean => CAPITALISED_WORD.test(tokens[j]?.text ?? '');
  const organWord = (j: number): boolean => capitalised(j) || (j > last + 1 && ctx.knowledge.functionWords.organizationConnectors.has(tokens[j].normal) && capitalised(j + 1));
  for (let j = last + 1; j <= last + MAX_ORGAN_WORDS && j < tokens.length && organWord(j) && tokens[j].start > tokens[j - 1].end; j++) {
    if (endsInOrgWord(ctx, j)) end = j;
  }
  // "Ostland Senate Majority Leader ...": the capitals go on into a title, and name no organ
  if (end < 0 || (tokens[end + 1] && /^\p{Lu}/u.test(tokens[end + 1].text))) return null;
  const words = tokens.slice(last + 1, end + 1);
  const knownName = entryAt(ctx.knowledge.names, [...entry.canonical.toLowerCase().split(/\s+/), ...words.map((w) => w.normal)]);
  const canonical = knownName ?? `${entry.canonical} ${words.map((w) => w.text).join(' ')}`;
  return { ...fromEntry(ctx, first, end, entry, 'name'), canonical, conduit: undefined, roleOf: entry.state };
}

/** A word that opens with a capital and goes on in lower case ("Council", not "UN"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/** "General Assembly", "Peace and Security Council": an organ's name is a few words. */
const MAX_ORGAN_WORDS = 4;

/** The canonical name of the organisation a phrase of normalised words names, if the trie knows one. */
function entryAt(trie: TrieNode, words: string[]): string | undefined {
  let node: TrieNode | undefined = trie;
  for (const w of words) if (!(node = node.next.get(w))) return undefined;
  return node.entries.find((e) => e.kind === 'organization')?.canonical;
}

/** "wrote on Facebook", "said via Telegram": a platform after a preposition of the medium is where words were posted, no actor (a node only where it speaks itself). */
function postedOn(ctx: SentenceContext, i: number, found: Draft): boolean {
  const before = ctx.sentence.tokens[i - 1]?.normal ?? '';
  return ctx.knowledge.platforms.has(found.canonical) && ctx.knowledge.functionWords.mediumPrepositions.has(before);
}
