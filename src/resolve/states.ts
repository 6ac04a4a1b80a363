// States in one article: the name a state is written by, where it is another state's alias.
import type { Mention } from '../model/types';

/**
 * "Democratic Republic of Congo ... Congo": a state written by a short name that is another state's
 * alias, not its own name, is the one state the article names by a longer name ending in those
 * words. A state's own short name stays ("Sudan" beside "South Sudan"). The article's state names
 * are gathered once (distinct surfaces, so a long article compares each alias with a handful).
 */
export function longerStateNames(mentions: readonly Mention[]): (m: Mention) => string | null {
  const written = new Map<string, string>();
  for (const o of mentions) if (o.label === 'State') written.set(o.surface, o.canonical);
  return (m) => {
    if (m.surface === m.canonical || m.weak) return null;
    const longer = new Set<string>();
    for (const [surface, canonical] of written) if (canonical !== m.canonical && surface.endsWith(` ${m.surface}`)) longer.add(canonical);
    return longer.size === 1 ? [...longer][0] : null;
  };
}
