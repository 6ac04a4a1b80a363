// Bodies named after their state: "Russian Defense Ministry", "Saudi Press Agency".
import { longestMatch } from '../lexicon-match';
import { type Draft, type SentenceContext, draft, fromEntry } from './context';
import { capitalisedRun, hasOrgWord, mediaName, type Run } from './runs';
import { isPossessive } from '../../lang/en/morphology';

/** "Russian Defense Ministry", "the Russian MOD", "Russia's Security Council". */
export function stateBody(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const qualifier = longestMatch(tokens, i, ctx.knowledge.names);
  if (!qualifier) return null;
  const entry = qualifier.entries.find((e) => e.kind === 'demonym' || e.kind === 'state');
  if (!entry?.state) return null;
  let j = qualifier.last + 1;
  if (isPossessive(tokens[j])) j++;
  const head = longestMatch(tokens, j, ctx.knowledge.orgHeads, true); // "Iran's foreign ministry" as well
  if (!head) return null;
  const demonym = ctx.knowledge.demonymFor.get(entry.state) ?? entry.state;
  // "told Iranian state television that ...": a state's broadcaster relays words, as a named outlet does
  const conduit = mediaName(ctx, tokens.slice(j, head.last + 1)) || undefined;
  return [draft(ctx, i, head.last, { label: 'Organization', kind: 'name', canonical: `${demonym} ${head.entries[0].canonical}`, roleOf: entry.state, conduit })];
}

/** "Saudi Press Agency", "Israel Defense Forces": a state's name or adjective leading an organisation's name. */
export function namedBody(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const qualifier = longestMatch(tokens, i, ctx.knowledge.names);
  const entry = qualifier?.entries.find((e) => ['demonym', 'state', 'capital'].includes(e.kind) && e.label === 'State');
  if (!qualifier || !entry || ctx.headline) return null;
  const possessive = isPossessive(tokens[qualifier.last + 1]);
  // "Moscow's Lefortovo Court" is the state's; "the Lusaka Freedom Party" is only named after the city
  const cityName = entry.kind === 'capital' && !possessive;
  const run = capitalisedRun(ctx, qualifier.last + (possessive ? 2 : 1));
  if (!run || run.skip > 0 || !hasOrgWord(ctx, tokens.slice(run.first, run.last + 1))) return null;
  // "the Syrian Government", "the Iranian Regime": the state acting, as "the Syrian government" is (a name such as "UK Government" stays a body)
  if (entry.kind === 'demonym' && run.first === run.last && ctx.knowledge.functionWords.governmentWords.has(tokens[run.first].normal)) return [fromEntry(ctx, i, run.last, entry, 'metonym')];
  // "Saudi Press Agency" is the whole name; in "Turkey's Directorate of Communications" the state only owns it
  const nameStart = possessive ? tokens[run.first].start : tokens[i].start;
  const text = ctx.sentence.text.slice(nameStart - ctx.sentence.start, tokens[run.last].end - ctx.sentence.start);
  const conduit = mediaName(ctx, tokens.slice(run.first, run.last + 1)) || undefined;
  return [draft(ctx, i, run.last, { label: 'Organization', kind: 'name', canonical: text, roleOf: cityName ? undefined : entry.state, conduit })];
}

/**
 * "the Ministry of National Defense of the People's Republic of China", "the Ministry of Foreign
 * Affairs of Ukraine": a body named with its state after "of" is that state's, and is named as
 * "Chinese Ministry of National Defense" is, so that both ways of writing it make one node.
 */
export function bodyOfState(ctx: SentenceContext, run: Run): Draft | null {
  const { tokens } = ctx.sentence;
  for (let k = run.last - 1; k > run.first; k--) {
    if (tokens[k].normal !== 'of') continue;
    const start = tokens[k + 1]?.normal === 'the' ? k + 2 : k + 1;
    const match = longestMatch(tokens, start, ctx.knowledge.names);
    const state = match?.last === run.last ? match.entries.find((e) => e.kind === 'state' && e.label === 'State') : undefined;
    // a state's organ as organization-patterns.json heads open ("Ministry of ...", "Foreign Office"), not any body of the country ("Electoral Commission of Zambia")
    if (!state || !hasOrgWord(ctx, tokens.slice(run.first, k)) || !ctx.knowledge.orgHeads.next.has(tokens[run.first].normal)) return null;
    // the head as stateBody names it ("Ministry of Foreign Affairs" -> "Foreign Ministry"), where knowledge has it
    const known = longestMatch(tokens, run.first, ctx.knowledge.orgHeads, true);
    const head = known?.last === k - 1 ? known.entries[0].canonical : ctx.sentence.text.slice(tokens[run.first].start - ctx.sentence.start, tokens[k - 1].end - ctx.sentence.start);
    const demonym = ctx.knowledge.demonymFor.get(state.canonical) ?? state.canonical;
    return draft(ctx, run.first, run.last, { label: 'Organization', kind: 'name', canonical: `${demonym} ${head}`, roleOf: state.canonical });
  }
  return null;
}
