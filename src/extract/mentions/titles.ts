// Titles with or without a name: "French President Emmanuel Macron", "the Russian president",
// "his French counterpart, Sebastien Lecornu".
import type { Token } from '../../model/types';
import type { LexiconEntry } from '../knowledge';
import { longestMatch, type TrieMatch } from '../lexicon-match';
import { type Draft, type SentenceContext, draft, fromEntry, pickEntry } from './context';
import { stateBody } from './bodies';
import { nameAt } from './names';
import { regionAdjective } from './known';
import { isIngForm, isPluralNoun, isPossessive } from '../../lang/en/morphology';
import { isDictionaryWord } from '../../lang/en/dictionary';

interface Title {
  first: number;
  last: number;
  role: string;
  qualifier?: Draft;
  hasDeterminer: boolean;
  possessive: boolean;
  /** The qualifier is a possessor ("Kyrgyzstan's interim president"). */
  possessedBy: boolean;
  /** Lower-case words between the determiner or qualifier and the role ("electoral commission"). */
  modifiers?: string[];
}

/** How many lower-case words may narrow a role outside the role phrases: "the electoral commission chairman". */
const ROLE_MODIFIERS = 2;

/**
 * "the electoral commission chairman", "Kenya's rebel commander": a role after a few lower-case
 * nouns and adjectives that no role phrase holds. Only after a determiner or a qualifier, so
 * that a lower-case run inside a clause ("peace talks chairman") is never read as a title.
 */
function narrowedRole(ctx: SentenceContext, j: number): { role: TrieMatch; modifiers: string[] } | null {
  const { tokens } = ctx.sentence;
  const words = ctx.knowledge.functionWords;
  for (let k = j; k < j + ROLE_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    // "ethnic Albanian leaders President X": a plural is a group of its own, not what narrows one role
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !/^\p{Ll}+$/u.test(t.text) || words.determiners.has(t.normal) || isPluralNoun(t)) return null;
    const role = /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') ? longestMatch(tokens, k + 1, ctx.knowledge.roles) : null;
    if (role) return { role, modifiers: tokens.slice(j, k + 1).map((w) => w.normal) };
  }
  return null;
}

/**
 * "European Competition Commissioner X", "the Trade Minister": a portfolio written in Title Case
 * before a role (capitalised common words, as titles write them), after a determiner or a
 * qualifier; the portfolio narrows the role like lower-case modifiers do.
 */
function portfolioRole(ctx: SentenceContext, j: number): { role: TrieMatch; modifiers: string[] } | null {
  const { tokens } = ctx.sentence;
  for (let k = j; k < j + ROLE_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isDictionaryWord(t.normal) || longestMatch(tokens, k, ctx.knowledge.names)) return null;
    const role = /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') ? longestMatch(tokens, k + 1, ctx.knowledge.roles) : null;
    if (role) return { role, modifiers: tokens.slice(j, k + 1).map((w) => w.normal) };
  }
  return null;
}

/** [the|his] [Russian|Kremlin|Russia's] <role> [of|for <body>] — the title part of a person mention. */
function parseTitle(ctx: SentenceContext, i: number): Title | null {
  const { tokens } = ctx.sentence;
  let j = i;
  const hasDeterminer = ctx.knowledge.functionWords.determiners.has(tokens[j]?.normal ?? '');
  const possessive = ctx.knowledge.functionWords.titlePossessives.has(tokens[j]?.normal ?? '');
  if (hasDeterminer) j++;
  let qualifier: Draft | undefined;
  let possessedBy = false;
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
      if (isPossessive(tokens[j])) {
        possessedBy = true;
        j++;
      }
    }
  }
  const direct = longestMatch(tokens, j, ctx.knowledge.roles);
  const narrowed = direct || !(hasDeterminer || qualifier) ? null : (narrowedRole(ctx, j) ?? portfolioRole(ctx, j));
  const role = direct ?? narrowed?.role;
  if (!role) return null;
  let last = role.last;
  const title: Title = { first: i, last, role: role.entries[0].canonical, qualifier, hasDeterminer, possessive, possessedBy, modifiers: narrowed?.modifiers };
  const complement = roleComplement(ctx, last + 1);
  // "the U.S. special representative for Sudan" serves the United States: when the title has its
  // state, "for <state>" names the subject (left to be read as a mention of its own), not the employer
  const keepsQualifier = qualifier !== undefined && tokens[last + 1]?.normal === 'for';
  if (complement && !keepsQualifier) {
    title.qualifier = complement;
    last = complement.tokens[1];
  }
  title.last = last;
  return title;
}

