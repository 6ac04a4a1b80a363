// Appositions: a name followed by its title gets the title's role.
import { type Draft, type SentenceContext } from './context';

/** "Medvedev, vice president of the Russian Security Council," gives Medvedev that role. */
export function attachAppositions(ctx: SentenceContext, drafts: Draft[]): Draft[] {
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
