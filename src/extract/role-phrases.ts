// Affiliations the sentence states around a name, with roles no title list knows:
// - an organisation before the role: "Coast Guard Administration (CGA) deputy director-general
//   Lin Mei-hua", "Senior Fatah official Amal Khoury";
// - an apposition after the name: "Ana Ruiz, a senior researcher at the Lowy Institute",
//   "Omar Haddad, the head of Jordan's General Intelligence Directorate";
// - an apposition before it: "The spokesman of the Electoral Commission, Grace Mensah".
// The role words are lower-case nouns and adjectives (never a verb: "Hamas told Grace Mensah"), and
// the body is an organisation the article names (states come with titles, src/extract/mentions).
import type { AffiliationClaim, Sentence, Token } from '../model/types';
import { mentionEndingAt, mentionStartingAt, type ArticleView } from './view';
import { isPossessive } from '../lang/en/morphology';

const MAX_ROLE_WORDS = 6;
const ROLE_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);

/** A lower-case noun or adjective ("deputy", "researcher"), or the hyphen inside one ("director-general"). */
const isRoleWord = (t: Token | undefined): boolean => !!t && ((ROLE_TAGS.has(t.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) || t.text === '-');

export function rolePhraseAffiliations(view: ArticleView): AffiliationClaim[] {
  const out: AffiliationClaim[] = [];
  view.mentions.forEach((person, p) => {
    if (person.label !== 'Person' || person.kind !== 'name' || person.weak) return;
    const sentence = view.sentences[person.sentence];
    const found = bodyBefore(view, sentence, p) ?? titleBefore(view, sentence, p) ?? appositionAfter(view, sentence, p) ?? appositionBefore(view, sentence, p);
    if (found === null) return;
    out.push({ person: p, org: found.org, role: found.role, evidence: { start: sentence.start, end: sentence.end, text: sentence.text } });
  });
  return out;
}

interface Found {
  org: number;
  role: string;
}

const isBody = (view: ArticleView, m: number | null): m is number => m !== null && view.mentions[m].label === 'Organization' && !view.mentions[m].weak && !view.mentions[m].conduit;

/**
 * Role words ending at token `last` and going back (at most MAX_ROLE_WORDS): their first index.
 * An "and" between two role words is part of the role ("interior and overseas minister").
 */
function roleWordsEndingAt(tokens: Token[], last: number): number {
  let first = last + 1;
  for (;;) {
    if (first - 1 < 0 || last - first + 1 >= MAX_ROLE_WORDS) return first;
    if (isRoleWord(tokens[first - 1])) first--;
    else if (tokens[first - 1].normal === 'and' && first <= last && isRoleWord(tokens[first - 2])) first -= 2;
    else return first;
  }
}

const roleText = (tokens: Token[], from: number, to: number): string =>
  tokens
    .slice(from, to + 1)
    .map((t) => t.normal)
    .join(' ');

/**
 * "Mainland Affairs Council (MAC) spokesman Chen Li": the body, an acronym in brackets, the role,
 * the name; with a possessor, a state too, and the role may be left out: "Peru's interior and
 * defence minister Ana Quispe", "Radio Nacional's Luis Mejia".
 */
function bodyBefore(view: ArticleView, sentence: Sentence, p: number): Found | null {
  const { tokens } = sentence;
  const nameAt = view.mentions[p].tokens[0];
  const first = roleWordsEndingAt(tokens, nameAt - 1);
  let end = first - 1;
  const possessor = isPossessive(tokens[end]);
  if (possessor) end--;
  else if (first === nameAt) return null;
  if (tokens[end]?.text === ')') end--;
  const org = mentionEndingAt(view, sentence, end);
  const role = first === nameAt ? 'member' : roleText(tokens, first, nameAt - 1);
  if (isBody(view, org)) return { org, role };
  return possessor && isState(view, org) ? { org, role } : null;
}

const isState = (view: ArticleView, m: number | null): m is number => m !== null && view.mentions[m].label === 'State' && !view.mentions[m].weak;

/** Words that may stand between a title and its name: "for the Horn of Africa", "of the Federal Foreign Office". */
const TITLE_COMPLEMENT_REACH = 8;

/**
 * "Italian Special Envoy for the Sahel Lucia Ferri": a title with its state, its
 * complement, then the name; the title, read on its own, names nobody, so the name is its holder.
 */
function titleBefore(view: ArticleView, sentence: Sentence, p: number): Found | null {
  const { tokens } = sentence;
  const nameAt = view.mentions[p].tokens[0];
  const words = view.knowledge.functionWords;
  const here = view.bySentence[sentence.index];
  const k = here.indexOf(p);
  // the title is the last mention before the name that is not inside the complement
  for (let j = k - 1; j >= 0; j--) {
    const title = view.mentions[here[j]];
    if (title.tokens[1] < nameAt - TITLE_COMPLEMENT_REACH - 1) return null;
    // names inside the complement ("Horn of Africa", "Federal Foreign Office") are passed over
    if (title.label !== 'Person' || (title.kind === 'name' && !title.canonical.includes(' '))) continue;
    if (title.kind !== 'title' || !title.roleOf || title.qualifies !== undefined) return null;
    const between = tokens.slice(title.tokens[1] + 1, nameAt);
    if (!words.affiliationPrepositions.has(between[0]?.normal ?? '')) return null;
    if (!between.every((t) => /^\p{Lu}/u.test(t.text) || t.text === '-' || words.affiliationPrepositions.has(t.normal) || words.definiteDeterminers.has(t.normal) || words.nameParticles.has(t.normal))) return null;
    const org = here.slice(0, j).reverse().find((m) => view.mentions[m].qualifies === here[j] && view.mentions[m].canonical === title.roleOf);
    return org === undefined ? null : { org, role: title.role ?? 'member' };
  }
  return null;
}

/** The body after "of/at/for/with [the] [ruling]", or after a state's possessive ("Jordan's General Intelligence Directorate"). */
function bodyAt(view: ArticleView, sentence: Sentence, at: number): number | null {
  const { tokens } = sentence;
  const words = view.knowledge.functionWords;
  let i = at;
  if (words.definiteDeterminers.has(tokens[i]?.normal ?? '')) i++;
  if (isRoleWord(tokens[i]) && !mentionStartingAt(view, sentence, i)) i++; // "the ruling Workers' Party"
  const m = mentionStartingAt(view, sentence, i);
  // a possessor first ("Ghana's Electoral Commission"; a state read as part of a title has no mention of its own here)
  const after = m === null ? i + 1 : view.mentions[m].tokens[1] + 1;
  if ((m === null || view.mentions[m].label !== 'Person') && /^['’]s$/.test(tokens[after]?.text ?? '')) {
    const owned = mentionStartingAt(view, sentence, after + 1);
    if (isBody(view, owned)) return owned;
  }
  return isBody(view, m) ? m : null;
}

/** "Ana Ruiz, a senior researcher at the Lowy Institute": name, comma, article, role words, preposition, body. */
function appositionAfter(view: ArticleView, sentence: Sentence, p: number): Found | null {
  const { tokens } = sentence;
  const words = view.knowledge.functionWords;
  let i = view.mentions[p].tokens[1] + 1;
  if (tokens[i]?.text !== ',') return null;
  i++;
  if (words.appositionArticles.has(tokens[i]?.normal ?? '')) i++;
  const from = i;
  while (i - from < MAX_ROLE_WORDS && isRoleWord(tokens[i]) && !words.affiliationPrepositions.has(tokens[i].normal)) i++;
  if (i === from || !words.affiliationPrepositions.has(tokens[i]?.normal ?? '')) return null;
  const org = bodyAt(view, sentence, i + 1);
  return org === null ? null : { org, role: roleText(tokens, from, i - 1) };
}

/** "The spokesman of the Electoral Commission, Grace Mensah": article, role words, preposition, body, comma, name. */
function appositionBefore(view: ArticleView, sentence: Sentence, p: number): Found | null {
  const { tokens } = sentence;
  const words = view.knowledge.functionWords;
  const start = view.mentions[p].phraseStart ?? view.mentions[p].tokens[0];
  // the comma before the name, a rank or title between them at most ("..., Captain Liis Tamm")
  let comma = start - 1;
  while (comma > start - 3 && comma >= 0 && tokens[comma]?.text !== ',') comma--;
  if (tokens[comma]?.text !== ',') return null;
  // back from the comma to the preposition that opens "of the Electoral Commission"
  for (let k = comma - 1; k > 0 && k >= comma - 8; k--) {
    if (!words.affiliationPrepositions.has(tokens[k].normal)) continue;
    const first = roleWordsEndingAt(tokens, k - 1);
    if (first === k) continue; // "of" inside the body's name ("National Electoral Board of Ghana")
    if (!words.appositionArticles.has(tokens[first - 1]?.normal ?? '')) return null;
    const org = bodyAt(view, sentence, k + 1);
    if (org === null || view.mentions[org].tokens[1] >= comma) return null;
    const between = tokens.slice(view.mentions[org].tokens[1] + 1, comma);
    if (between.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
    return { org, role: roleText(tokens, first, k - 1) };
  }
  return null;
}
