// Titles with or without a name: "French President Emmanuel Macron", "the Russian president",
// "his French counterpart, Sebastien Lecornu".
import type { Token } from '../../model/types';
import type { LexiconEntry } from '../knowledge';
import { longestMatch } from '../lexicon-match';
import { type Draft, type SentenceContext, draft, fromEntry, pickEntry } from './context';
import { stateBody } from './bodies';
import { nameAt } from './names';
import { regionAdjective } from './known';
import { isPossessive } from '../../lang/en/morphology';

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
  const hasDeterminer = ctx.knowledge.functionWords.determiners.has(tokens[j]?.normal ?? '');
  const possessive = ctx.knowledge.functionWords.titlePossessives.has(tokens[j]?.normal ?? '');
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
      if (isPossessive(tokens[j])) j++;
    }
  }
  const role = longestMatch(tokens, j, ctx.knowledge.roles);
  if (!role) return null;
  let last = role.last;
  const title: Title = { first: i, last, role: role.entries[0].canonical, qualifier, hasDeterminer, possessive };
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
  let k = j + 1;
  if (tokens[k]?.normal === 'the') k++;
  const body = stateBody(ctx, k);
  if (body) return body[0];
  const match = longestMatch(tokens, k, ctx.knowledge.names);
  if (!match || regionAdjective(ctx, k, match.last)) return null; // "director for the West African bloc"
  const entry = pickEntry(match.entries);
  if (entry.kind === 'demonym' || entry.kind === 'plural') return null;
  const complement = fromEntry(ctx, k, match.last, entry, 'name');
  return bodyOnly && complement.label !== 'Organization' ? null : complement;
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
