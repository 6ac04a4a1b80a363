// Mentions of actors in one sentence: known names (lexicon), bodies named after their state
// ("Russian Defense Ministry"), titles with or without a name ("French President Emmanuel Macron",
// "the Russian president"), appositions, and unknown capitalised names.
import type { EntityLabel, Mention, Sentence, Token } from '../model/types';
import type { Knowledge, LexiconEntry } from './knowledge';
import { longestMatch } from './lexicon-match';
import { derivedKnowledge } from '../knowledge/derived/load';

type Draft = Omit<Mention, 'surface'>;

const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their']);
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'de', 'bin', 'al', 'da', 'di', 'du', 'la', 'le', 'el', 'ibn', 'abu', 'i']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'visiting', 'toward', 'towards', 'outside', 'around', 'across', 'via', 'inside', 'through', 'over', 'beyond', 'reached', 'arrived', 'left', 'visited']);
const HEADLINE_MIN_WORDS = 5;
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'on']);
const GOVERNMENT_WORDS = new Set(['regime', 'government', 'leadership', 'authorities', 'officials', 'administration', 'rulers', 'junta']);

export interface SentenceContext {
  sentence: Sentence;
  knowledge: Knowledge;
  /** The whole sentence is written in Title Case (a headline): only known names count. */
  headline: boolean;
}

/** Asked of nearly every token: ASCII letters answered without the Unicode regex. */
const isCapitalised = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};
const isWordy = (t: Token): boolean => /\p{L}/u.test(t.text);

/**
 * Title-case headlines capitalise every word, so capitals say nothing about names there. A
 * sentence full of names ("Russian President Vladimir Putin met Xi Jinping") is not one: a
 * headline also capitalises its verbs and small words ("Russia Warns France ... To Have").
 */
export function isHeadline(tokens: Token[], knowledge: Knowledge): boolean {
  let known = headlines.get(knowledge);
  if (!known) headlines.set(knowledge, (known = new WeakMap()));
  let headline = known.get(tokens);
  if (headline === undefined) known.set(tokens, (headline = computeIsHeadline(tokens, knowledge)));
  return headline;
}

// Asked once per sentence for its mentions and again at every capitalised verb of saying.
const headlines = new WeakMap<Knowledge, WeakMap<Token[], boolean>>();