function pickQualifier(entries: LexiconEntry[]): LexiconEntry | undefined {
  return entries.find((e) => ['demonym', 'state', 'organization', 'bloc'].includes(e.kind)) ?? entries.find((e) => e.kind === 'capital');
}

/** "of the Russian Security Council", "for the Kremlin", "for Donald Trump", "from the State Department". */
function roleComplement(ctx: SentenceContext, j: number): Draft | null {
  const { tokens } = ctx.sentence;
  const words = ctx.knowledge.functionWords;
  const bodyOnly = words.bodyComplementPrepositions.has(tokens[j]?.normal ?? '');
  if (!bodyOnly && !words.roleComplementPrepositions.has(tokens[j]?.normal ?? '')) return null;
  const complement = bodyAfterPreposition(ctx, j + 1);
  return complement && bodyOnly && complement.label !== 'Organization' ? null : complement;
}

/** The state or body a preposition of a title introduces at k ("the Russian Security Council", "Donald Trump"), or null. */
function bodyAfterPreposition(ctx: SentenceContext, k: number): Draft | null {
  const { tokens } = ctx.sentence;
  if (tokens[k]?.normal === 'the') k++;
  // "president of Zimbabwe's Movement for Democratic Change": the office is the party's, not the
  // state's ("chairman of the AU's Peace and Security Council" stays the AU's: a part of the body)
  const possessor = (last: number): boolean => isPossessive(tokens[last + 1]);
  const body = stateBody(ctx, k);
  if (body) return possessor(body[0].tokens[1]) ? null : body[0];
  const match = longestMatch(tokens, k, ctx.knowledge.names);
  if (!match || regionAdjective(ctx, k, match.last)) return null; // "director for the West African bloc"
  const entry = pickEntry(match.entries);
  if (entry.kind === 'demonym' || entry.kind === 'plural' || (entry.label === 'State' && possessor(match.last))) return null;
  return fromEntry(ctx, k, match.last, entry, 'name');
}

/**
 * "the Nigerian ambassador to the United Nations, Fatima Kyari,", "the U.S. envoy for Sudan, Jane
 * Roe,": a title, the body it is posted to (a mention of its own, not the employer), and the name
 * apposed after them, which holds the title.
 */
function postedApposition(ctx: SentenceContext, title: Title): { posting: Draft; name: Draft } | null {
  const { tokens } = ctx.sentence;
  const preposition = tokens[title.last + 1]?.normal ?? '';
  const posted = ctx.knowledge.functionWords.postingPrepositions.has(preposition) || (title.qualifier !== undefined && preposition === 'for');
  if (!posted) return null;
  const posting = bodyAfterPreposition(ctx, title.last + 2);
  if (!posting || tokens[posting.tokens[1] + 1]?.normal !== ',') return null;
  const name = nameAt(ctx, posting.tokens[1] + 2);
  return name && closesApposition(tokens[name.tokens[1] + 1]) ? { posting, name } : null;
}

/** Does this token end an apposed name: a comma, a stop, a closing quote or bracket, or the sentence's end? */
function closesApposition(t: Token | undefined): boolean {
  return !t || /^[,.;:)"”’]$/.test(t.text);
}

/** A title apposed after a name (see appositions.ts): its role, the state or body it names, its text and its last token. */
export interface ApposedTitle {
  role: string;
  roleOf?: string;
  title: string;
  last: number;
}

/**
 * "Antony Blinken, Secretary of State", "Ana Ruiz, Minister of Foreign Affairs, announced": a title
 * with no determiner at `i`, closed by a comma, a stop or the sentence's end, as the signature
 * lines of government releases write it after the name; or null.
 */
export function apposedTitleAt(ctx: SentenceContext, i: number): ApposedTitle | null {
  const { tokens } = ctx.sentence;
  const title = parseTitle(ctx, i);
  if (!title || title.hasDeterminer || !closesApposition(tokens[title.last + 1])) return null;
  const text = ctx.sentence.text.slice(tokens[title.first].start - ctx.sentence.start, tokens[title.last].end - ctx.sentence.start);
  return { role: title.role, roleOf: title.qualifier?.canonical, title: text, last: title.last };
}

