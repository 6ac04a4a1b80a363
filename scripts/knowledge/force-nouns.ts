// The act a CAMEO 13 THREATEN pattern names by its object, for scripts/knowledge/derive-force-acts.ts
// (kept apart from that script, which writes its file when run, so that tests can import it).

/** Words that end the head of a pattern's object ("action against", "threat of offensive"). */
const PREPOSITIONS = new Set(['against', 'of', 'for', 'in', 'at', 'by', 'to', 'on', 'before', 'with', 'into', 'toward', 'if', 'off', 'away', 'up']);

/** The synsets an object may use: the kinds of fighting, and the military by its first name. */
const SPELLED_SYNSETS = new Set(['&fight', '&military']);

/**
 * The act a CAMEO 13 pattern names by its object ("* OFFENSIVE", "* {CROSS-BORDER ATTACKS}",
 * "* &MILITARY ACTION"): the words after the verb up to the first preposition, synsets spelled
 * out (&FIGHT: each member; &MILITARY: its first, "military"; objects with other synsets are
 * left out). Empty when the object is no noun.
 */
export function patternObjects(text: string, synsets: Map<string, string[]>): string[] {
  const words = text.replace(/[{}()]/g, ' ').trim().split(/\s+/);
  if (words[0] !== '*') return [];
  const head: string[] = [];
  for (const word of words.slice(1)) {
    const lower = word.toLowerCase();
    if (PREPOSITIONS.has(lower) || /^[$+%^]/.test(word)) break;
    head.push(lower);
  }
  if (head.length === 0 || head.length > 3) return [];
  const expanded: string[][] = [[]];
  for (const word of head) {
    if (word.startsWith('&') && !SPELLED_SYNSETS.has(word)) return []; // "&WEAPON ATTACK": a hundred weapons, no new act
    const members = word.startsWith('&') ? (synsets.get(word.toUpperCase()) ?? []).map((m) => m.toLowerCase().replace(/_/g, ' ')) : [word];
    const chosen = word === '&military' ? members.slice(0, 1) : members;
    if (chosen.length === 0) return [];
    const next = expanded.flatMap((prefix) => chosen.map((m) => [...prefix, m]));
    expanded.splice(0, expanded.length, ...next);
  }
  return expanded.map((phrase) => phrase.join(' ')).filter((phrase) => /^[a-z][a-z' -]*$/.test(phrase));
}
