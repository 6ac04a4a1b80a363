// Mentions of actors in one sentence: known names (lexicon), bodies named after their state
// ("Russian Defense Ministry"), titles with or without a name ("French President Emmanuel Macron",
// "the Russian president"), appositions, and unknown capitalised names.
import type { Token } from '../../model/types';
import { longestMatch } from '../lexicon-match';
import { defineTokenTag, tokenTags } from '../token-tags';
import { type Draft, type SentenceContext, isCapitalised } from './context';
import { acronym } from './acronyms';
import { armedGroup } from './armed-groups';
import { oppositionGroup } from './opposition';
import { attachAppositions } from './appositions';
import { namedBody, stateBody } from './bodies';
import { known } from './known';
import { backReference, wordSurname, rememberGovernmentState, rememberOrganizations, rememberSurnames, rememberSubjectState } from './memory';
import { unknownName } from './names';
import { stateForce } from './state-forces';
import { featureNamedAfterState } from './features';
import { capitalisedRun } from './runs';
import { titledPerson } from './titles';

export type { SentenceContext } from './context';
export { isHeadline } from './headline';
export { newMentionMemory, type MentionMemory } from './memory';

/** All mentions in one sentence, left to right, without overlaps. */
export function findMentions(ctx: SentenceContext): Draft[] {
  const { tokens } = ctx.sentence;
  const starts = tokenTags(ctx, ctx.sentence);
  // a title has its role word at or after its first token: past the sentence's last one, none is tried
  let lastRoleWord = tokens.length - 1;
  while (lastRoleWord >= 0 && (starts[lastRoleWord] & ROLE_WORD) === 0) lastRoleWord--;
  const drafts: Draft[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (((starts[i] & MENTION_START) === 0 && !isCapitalised(tokens[i])) || !canStartMention(ctx, tokens[i])) {
      i++;
      continue;
    }
    const found = featureNamedAfterState(ctx, i) ?? (i <= lastRoleWord ? titledPerson(ctx, i) : null) ?? stateBody(ctx, i) ?? namedBody(ctx, i) ?? stateForce(ctx, i) ?? armedGroup(ctx, i) ?? oppositionGroup(ctx, i) ?? known(ctx, i) ?? backReference(ctx, i, drafts) ?? acronym(ctx, i, drafts[drafts.length - 1]) ?? wordSurname(ctx, i) ?? unknownName(ctx, i);
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
  rememberOrganizations(ctx, drafts);
  rememberSurnames(ctx, drafts);
  rememberSubjectState(ctx, drafts);
  rememberGovernmentState(ctx, drafts);
  return attachAppositions(ctx, drafts);
}

/**
 * Every kind of mention starts with a determiner, a word of a known name or title, an honorific or
 * a capital letter; most tokens are none of these and are passed over without trying each kind.
 */
function canStartMention(ctx: SentenceContext, t: Token): boolean {
  const k = ctx.knowledge;
  return isCapitalised(t) || ctx.knowledge.functionWords.determiners.has(t.normal) || k.mentionWords.governmentPossessives.has(t.normal) || k.names.next.has(t.normal) || k.roles.next.has(t.normal) || k.honorifics.has(t.normal.endsWith('.') ? t.normal.slice(0, -1) : t.normal);
}

/** The lower-case words canStartMention takes (honorifics also with their full stop): one tag look-up per sentence pass. */
const MENTION_START = defineTokenTag((k) => ({
  normals: [...k.functionWords.determiners, ...k.mentionWords.governmentPossessives, ...k.names.next.keys(), ...k.roles.next.keys(), ...k.honorifics, ...[...k.honorifics].map((h) => `${h}.`)],
}));

/** The first words of the roles (titledPerson finds a title only where one of them starts). */
const ROLE_WORD = defineTokenTag((k) => ({ normals: k.roles.next.keys() }));