/** A title followed by a name, or standing alone for a person ("the Russian president"). */
export function titledPerson(ctx: SentenceContext, i: number): Draft[] | null {
  const { tokens } = ctx.sentence;
  const title = parseTitle(ctx, i);
  if (!title) return null;
  const titleText = ctx.sentence.text.slice(tokens[title.first].start - ctx.sentence.start, tokens[title.last].end - ctx.sentence.start);
  const roleOf = title.qualifier?.canonical;
  const qualifierDrafts: Draft[] = title.qualifier && title.qualifier.label !== 'Person' ? [{ ...title.qualifier, qualifies: 1 }] : [];
  const withQualifier = (person: Draft): Draft[] => (qualifierDrafts.length ? [qualifierDrafts[0], person] : [person]);

  const name = participleAfterTitle(ctx, title.last + 1) ? null : nameAt(ctx, title.last + 1);
  if (name) {
    return withQualifier({ ...name, canonical: regnalName(ctx, title.role, name), role: title.role, roleOf: roleOf ?? name.roleOf, title: titleText, roleModifiers: title.modifiers, phraseStart: title.first });
  }
  const apposed = tokens[title.last + 1]?.normal === ',' ? nameAt(ctx, title.last + 2) : null;
  // "his French counterpart, Sebastien Lecornu," — but not "talks with his counterpart, Lavrov said";
  // a title that opens the clause is the name's even where no comma closes it ("President of the
  // Commission, Ana Ruiz said:")
  const opensClause = tokens[title.first - 1]?.pos !== 'ADP' && tokens[title.first - 1]?.pos !== 'PART';
  if (apposed && (title.hasDeterminer || title.qualifier) && (closesApposition(tokens[apposed.tokens[1] + 1]) || opensClause)) {
    return withQualifier({ ...apposed, role: title.role, roleOf: roleOf ?? apposed.roleOf, title: titleText, roleModifiers: title.modifiers, counterpart: title.role === 'counterpart' || undefined, phraseStart: title.first });
  }
  const posted = title.hasDeterminer || title.qualifier ? postedApposition(ctx, title) : null;
  if (posted) {
    const holder: Draft = { ...posted.name, role: title.role, roleOf: roleOf ?? posted.name.roleOf, title: titleText, roleModifiers: title.modifiers, phraseStart: title.first };
    return qualifierDrafts.length ? [{ ...qualifierDrafts[0], qualifies: 2 }, posted.posting, holder] : [posted.posting, holder];
  }
  if (!title.hasDeterminer && !title.qualifier) return null;
  if (!title.hasDeterminer && ctx.headline) return null;
  // "a U.N. human rights expert requested": a narrowed role stands alone only after "the" or a possessive
  if (!title.hasDeterminer && !title.possessedBy && title.modifiers) return null;
  const only = draft(ctx, title.first, title.last, {
    label: 'Person', kind: 'title', canonical: '', role: title.role, roleOf, title: titleText, roleModifiers: title.modifiers,
    counterpart: title.role === 'counterpart' || undefined,
  });
  return withQualifier(only);
}

/** "Taiwan's Leader Gambling with Island's Stability": a capitalised participle before a preposition, no name. */
function participleAfterTitle(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx.sentence;
  const word = tokens[k];
  const next = tokens[k + 1];
  return !!word && !!next && isIngForm(word.normal) && isDictionaryWord(word.normal) && next.pos === 'ADP' && /^\p{Ll}/u.test(next.text);
}

/** "King Gyanendra", "Pope Francis": one name after a regnal title (mention-words.json regnalTitles) keeps the title's last word, as written. */
function regnalName(ctx: SentenceContext, role: string, name: Draft): string {
  if (name.canonical.includes(' ') || !ctx.knowledge.mentionWords.regnalTitles.has(role)) return name.canonical;
  const word = ctx.sentence.tokens[name.tokens[0] - 1];
  return word && /^\p{Lu}\p{Ll}+$/u.test(word.text) ? `${word.text} ${name.canonical}` : name.canonical;
}
