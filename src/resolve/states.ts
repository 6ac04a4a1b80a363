// States in one article: the name a state is written by, where it is another state's alias.
import type { Mention } from '../model/types';

/**
 * "Democratic Republic of Congo ... Congo": a state written by a short name that is another state's
 * alias, not its own name, is the one state the article names by a longer name ending in those
 * words. A state's own short name stays ("Sudan" beside "South Sudan"). Linear in the state mentions.
 */
export function longerStateName(mentions: readonly Mention[], m: Mention): string | null {
  if (m.surface === m.canonical || m.weak) return null;
  const longer = new Set(mentions.filter((o) => o.label === 'State' && o.canonical !== m.canonical && o.surface.endsWith(` ${m.surface}`)).map((o) => o.canonical));
  return longer.size === 1 ? [...longer][0] : null;
}