function computeIsHeadline(tokens: Token[], knowledge: Knowledge): boolean {
  const words = tokens.filter((t) => isWordy(t) && !['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'at', 'by', 'with'].includes(t.normal));
  if (words.length < HEADLINE_MIN_WORDS) return false;
  const capitalised = words.filter(isCapitalised).length;
  const capitalisedFunctionWord = tokens.some((t, i) => i > 0 && isCapitalised(t) && (['VERB', 'AUX', 'ADP', 'PART', 'ADV', 'SCONJ'].includes(t.pos) || knowledge.nonNames.has(t.normal)) && !knowledge.months.has(t.normal) && !knowledge.days.has(t.normal));
  return capitalised / words.length >= 0.8 && capitalisedFunctionWord;
}

/** All mentions in one sentence, left to right, without overlaps. */
export function findMentions(ctx: SentenceContext): Draft[] {
  const { tokens } = ctx.sentence;
  const drafts: Draft[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!canStartMention(ctx, tokens[i])) {
      i++;
      continue;
    }
    const found = titledPerson(ctx, i) ?? stateBody(ctx, i) ?? namedBody(ctx, i) ?? known(ctx, i) ?? unknownName(ctx, i);
    if (found && found.length > 0) {
      const base = drafts.length;
      for (const d of found) drafts.push(d.qualifies !== undefined ? { ...d, qualifies: base + d.qualifies } : d);
      i = Math.max(...found.map((d) => d.tokens[1])) + 1;
    } else if (found) {
      // a rejected name ("the Vela Star", "talks in Doha") is skipped whole, not word by word
      i = Math.max(longestMatch(tokens, i, ctx.knowledge.names)?.last ?? i, capitalisedRun(ctx, i)?.last ?? i) + 1;
    } else {
      i++;
    }
  }
  return attachAppositions(ctx, drafts);
}

/**
 * Every kind of mention starts with a determiner, a word of a known name or title, an honorific or
 * a capital letter; most tokens are none of these and are passed over without trying each kind.
 */
function canStartMention(ctx: SentenceContext, t: Token): boolean {
  const k = ctx.knowledge;
  return isCapitalised(t) || DETERMINERS.has(t.normal) || k.names.next.has(t.normal) || k.roles.next.has(t.normal) || k.honorifics.has(t.normal.endsWith('.') ? t.normal.slice(0, -1) : t.normal);
}

/**
 * Every draft has the same fields in the same order (absent ones undefined): mentions are read
 * everywhere in claims and resolution, and one object shape keeps those reads fast.
 */
function draft(ctx: SentenceContext, first: number, last: number, f: Omit<Draft, 'start' | 'end' | 'sentence' | 'tokens'>): Draft {
  const { tokens, index } = ctx.sentence;
  return {
    label: f.label, kind: f.kind, canonical: f.canonical, sentence: index, tokens: [first, last], start: tokens[first].start, end: tokens[last].end,
    role: f.role, roleOf: f.roleOf, title: f.title, phraseStart: f.phraseStart, qualifies: f.qualifies,
    conduit: f.conduit, counterpart: f.counterpart, weak: f.weak, gender: f.gender,
  };
}

function fromEntry(ctx: SentenceContext, first: number, last: number, entry: LexiconEntry, kind: Draft['kind']): Draft {
  const target = entry.kind === 'demonym' || entry.kind === 'plural' || entry.kind === 'capital' ? (entry.state ?? entry.canonical) : entry.canonical;
  // an organ of a state speaks for it: the Kremlin for Russia
  const roleOf = entry.kind === 'organization' ? entry.state : entry.roleOf;
  return draft(ctx, first, last, { label: entry.label, kind, canonical: target, conduit: entry.conduit, role: entry.role, roleOf, gender: entry.gender });
}

// ---------------------------------------------------------------- known names

function known(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const match = longestMatch(tokens, i, ctx.knowledge.names);
  if (!match) return null;
  const entry = pickEntry(match.entries);
  switch (entry.kind) {
    case 'capital':
      return capitalAsActor(tokens, i, match.last) ? [fromEntry(ctx, i, match.last, entry, 'metonym')] : [];
    case 'demonym':
      return demonymsAsActors(ctx, i, match.last, entry);
    case 'plural':
      return [fromEntry(ctx, i, match.last, entry, 'demonym')];
    default:
      return [fromEntry(ctx, i, match.last, entry, 'name')];
  }
}

/** A phrase may be both a demonym and a plural ("the French"): prefer the specific reading. */
function pickEntry(entries: LexiconEntry[]): LexiconEntry {
  const order = ['person', 'organization', 'bloc', 'state', 'capital', 'plural', 'demonym'];
  return [...entries].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
}

/** "talks in Moscow" and "the Paris meeting" are places; "Moscow said" and "for Paris" are the state. */
function capitalAsActor(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // "the regime in Tehran", "the government in Kyiv": the capital names who rules there
  if (before?.normal === 'in' && GOVERNMENT_WORDS.has(tokens[first - 2]?.normal ?? '')) return true;
  if (before && PLACE_PREPOSITIONS.has(before.normal)) return false;
  if (before && before.normal === 'the') return false;
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN') && after.normal !== "'s") return false;
  return true;
}

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

// ---------------------------------------------------------------- bodies named after a state

/** "Russian Defense Ministry", "the Russian MOD", "Russia's Security Council". */
function stateBody(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const qualifier = longestMatch(tokens, i, ctx.knowledge.names);
  if (!qualifier) return null;
  const entry = qualifier.entries.find((e) => e.kind === 'demonym' || e.kind === 'state');
  if (!entry?.state) return null;
  let j = qualifier.last + 1;
  if (tokens[j]?.normal === "'s") j++;
  const head = longestMatch(tokens, j, ctx.knowledge.orgHeads, true); // "Iran's foreign ministry" as well
  if (!head) return null;
  const demonym = ctx.knowledge.demonymFor.get(entry.state) ?? entry.state;
  return [draft(ctx, i, head.last, { label: 'Organization', kind: 'name', canonical: `${demonym} ${head.entries[0].canonical}`, roleOf: entry.state })];
}

/** "Saudi Press Agency", "Israel Defense Forces": a state's name or adjective leading an organisation's name. */
function namedBody(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const qualifier = longestMatch(tokens, i, ctx.knowledge.names);
  const entry = qualifier?.entries.find((e) => ['demonym', 'state', 'capital'].includes(e.kind) && e.label === 'State');
  if (!qualifier || !entry || ctx.headline) return null;
  const possessive = tokens[qualifier.last + 1]?.normal === "'s";
  if (entry.kind === 'capital' && !possessive) return null;
  const run = capitalisedRun(ctx, qualifier.last + (possessive ? 2 : 1));
  if (!run || run.skip > 0 || !hasOrgWord(ctx, tokens.slice(run.first, run.last + 1))) return null;
  // "Saudi Press Agency" is the whole name; in "Turkey's Directorate of Communications" the state only owns it
  const nameStart = possessive ? tokens[run.first].start : tokens[i].start;
  const text = ctx.sentence.text.slice(nameStart - ctx.sentence.start, tokens[run.last].end - ctx.sentence.start);
  const conduit = mediaName(ctx, tokens.slice(run.first, run.last + 1)) || undefined;
  return [draft(ctx, i, run.last, { label: 'Organization', kind: 'name', canonical: text, roleOf: entry.state, conduit })];
}

// ---------------------------------------------------------------- titles

interface Title {
  first: number;
  last: number;
  role: string;
  qualifier?: Draft;
  hasDeterminer: boolean;
  possessive: boolean;
}

/** [the|his] [Russian|Kremlin|Russia's] <role> [of|for <body>] — the title part of a person mention. */
function parseTitle(ctx: SentenceContext, i: number): Title | null {
  const { tokens } = ctx.sentence;
  let j = i;
  const hasDeterminer = DETERMINERS.has(tokens[j]?.normal ?? '');
  const possessive = ['his', 'her', 'their'].includes(tokens[j]?.normal ?? '');
  if (hasDeterminer) j++;
  let qualifier: Draft | undefined;
  const body = stateBody(ctx, j);
  const qualifierMatch = body ? null : longestMatch(tokens, j, ctx.knowledge.names);
  if (body) {
    qualifier = body[0];
    j = body[0].tokens[1] + 1;
  } else if (qualifierMatch) {
    const entry = pickQualifier(qualifierMatch.entries);
    if (entry) {
      qualifier = fromEntry(ctx, j, qualifierMatch.last, entry, entry.kind === 'demonym' ? 'demonym' : 'name');
      j = qualifierMatch.last + 1;
      if (tokens[j]?.normal === "'s") j++;
    }
  }
  const role = longestMatch(tokens, j, ctx.knowledge.roles);
  if (!role) return null;
  let last = role.last;
  const title: Title = { first: i, last, role: role.entries[0].canonical, qualifier, hasDeterminer, possessive };
  const complement = roleComplement(ctx, last + 1);
  if (complement) {
    title.qualifier = complement;
    last = complement.tokens[1];
  }
  title.last = last;
  return title;
}

function pickQualifier(entries: LexiconEntry[]): LexiconEntry | undefined {
  return entries.find((e) => ['demonym', 'state', 'organization', 'bloc'].includes(e.kind)) ?? entries.find((e) => e.kind === 'capital');
}

/** "of the Russian Security Council", "for the Kremlin", "for Donald Trump". */
function roleComplement(ctx: SentenceContext, j: number): Draft | null {
  const { tokens } = ctx.sentence;
  if (!['of', 'for'].includes(tokens[j]?.normal ?? '')) return null;
  let k = j + 1;
  if (tokens[k]?.normal === 'the') k++;
  const body = stateBody(ctx, k);
  if (body) return body[0];
  const match = longestMatch(tokens, k, ctx.knowledge.names);
  if (!match) return null;
  const entry = pickEntry(match.entries);
  if (entry.kind === 'demonym' || entry.kind === 'plural') return null;
  return fromEntry(ctx, k, match.last, entry, 'name');
}

/** A title followed by a name, or standing alone for a person ("the Russian president"). */
function titledPerson(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const title = parseTitle(ctx, i);
  if (!title) return null;
  const titleText = ctx.sentence.text.slice(tokens[title.first].start - ctx.sentence.start, tokens[title.last].end - ctx.sentence.start);
  const roleOf = title.qualifier?.canonical;
  const qualifierDrafts: Draft[] = title.qualifier && title.qualifier.label !== 'Person' ? [{ ...title.qualifier, qualifies: 1 }] : [];
  const withQualifier = (person: Draft): Draft[] => (qualifierDrafts.length ? [qualifierDrafts[0], person] : [person]);

  const name = nameAt(ctx, title.last + 1);
  if (name) {
    return withQualifier({ ...name, role: title.role, roleOf: roleOf ?? name.roleOf, title: titleText, phraseStart: title.first });
  }
  const apposed = tokens[title.last + 1]?.normal === ',' ? nameAt(ctx, title.last + 2) : null;
  // "his French counterpart, Sebastien Lecornu," — but not "talks with his counterpart, Lavrov said"
  const closesApposition = (t: Token | undefined): boolean => !t || /^[,.;:)"”’]$/.test(t.text);
  if (apposed && (title.hasDeterminer || title.qualifier) && closesApposition(tokens[apposed.tokens[1] + 1])) {
    return withQualifier({ ...apposed, role: title.role, roleOf: roleOf ?? apposed.roleOf, title: titleText, counterpart: title.role === 'counterpart' || undefined, phraseStart: title.first });
  }
  if (!title.hasDeterminer && !title.qualifier) return null;
  if (!title.hasDeterminer && ctx.headline) return null;
  const only = draft(ctx, title.first, title.last, {
    label: 'Person', kind: 'title', canonical: '', role: title.role, roleOf, title: titleText,
    counterpart: title.role === 'counterpart' || undefined,
  });
  return withQualifier(only);
}

// ---------------------------------------------------------------- names

/** A person's or body's name starting at token i: a known one, or a run of capitalised words. */
function nameAt(ctx: SentenceContext, i: number): Draft | null {
  const { tokens } = ctx.sentence;
  if (!tokens[i]) return null;
  const match = longestMatch(tokens, i, ctx.knowledge.names);
  if (match) {
    const entry = pickEntry(match.entries);
    if (entry.kind === 'person') return fromEntry(ctx, i, match.last, entry, 'name');
    // after a title, "Israel Katz" or "Jordan Bardella" is a person whose first name is a country's
    const surname = match.last === i && /^\p{Lu}\p{Ll}/u.test(tokens[i].text) ? capitalisedRun(ctx, i + 1) : null;
    if (!surname || longestMatch(tokens, i + 1, ctx.knowledge.names) || ctx.headline) return null;
    const text = ctx.sentence.text.slice(tokens[i].start - ctx.sentence.start, tokens[surname.last].end - ctx.sentence.start);
    return draft(ctx, i, surname.last, { label: 'Person', kind: 'name', canonical: text });
  }
  const run = capitalisedRun(ctx, i);
  if (!run || ctx.headline) return null;
  const { tokens: all } = ctx.sentence;
  if (classifyName(ctx, all.slice(run.first, run.last + 1), all[run.first - 1], all[run.last + 1]) !== 'Person') return null;
  return draft(ctx, run.first, run.last, { label: 'Person', kind: 'name', canonical: run.text });
}

interface Run {
  first: number;
  last: number;
  text: string;
  /** Characters to skip at the start: a dateline glued to the name ("BarcelonaVladimir"). */
  skip: number;
}

function nameToken(ctx: SentenceContext, i: number): boolean {
  const t = ctx.sentence.tokens[i];
  if (!t || !isCapitalised(t) || !/^\p{L}[\p{L}'’.]+$/u.test(t.text)) return false; // one letter is no name ("on X")
  if (/^\p{Lu}{2,}$/u.test(t.text)) return false; // "SHOCK OFFER", "BRUSSELS": shouting and datelines; known acronyms come from the lexicon
  const previous = ctx.sentence.tokens[i - 1];
  const opensClause = i === 0 || (previous !== undefined && /^["“‘'(:]$/.test(previous.text));
  if (ctx.knowledge.nonNames.has(t.normal) && !(/^\p{Ll}/u.test(previous?.text ?? '') && isSurnameAfter(ctx, i))) return false; // "spokesperson He Yongqian"
  if (longestMatch(ctx.sentence.tokens, i, ctx.knowledge.roles)) return false;
  if (opensClause && t.pos !== 'PROPN') return false;
  if (/^[-‐]$/.test(ctx.sentence.tokens[i + 1]?.text ?? '') && !nameTokenAfterHyphen(ctx, i)) return false; // "Twenty-six", "Swiss-hosted"
  return true;
}

/** A capitalised word right after, that is itself no function word: "He" in "He Yongqian". */
function isSurnameAfter(ctx: SentenceContext, i: number): boolean {
  const next = ctx.sentence.tokens[i + 1];
  return !!next && next.pos === 'PROPN' && isCapitalised(next) && next.start > ctx.sentence.tokens[i].end && !ctx.knowledge.nonNames.has(next.normal) && ctx.knowledge.pronouns.has(ctx.sentence.tokens[i].normal);
}

/** "Jean-Noël", "Choi Min-seo", "Lee Jae-myung": a hyphen glued on both sides to a letter. */
function nameTokenAfterHyphen(ctx: SentenceContext, i: number): boolean {
  const after = ctx.sentence.tokens[i + 2];
  return !!after && /^\p{Lu}/u.test(after.text) || gluedHyphenPart(ctx, i);
}

function gluedHyphenPart(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx.sentence;
  const hyphen = tokens[i + 1];
  const after = tokens[i + 2];
  return !!hyphen && !!after && hyphen.start === tokens[i].end && after.start === hyphen.end && /^\p{Ll}{2,}$/u.test(after.text) && tokens[i].pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) && isCapitalised(tokens[i - 1] ?? tokens[i]);
}

/** "Jean-Noël Barrot", "Ursula von der Leyen", "Elie Tenenbaum"; "Mr Okonkwo-Bello" without the "Mr". */
function capitalisedRun(ctx: SentenceContext, at: number): Run | null {
  const { tokens } = ctx.sentence;
  let i = at; // "Maj Gen Yasser Mansour", "Monsignor Ettore Baldassini": titles of address are no part of the name
  while (ctx.knowledge.honorifics.has(tokens[i]?.normal.replace(/\.$/, '') ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) i++;
  if (!nameToken(ctx, i)) return null;
  let last = i;
  for (;;) {
    const next = last + 1;
    const joiner = tokens[next];
    if (joiner && joiner.text === '-' && joiner.start === tokens[last].end && tokens[next + 1]?.start === joiner.end && nameToken(ctx, next + 1)) {
      last = next + 1;
    } else if (joiner && /^['’]$/.test(joiner.text) && joiner.start === tokens[last].end && /s$/.test(tokens[last].text) && nameToken(ctx, next + 1)) {
      last = next + 1; // "Workers' Party of Korea"
    } else if (joiner && joiner.text === '-' && gluedHyphenPart(ctx, last)) {
      last = next + 1; // "Min-seo"
    } else if (joiner && ORG_CONNECTORS.has(joiner.normal) && isCapitalised(tokens[next + 1] ?? joiner) && (hasOrgWord(ctx, tokens.slice(i, last + 1)) || orgWordAhead(ctx, joiner, next + 1))) {
      last = next + 1; // "National Bureau of Investigation", "Institute for Policy Studies"
      while (isCapitalised(tokens[last + 1] ?? joiner) && /^\p{L}/u.test(tokens[last + 1]?.text ?? '') && !ctx.knowledge.nonNames.has(tokens[last + 1].normal)) last++;
    } else if (joiner && NAME_PARTICLES.has(joiner.text) && nameToken(ctx, next + 1)) {
      last = next + 1;
    } else if (joiner && NAME_PARTICLES.has(joiner.text) && tokens[next + 1]?.text === '-' && tokens[next + 1].start === joiner.end && nameToken(ctx, next + 2)) {
      last = next + 2; // "Majed al-Ansari", "Abdel Fattah el-Sisi"
    } else if (nameToken(ctx, next) && !longestMatch(tokens, next, ctx.knowledge.names)?.entries.some((e) => e.kind !== 'person')) {
      last = next;
    } else {
      break;
    }
  }
  const glued = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(tokens[i].text);
  const skip = glued ? glued[1].length : 0;
  const start = tokens[i].start + skip;
  const text = ctx.sentence.text.slice(start - ctx.sentence.start, tokens[last].end - ctx.sentence.start);
  return { first: i, last, text, skip };
}

/** "Independent Electoral and Boundaries Commission": after "and", capitalised words that end in an organisation word. */
function orgWordAhead(ctx: SentenceContext, joiner: Token, from: number): boolean {
  if (joiner.normal !== 'and') return false;
  const { tokens } = ctx.sentence;
  for (let j = from; j < tokens.length && nameToken(ctx, j); j++) if (ctx.knowledge.orgWords.has(tokens[j].normal)) return true;
  return false;
}

const MEDIA_WORDS = new Set(['agency', 'news', 'press', 'times', 'post', 'journal', 'gazette', 'tribune', 'herald', 'daily', 'radio', 'television', 'tv', 'broadcaster', 'newspaper']);

/** An unknown organisation named like a news outlet relays others' words (see LexiconEntry.conduit). */
function mediaName(ctx: SentenceContext, words: Token[]): boolean {
  void ctx;
  return words.some((w) => MEDIA_WORDS.has(w.normal));
}

function hasOrgWord(ctx: SentenceContext, words: Token[]): boolean {
  return words.some((w) => ctx.knowledge.orgWords.has(w.normal.replace(/['’]$/, '')));
}

/** A capitalised name the lexicon does not know: a person, an organisation, or nothing. */
function unknownName(ctx: SentenceContext, i: number): Draft[] | null {
  if (ctx.headline) return null;
  const { tokens } = ctx.sentence;
  const run = capitalisedRun(ctx, i);
  if (!run) return null;
  const words = tokens.slice(run.first, run.last + 1);
  const governed = governmentOfState(ctx, run);
  if (governed) return [governed];
  const split = organizationThenPerson(ctx, run);
  if (split) return split;
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  const label = classifyName(ctx, words, before, after);
  if (!label) return [];
  const conduit = (label === 'Organization' && mediaName(ctx, words)) || undefined;
  const d = draft(ctx, run.first, run.last, { label, kind: 'name', canonical: run.text, conduit });
  return [{ ...d, start: d.start + run.skip }];
}

/**
 * "the Refugee Council Enver Solomon", "the Farmers Union Grace Mwangi": an organisation's name
 * ending in its organisation word, then a given name and a surname — the body and its officer.
 */
function organizationThenPerson(ctx: SentenceContext, run: Run): Draft[] | null {
  const { tokens } = ctx.sentence;
  const firstNames = derivedKnowledge().firstNames;
  for (let p = run.first + 1; p + 2 <= run.last; p++) {
    if (!ctx.knowledge.orgWords.has(tokens[p].normal) || !firstNames.has(tokens[p + 1].normal)) continue;
    if (tokens.slice(p + 1, run.last + 1).some((t) => ctx.knowledge.orgWords.has(t.normal))) return null;
    const orgText = ctx.sentence.text.slice(tokens[run.first].start + run.skip - ctx.sentence.start, tokens[p].end - ctx.sentence.start);
    const personText = ctx.sentence.text.slice(tokens[p + 1].start - ctx.sentence.start, tokens[run.last].end - ctx.sentence.start);
    const org = draft(ctx, run.first, p, { label: 'Organization', kind: 'name', canonical: orgText });
    return [{ ...org, start: org.start + run.skip }, draft(ctx, p + 1, run.last, { label: 'Person', kind: 'name', canonical: personText, roleOf: orgText })];
  }
  return null;
}

/** "the Government of Chile" is Chile itself, as "the Chilean government" is: one node per state. */
function governmentOfState(ctx: SentenceContext, run: Run): Draft | null {
  const { tokens } = ctx.sentence;
  if (!GOVERNMENT_WORDS.has(tokens[run.first].normal) || tokens[run.first + 1]?.normal !== 'of') return null;
  const start = tokens[run.first + 2]?.normal === 'the' ? run.first + 3 : run.first + 2;
  const match = longestMatch(tokens, start, ctx.knowledge.names);
  const state = match && match.last <= run.last ? match.entries.find((e) => e.kind === 'state' && e.label === 'State') : undefined;
  // the run may have run on past the state ("of Bolivia on Friday"): the mention ends with the state
  return match && state ? draft(ctx, run.first, match.last, { label: 'State', kind: 'name', canonical: state.canonical }) : null;
}

function classifyName(ctx: SentenceContext, words: Token[], before: Token | undefined, after: Token | undefined): EntityLabel | null {
  const k = ctx.knowledge;
  if (before && k.orgIntroducers.has(before.normal)) return 'Organization';
  if (hasOrgWord(ctx, words)) return words.length > 1 ? 'Organization' : null;
  if (k.placeWords.has(words[words.length - 1].normal)) return 'Location'; // "Gaza Strip", "Baltic Sea"
  if (before?.normal === 'the' && words.length > 1) return null; // "the Vela Star": a ship, a place, a thing
  if (words.some((w) => k.temporalWords.has(w.normal) || k.months.has(w.normal) || k.days.has(w.normal))) return null;
  if (k.placePrefixes.has(words[0].normal) && words.length > 1) return 'Location';
  if (k.thingWords.has(words[words.length - 1].normal)) return null; // "Geneva Agreement", "Truth Social"
  if (before && k.thingIntroducers.has(before.normal)) return null; // "the tanker Baltic Aurora"
  // A capitalised run that modifies a noun is a product or event ("Storm Shadow missiles", "Western-supplied").
  if (after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return null;
  if (after && after.text === '-' && after.start === words[words.length - 1].end) return null;
  if (before && PLACE_PREPOSITIONS.has(before.normal) && before.normal !== 'to' && after?.normal !== "'s") return 'Location';
  // Single words stay candidates: resolution keeps them only where they are a known person's surname.
  return 'Person';
}

// ---------------------------------------------------------------- appositions

/** "Medvedev, vice president of the Russian Security Council," gives Medvedev that role. */
function attachAppositions(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  const { tokens } = ctx.sentence;
  for (let m = 0; m < drafts.length; m++) {
    const person = drafts[m];
    if (person.label !== 'Person' || person.kind !== 'name' || person.role) continue;
    if (tokens[person.tokens[1] + 1]?.normal !== ',') continue;
    const title = drafts.find((d) => d.kind === 'title' && d.tokens[0] === person.tokens[1] + 2);
    if (!title) continue;
    person.role = title.role;
    person.roleOf = title.roleOf;
    person.title = title.title;
    title.canonical = person.canonical;
    title.kind = 'name';
    title.label = 'Person';
  }
  return drafts;
}
