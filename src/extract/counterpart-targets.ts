// The other side: a claim whose words name no party but the speaker's own ("We will not be
// intimidated," Ali said; "Helsinki is ready to send ships," Stubb said) is aimed at the party the
// article sets against the speaker's side — the actor it names most often outside that side (a
// person counts for the state or body the article makes them speak for). Runs after inheritance:
// a speaker who goes on keeps the party of their last claim first.
import type { Claim, Mention } from '../model/types';
import { onOwnSide, ownNames, ownToMedium, sharesSide } from './targets';
import type { ArticleView } from './view';
import { homeState } from './dated-titles';

/** Per article, counted once: how often each side is named, and a mention that can stand for it. */
interface ArticleActors {
  /**
   * Sides (a person's state or body, else the actor itself) that have a mention able to stand for
   * them, most often named first (ties: the first named), each with that mention.
   */
  ranked: { side: string; anchor: number }[];
  /** First and last words of the people the article names in full ("Lai" of Lai Ching-te). */
  nameWords: Set<string>;
  /** The state the article is plainly about (named most, by a clear margin), if any. */
  home: string | undefined;
}

const actorsCache = new WeakMap<ArticleView, ArticleActors>();

const knownNameWords = new WeakMap<ArticleView['knowledge'], Set<string>>();

/** First and last words of the full names of people knowledge holds, collected once per knowledge. */
function knowledgeNameWords(knowledge: ArticleView['knowledge']): Set<string> {
  let words = knownNameWords.get(knowledge);
  if (!words) {
    words = new Set();
    for (const p of knowledge.people) addNameWords(words, p.canonical);
    knownNameWords.set(knowledge, words);
  }
  return words;
}

function addNameWords(words: Set<string>, canonical: string): void {
  const parts = canonical.split(' ');
  if (parts.length < 2) return;
  words.add(parts[0]);
  words.add(parts[parts.length - 1]);
}

function articleActors(view: ArticleView): ArticleActors {
  const cached = actorsCache.get(view);
  if (cached) return cached;
  const named = new Set<string>();
  const nameWords = new Set<string>();
  for (const m of view.mentions) {
    if (!m.weak && m.canonical) named.add(m.canonical);
    if (m.label === 'Person') addNameWords(nameWords, m.canonical);
  }
  const weight = new Map<string, number>();
  const anchor = new Map<string, number>();
  const order: string[] = [];
  view.mentions.forEach((m, i) => {
    if (!countsAsActor(m)) return;
    const side = m.label === 'Person' && m.roleOf && named.has(m.roleOf) ? m.roleOf : m.canonical;
    if (!weight.has(side)) order.push(side);
    weight.set(side, (weight.get(side) ?? 0) + 1);
    if (!m.weak && m.canonical === side && !anchor.has(side)) anchor.set(side, i);
  });
  const ranked = order.filter((side) => anchor.has(side)).map((side, first) => ({ side, first, weight: weight.get(side) ?? 0, anchor: anchor.get(side) ?? -1 }));
  ranked.sort((a, b) => b.weight - a.weight || a.first - b.first);
  const actors = { ranked: ranked.map(({ side, anchor: at }) => ({ side, anchor: at })), nameWords, home: homeState(view.mentions, '') };
  actorsCache.set(view, actors);
  return actors;
}

function countsAsActor(m: Mention): boolean {
  if (!m.canonical || m.label === 'Location' || m.conduit || m.qualifies !== undefined) return false;
  return m.label !== 'Person' || m.kind === 'name';
}

/**
 * The first mention of the actor the article names most often outside the speaker's side, or null.
 * A person of whom neither text nor knowledge tells a side is taken to be of the state the article
 * is plainly about (a senator in a story about one country's budget, an official of "the South's
 * trade ministry"): their other side is whom the article sets against that state, not the state.
 */
export function counterpartOf(view: ArticleView, source: number): number | null {
  // walks past the speaker's own sides only: a few steps per claim
  const own = ownNames(view, source);
  const speaker = view.mentions[source];
  const medium = speaker.conduit;
  const actors = articleActors(view);
  const home = speaker.label === 'Person' && own.size <= 1 ? actors.home : undefined;
  // the speaker's surname alone ("Odinga Rejects ..." above "Raila Odinga said") is the speaker
  const surname = speaker.label === 'Person' && speaker.kind === 'name' ? speaker.canonical.split(' ').pop() : undefined;
  return actors.ranked.find(({ side, anchor }) => !own.has(side) && side !== home && side !== surname && isNamedParty(view, anchor) && !(medium && ownToMedium(view, own, anchor)) && !sharesSide(view, source, own, anchor))?.anchor ?? null;
}

/**
 * Whether a target names a party other than the speaker's: not the speaker's own side, and not a
 * lone capitalised word that is no known person's name ("Vladivostok", "Troops").
 */
function namesAnotherParty(view: ArticleView, own: ReadonlySet<string>, source: number, target: number): boolean {
  if (view.mentions[source].conduit ? ownToMedium(view, own, target) : onOwnSide(view, own, target)) return false;
  return isNamedParty(view, target);
}

/**
 * Not a lone capitalised word that is no known person's name ("Vladivostok", "Troops", a headline's
 * 'Sham'); a lone name after an office is a person ("President Assad").
 */
export function isNamedParty(view: ArticleView, target: number): boolean {
  const m = view.mentions[target];
  const loneWord = m.label === 'Person' && m.kind === 'name' && !m.canonical.includes(' ') && m.role === undefined;
  return !loneWord || articleActors(view).nameWords.has(m.canonical) || knowledgeNameWords(view.knowledge).has(m.canonical);
}

/** Claims that name no other party (after inheritance) take the speaker's counterpart first. */
export function counterpartTargets(view: ArticleView, claims: Claim[]): void {
  for (const claim of claims) {
    const own = ownNames(view, claim.source);
    if (claim.targets.some((t) => namesAnotherParty(view, own, claim.source, t))) continue;
    const other = counterpartOf(view, claim.source);
    if (other === null) continue;
    claim.targets = [other, ...claim.targets];
    claim.targetFrom = 'other side';
  }
}
