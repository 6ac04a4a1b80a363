// One node per organisation within an article: a shortened name ("the Electoral Board") or an
// acronym ("IEBC") joins the one fuller name the article gives that body ("Independent Electoral
// and Boundaries Commission"). Only where exactly one fuller name fits: two candidates say nothing.
import type { ArticleExtraction, Mention } from '../model/types';
import { beforeOf, isAppositionGap, isListGap } from '../lang/en/phrases';
import type { Knowledge, LexiconKind } from '../knowledge';
import { tokenizeForLexicon } from '../nlp';

const NAME_WORD = /[\p{L}\p{N}'’&-]+/gu;

function words(name: string): string[] {
  return (name.match(NAME_WORD) ?? []).map((w) => w.toLowerCase());
}

/** The capitalised words' initials: "Independent Electoral and Boundaries Commission" -> IEBC. */
export function initials(name: string): string {
  return (name.match(NAME_WORD) ?? []).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toUpperCase()).join('');
}

export function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name);
}

/** `short` is a run of `full`'s words, at least two words long ("Electoral Board" of "National Electoral Board of Kenya"). */
function isShortFormOf(short: string, full: string): boolean {
  const s = words(short);
  const f = words(full);
  if (s.length < 2 || s.length >= f.length) return false;
  const same = (offset: number): boolean => s.every((w, i) => f[offset + i] === w);
  for (let offset = 0; offset + s.length <= f.length; offset++) if (same(offset)) return true;
  return false;
}

/** `part`'s words are a run of `whole`'s words (any length): "Halvorsen" of "Halvorsen Marine", "Norpress" of "Nordic Agency Norpress". */
export function isRunOf(part: string, whole: string): boolean {
  const p = words(part);
  const w = words(whole);
  if (p.length === 0 || p.length > w.length) return false;
  for (let offset = 0; offset + p.length <= w.length; offset++) if (p.every((x, i) => w[offset + i] === x)) return true;
  return false;
}

/** An acronym spells the name, or the part before "of" ("NEBK": National Electoral Board of Kenya). */
function spells(acronym: string, full: string): boolean {
  return initials(full) === acronym || initials(beforeOf(full)) === acronym;
}


/**
 * "the Intergovernmental Authority on Development (IGAD)", "FARC, Revolutionary Armed Forces of
 * Colombia rebels": an acronym written right beside a longer organisation name is that body's,
 * whatever the letters spell (translations, older names); not two names of a list ("the EU
 * Commission, NATO, Canada and Japan": another name follows after a comma). Linear: neighbours only.
 */
function apposedAcronyms(mentions: Mention[], text: string): Map<string, string> {
  const pairs = new Map<string, Set<string>>();
  const orgs = mentions.filter((m) => m.label === 'Organization' && !m.weak && m.canonical);
  const next = new Map(mentions.slice(0, -1).map((m, k) => [m, mentions[k + 1]]));
  for (let i = 0; i + 1 < orgs.length; i++) {
    const [a, b] = [orgs[i], orgs[i + 1]];
    if (a.sentence !== b.sentence || isAcronym(a.canonical) === isAcronym(b.canonical) || !isAppositionGap(text.slice(a.end, b.start))) continue;
    const after = next.get(b);
    if (after && after.sentence === b.sentence && isListGap(text.slice(b.end, after.start))) continue;
    const [acronym, full] = isAcronym(a.canonical) ? [a.canonical, b.canonical] : [b.canonical, a.canonical];
    pairs.set(acronym, (pairs.get(acronym) ?? new Set()).add(full));
  }
  return new Map([...pairs].filter(([, fulls]) => fulls.size === 1).map(([acronym, fulls]) => [acronym, [...fulls][0]]));
}

/**
 * Organisation name -> the fuller name of the same body in this article, where there is exactly one.
 * A body knowledge names on its own ("United Nations") is never a short form of another
 * ("United Nations Security Council").
 */
export function fullerOrganizationNames(mentions: Mention[], text = '', knownBody: (name: string) => boolean = () => false, stateNamed: (written: string) => string | undefined = () => undefined): Map<string, string> {
  const names = [...new Set(mentions.filter((m) => m.label === 'Organization' && !m.weak && m.canonical).map((m) => m.canonical))];
  const fuller = apposedAcronyms(mentions, text);
  for (const name of names) {
    if (fuller.has(name) || knownBody(name)) continue;
    const candidates = names.filter((other) => other !== name && (isAcronym(name) ? spells(name, other) : isShortFormOf(name, other)));
    // the fullest form: candidates that are themselves short forms of another candidate give way
    const longest = candidates.filter((c) => !candidates.some((o) => o !== c && isShortFormOf(c, o)));
    if (longest.length === 1) fuller.set(name, longest[0]);
  }
  for (const [name, full] of stateWrittenInFull(names, stateNamed)) if (!fuller.has(name)) fuller.set(name, full);
  return fuller;
}

/**
 * "U.S. Navy" beside "United States Navy": a name that opens with another spelling of a state
 * ("U.S.", knowledge's) is the name that opens with the state's own name, where the article has both.
 */
function stateWrittenInFull(names: string[], stateNamed: (written: string) => string | undefined): Map<string, string> {
  const known = new Set(names);
  const out = new Map<string, string>();
  for (const name of names) {
    const space = name.indexOf(' ');
    const state = space > 0 ? stateNamed(name.slice(0, space)) : undefined;
    const full = state === undefined ? undefined : `${state}${name.slice(space)}`;
    if (full !== undefined && known.has(full)) out.set(name, full);
  }
  return out;
}

/** An article's fullerOrganizationNames, with knowledge's own bodies never short forms of another. */
export function articleFullerNames(x: Pick<ArticleExtraction, 'mentions' | 'article'>, knowledge: Pick<Knowledge, 'names'>): Map<string, string> {
  return fullerOrganizationNames(x.mentions, x.article.text, (name) => knownOrganization(knowledge, name), (written) => knownState(knowledge, written));
}

/** The state knowledge names by exactly these words ("U.S." -> United States), if any. */
function knownState(knowledge: Pick<Knowledge, 'names'>, written: string): string | undefined {
  let node: Knowledge['names'] | undefined = knowledge.names;
  for (const word of tokenizeForLexicon(written)) node = node?.next.get(word);
  return node?.entries.find((e) => e.label === 'State')?.canonical;
}

/** Does knowledge name a body (of this kind: 'bloc') by exactly this name (its canonical name, not an alias of another)? */
export function knownOrganization(knowledge: Pick<Knowledge, 'names'>, name: string, kind?: LexiconKind): boolean {
  let node: Knowledge['names'] | undefined = knowledge.names;
  for (const word of tokenizeForLexicon(name)) node = node?.next.get(word);
  return node?.entries.some((e) => e.label === 'Organization' && e.canonical === name && (kind === undefined || e.kind === kind)) ?? false;
}
