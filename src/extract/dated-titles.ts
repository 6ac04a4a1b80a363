// A title that stands for a person in a dated article, resolved to whoever held that office then
// (knowledge/en/offices.json and the Phoenix dictionaries, by date):
// - "the British prime minister" in a 2019 article is the prime minister of 2019, not today's;
// - a bare "The Prime Minister said", in an article that is plainly about one state's government
//   (it names that state far more than any other whose prime minister it does not name), is that
//   state's prime minister on the article's date ("PM meeting with Japanese Prime Minister X:
//   5 May 2022 ... The Prime Minister hosted ..." is the British prime minister of that day).
// The title stays a title: it is never made an alias of the person across the corpus (resolve).
import type { Mention, Sentence } from '../model/types';
import type { Knowledge } from './knowledge';
import { holderOfTitle } from '../knowledge/derived/office-index';
import { officeIndex } from '../knowledge/derived/office-lookup';

/** How many times more often the article must name its own state than any other candidate. */
const HOME_STATE_MARGIN = 2;
const HOME_STATE_MIN_MENTIONS = 2;

export function nameDatedTitleHolders(mentions: Mention[], date: string | null, knowledge: Knowledge): void {
  if (!date) return;
  // each computed once per article, so that many titles in one article stay linear
  const named = namedHolders(mentions);
  const homeStates = new Map<string, string | undefined>();
  for (const m of mentions) {
    if (m.label !== 'Person' || m.kind !== 'title' || m.counterpart || !m.role || !knowledge.uniqueOffices.has(m.role)) continue;
    if (m.roleOf && named.has(holderKey(m.role, m.roleOf))) continue; // the article says who
    if (!m.roleOf && m.canonical) continue;
    const role = m.role;
    if (!m.roleOf && !homeStates.has(role)) homeStates.set(role, homeState(mentions, role));
    const state = m.roleOf ?? homeStates.get(role);
    if (!state) continue;
    const held = holderOfTitle(officeIndex(knowledge), role, state, date);
    if (!held) continue;
    m.canonical = held.holder.name;
    m.roleOf = state;
  }
}

const holderKey = (role: string, state: string): string => `${role}\u0000${state}`;

/** The offices whose holder the article names ("Prime Minister Ama Boateng of Ghana"), as role and state. */
function namedHolders(mentions: Mention[]): Set<string> {
  const out = new Set<string>();
  for (const o of mentions) if (o.label === 'Person' && o.kind === 'name' && o.role && o.roleOf) out.add(holderKey(o.role, o.roleOf));
  return out;
}

/**
 * The state whose government the article speaks of, for a title that names none: the state it
 * names most (as an actor, not as an adjective), by a clear margin, among those whose holder of
 * this office the article does not name.
 */
export function homeState(mentions: Mention[], role: string): string | undefined {
  const counts = new Map<string, number>();
  const excluded = new Set(mentions.filter((o) => o.label === 'Person' && o.kind === 'name' && o.role === role && o.roleOf).map((o) => o.roleOf as string));
  for (const o of mentions) if (o.label === 'State' && !o.weak && o.qualifies === undefined && !excluded.has(o.canonical)) counts.set(o.canonical, (counts.get(o.canonical) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < HOME_STATE_MIN_MENTIONS) return undefined;
  if (second && first[1] < HOME_STATE_MARGIN * second[1]) return undefined;
  return first[0];
}

/** How many words a second title may have: "and OSCE Chairman-in-Office", "and Minister of Foreign Affairs". */
const JOINT_TITLE_REACH = 8;

/**
 * "Czech Foreign Minister and Council of Europe Chair Pavel Dvorak": titles joined by "and" (or
 * by hyphens) before one name are that person's, whoever else knowledge or the date says held the
 * first. Not when the name comes with its own title ("the French president and German Chancellor
 * Olaf Scholz": two people), nor across a state. Runs after the title holders are named, and wins.
 */
export function nameJointTitleHolders(mentions: Mention[], sentences: Sentence[], knowledge: Knowledge): void {
  const words = knowledge.functionWords;
  mentions.forEach((m, i) => {
    if (m.label !== 'Person' || m.kind !== 'title' || !m.roleOf) return;
    const { tokens } = sentences[m.sentence];
    const after = m.tokens[1] + 1;
    const from = tokens[after]?.normal === 'and' ? after + 1 : after;
    const hyphenated = (k: number): boolean => tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-';
    const titleWord = (k: number): boolean =>
      /^\p{Lu}/u.test(tokens[k].text) || tokens[k].text === '-' || hyphenated(k) || words.affiliationPrepositions.has(tokens[k].normal) || words.definiteDeterminers.has(tokens[k].normal);
    for (let j = i + 1; j < mentions.length && mentions[j].sentence === m.sentence; j++) {
      const next = mentions[j];
      if (next.tokens[0] - from > JOINT_TITLE_REACH || next.label === 'State' || next.label === 'Location') return;
      if (next.label !== 'Person' || next.kind !== 'name') continue;
      let k = from;
      while (k < next.tokens[0] && titleWord(k)) k++;
      if (k === next.tokens[0] && next.canonical.includes(' ') && !next.role && !next.roleOf) m.canonical = next.canonical;
      return;
    }
  });
}
