// Appositions: a name followed by its title gets the title's role.
import { type Draft, type SentenceContext } from './context';
import { apposedTitleAt } from './titles';
import { isPossessive } from '../../lang/en/morphology';

/**
 * "Medvedev, vice president of the Russian Security Council," gives Medvedev that role; so does a
 * bare title closed by a comma or the sentence's end ("Antony Blinken, Secretary of State"), whose
 * words then name nothing of their own (not the "State" of "Secretary of State").
 */
export function attachAppositions(ctx: SentenceContext, drafts: Draft[]): Draft[] {
  const { tokens } = ctx.sentence;
  const covered: Array<[number, number]> = [];
  for (let m = 0; m < drafts.length; m++) {
    const person = drafts[m];
    if (person.label !== 'Person' || person.kind !== 'name') continue;
    if (tokens[person.tokens[1] + 1]?.normal !== ',') continue;
    const at = person.tokens[1] + 2;
    const title = drafts.find((d) => d.kind === 'title' && d.tokens[0] === at);
    if (person.role) {
      // a known holder keeps knowledge's role; the title's words still name nothing of their own
      const bare = title ? null : apposedTitleAt(ctx, at);
      if (bare) covered.push([at, bare.last]);
      continue;
    }
    if (title) {
      person.role = title.role;
      person.roleOf = title.roleOf;
      person.title = title.title;
      title.canonical = person.canonical;
      title.kind = 'name';
      title.label = 'Person';
      continue;
    }
    const bare = apposedTitleAt(ctx, at);
    if (!bare) continue;
    person.role = bare.role;
    person.roleOf = bare.roleOf ?? person.roleOf;
    person.title = bare.title;
    covered.push([at, bare.last]);
  }
  ownedBodies(ctx, drafts);
  if (covered.length === 0) return drafts;
  // a body the title names ("of the Russian Security Council") stays a mention; a word of the role does not
  return drafts.filter((d) => !covered.some(([from, to]) => d.tokens[0] >= from && d.tokens[1] <= to && (roleWordOnly(d) || d.label === 'Location')));
}

/** A draft that is no more than a capitalised word of a role ("State" of "Secretary of State"): an unknown name. */
function roleWordOnly(d: Draft): boolean {
  return d.tokens[0] === d.tokens[1] && d.kind === 'name' && d.label !== 'State';
}

/** "the Department of the Treasury's Office of Foreign Assets Control": a body owned by the body named before the possessive belongs to it. */
function ownedBodies(ctx: SentenceContext, drafts: Draft[]): void {
  const { tokens } = ctx.sentence;
  for (const body of drafts) {
    if (body.label !== 'Organization' || body.kind !== 'name' || body.roleOf || !isPossessive(tokens[body.tokens[0] - 1])) continue;
    const owner = drafts.find((d) => d.tokens[1] === body.tokens[0] - 2 && d.label === 'Organization' && d.kind === 'name' && d.canonical);
    if (owner) body.roleOf = owner.canonical;
  }
}
