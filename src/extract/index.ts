// The extract stage: AnnotatedArticle -> ArticleExtraction (mentions, claims, affiliations).
// Pure: no I/O beyond the knowledge loaded once per process.
import type { AffiliationClaim, AnnotatedArticle, ArticleExtraction, Gender, Mention } from '../model/types';
import { checkFileBudget } from '../ingest/budget';
import { normalizeWord } from '../nlp';
import { extractClaims, type ArticleView } from './claims';
import type { Knowledge } from './knowledge';
import { ofAnotherTime, todaysHolder } from './current-holders';
import { findMentions, isHeadline, newMentionMemory } from './mentions';
import { nameUnnamedGroups } from './mentions/armed-groups';
import type { Draft } from './mentions/context';
import { findQuotes } from './quotes';
import { joinQuoteTags } from './quote-tags';
import { nameDatedTitleHolders, nameJointTitleHolders } from './dated-titles';
import { eraDate } from './era';
import { settledDrops } from './drops';
import { rolePhraseAffiliations } from './role-phrases';
import { noteStatedSides, personSide } from './targets';
import { isKindLine } from './speakers/title-speaker';
import { actMarker } from './speakers/script-acts';
import { knownSide } from '../knowledge/derived/office-lookup';

export type { Knowledge } from './knowledge';

/** How many sentences from the start a line may name the kind of document ("Press Statement"). */
const KIND_LINE_REACH = 3;

export function extract(annotated: AnnotatedArticle, knowledge: Knowledge): ArticleExtraction {
  const { article } = annotated;
  const sentences = joinQuoteTags(annotated.sentences, article.text, knowledge);
  const mentions: Mention[] = [];
  const bySentence: number[][] = [];
  const memory = newMentionMemory();
  for (const sentence of sentences) {
    checkFileBudget();
    const headline = isHeadline(sentence.tokens, knowledge);
    // "Press Statement" under a title names the kind of document, "/// BARAK ACT ///" a script's clip: no organisation, no person
    const label = (sentence.index <= KIND_LINE_REACH && isKindLine(sentence, knowledge.documentSpeech)) || actMarker(sentence, knowledge.documentSpeech) !== null;
    const drafts = label ? [] : findMentions({ sentence, knowledge, headline, memory });
    const base = mentions.length;
    bySentence.push(drafts.map((_, k) => base + k));
    for (const d of drafts) mentions.push(mentionOf(d, base, article.text));
  }
  nameUnnamedGroups(mentions, memory);
  joinAcronyms(mentions, article.text);
  assignGender(mentions, article.text, knowledge);
  serveTheirState(mentions, knowledge);
  counterpartRoles(mentions);
  nameTitleHolders(mentions, knowledge);
  nameDatedTitleHolders(mentions, article.date, knowledge);
  nameJointTitleHolders(mentions, sentences, knowledge);
  const view: ArticleView = { text: article.text, sentences, mentions, bySentence, quotes: findQuotes(article.text), knowledge, drops: [] };
  // read before the claims: a speaker's stated body is their own side (extract/targets.ts)
  const phraseAffiliations = rolePhraseAffiliations(view);
  noteStatedSides(view, phraseAffiliations);
  const claims = extractClaims(view);
  const extraction: ArticleExtraction = { article, mentions, claims, affiliations: [...affiliationsOf(view), ...phraseAffiliations], messages: [], drops: settledDrops(view, claims) };
  const era = article.date ? null : eraDate(mentions, sentences, knowledge);
  if (era !== null) extraction.eraDate = era;
  return extraction;
}

/**
 * A draft as the article's mention: every field written out in the draft's order (a spread of
 * drafts of many shapes took a generic copy per mention). The type lists every field of Mention,
 * so a field added there fails to compile until it is copied here too.
 */
function mentionOf(d: Draft, base: number, text: string): Mention {
  const m: Mention & Record<keyof Mention, unknown> = {
    label: d.label, kind: d.kind, canonical: d.canonical, sentence: d.sentence, tokens: d.tokens, start: d.start, end: d.end,
    role: d.role, roleOf: d.roleOf, title: d.title, roleModifiers: d.roleModifiers, phraseStart: d.phraseStart, qualifies: d.qualifies === undefined ? undefined : base + d.qualifies,
    conduit: d.conduit, counterpart: d.counterpart, weak: d.weak, unnamedGroup: d.unnamedGroup, speakerOnly: d.speakerOnly, gender: d.gender, actsAsBody: d.actsAsBody,
    surface: text.slice(d.start, d.end),
  };
  return m;
}

/**
 * "Association of Southeast Asian Nations (ASEAN)", "Défense Conseil International (DCI)": the
 * name and its acronym are one organisation; the known one of the two gives the canonical name.
 */
function joinAcronyms(mentions: Mention[], text: string): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const long = mentions[k];
    const short = mentions[k + 1];
    if (long.label !== 'Organization' || !/^\s*\($/.test(text.slice(long.end, short.start)) || text[short.end] !== ')') continue;
    if (!/^[A-Z][A-Z0-9&.-]+$/.test(short.surface)) continue;
    const known = short.canonical !== short.surface ? short : long;
    long.canonical = known.canonical;
    short.canonical = known.canonical;
    short.label = long.label;
  }
}

/**
 * A person's gender where the text or knowledge tells it (spokeswoman, Mrs, Maria, knowledge),
 * shared by every mention of the same surname, so that "she said" finds the woman who spoke.
 */
function assignGender(mentions: Mention[], text: string, knowledge: Knowledge): void {
  const bySurname = new Map<string, Gender>();
  const surname = (m: Mention): string => m.canonical.split(' ').pop() ?? '';
  for (const m of mentions) {
    if (m.label !== 'Person') continue;
    const titleWords = `${m.title ?? ''} ${m.role ?? ''}`.toLowerCase().split(/\s+/);
    // the word before the name: before the mention, or inside it ("Undersecretary for Education Mr. Toccafondi")
    const nameAt = m.surface.lastIndexOf(m.canonical);
    const lead = nameAt > 0 ? m.surface.slice(0, nameAt) : text.slice(Math.max(0, m.start - 6), m.start);
    const before = lead.trim().toLowerCase().split(/\s+/).pop() ?? '';
    const firstName = m.canonical.includes(' ') ? normalizeWord(m.canonical.split(' ')[0]) : '';
    const found = m.gender ?? titleWords.map((w) => knowledge.genderWords.get(w)).find((g) => g) ?? knowledge.genderWords.get(before) ?? knowledge.genderNames.get(firstName);
    if (found) {
      m.gender = found;
      if (m.canonical) bySurname.set(surname(m), found);
    }
  }
  for (const m of mentions) if (m.label === 'Person' && !m.gender && m.canonical) m.gender = bySurname.get(surname(m));
}

/** "the special envoy for Donald Trump": whoever serves a leader serves that leader's state. */
function serveTheirState(mentions: Mention[], knowledge: Knowledge): void {
  // Indexes instead of a scan of all mentions per mention (issue 13: quadratic on long sentences).
  // The first named office-holder per name stays the same through the loop: roleOf only changes
  // from one truthy value to another.
  const states = new Set(mentions.filter((o) => o.label === 'State').map((o) => o.canonical));
  const namedHolders = new Map<string, Mention>();
  for (const o of mentions) if (o.label === 'Person' && o.kind === 'name' && o.roleOf && !namedHolders.has(o.canonical)) namedHolders.set(o.canonical, o);
  for (const m of mentions) {
    if (m.label !== 'Person' || !m.roleOf) continue;
    const principal = knownPerson(knowledge, m.roleOf) ?? namedHolders.get(m.roleOf);
    if (!principal?.roleOf) continue;
    if (states.has(principal.roleOf)) m.roleOf = principal.roleOf;
  }
}

const peopleByCanonical = new WeakMap<Knowledge, Map<string, Knowledge['people'][number]>>();

/** The first known person with this canonical name (knowledge.people.find, indexed once per knowledge). */
function knownPerson(knowledge: Knowledge, canonical: string): Knowledge['people'][number] | undefined {
  let index = peopleByCanonical.get(knowledge);
  if (!index) {
    index = new Map();
    for (const p of knowledge.people) if (!index.has(p.canonical)) index.set(p.canonical, p);
    peopleByCanonical.set(knowledge, index);
  }
  return index.get(canonical);
}

/** "Shoigu told his French counterpart, Sebastien Lecornu": Lecornu holds Shoigu's office, in France. */
function counterpartRoles(mentions: Mention[]): void {
  mentions.forEach((m, i) => {
    if (m.role !== 'counterpart') return;
    for (let j = i - 1; j >= 0; j--) {
      const other = mentions[j];
      if (other.label === 'Person' && other.kind === 'name' && other.role && other.role !== 'counterpart' && other.roleOf !== m.roleOf) {
        m.role = other.role;
        return;
      }
    }
  });
}

/**
 * "the Russian president" -> Vladimir Putin, where the article (or knowledge) says who holds the
 * office, so that later steps (who is on whose side, who goes on speaking) see one person.
 */
function nameTitleHolders(mentions: Mention[], knowledge: Knowledge): void {
  const today = !ofAnotherTime(mentions, knowledge); // knowledge's holders are today's
  mentions.forEach((m) => {
    if (m.label !== 'Person' || m.kind !== 'title' || m.counterpart || !m.role || !m.roleOf) return;
    // "Israel's defense minister ... Defense Minister Shaul Mofaz": a holder named without a state
    // holds the office of the state the dictionaries give them
    const holder = mentions.find((o) => o.label === 'Person' && o.kind === 'name' && o.role === m.role && (o.roleOf === m.roleOf || (o.roleOf === undefined && knownSide(knowledge, o.canonical) === m.roleOf)));
    const name = holder?.canonical ?? todaysHolder(knowledge, m.role, m.roleOf, m.roleModifiers, today);
    if (name) m.canonical = name;
  });
}

/**
 * Titles and appositions give affiliations: "Kremlin spokesman Dmitry Peskov" -> Peskov AFFILIATED_WITH
 * Kremlin. A title that names no body ("President Hugo Chavez", "Treasury Secretary X") gives the
 * state its office belongs to, or the one the office-holder dictionaries give the person, when the
 * article names that state: an analyst reads "President Chavez" as Venezuela's.
 */
function affiliationsOf(view: ArticleView): AffiliationClaim[] {
  const out: AffiliationClaim[] = [];
  view.mentions.forEach((person, p) => {
    if (person.label !== 'Person') return;
    // "CEO of the Refugee Council Enver Solomon": a body the text gives without a title it knows
    const side = person.roleOf ?? (person.role && person.kind === 'name' && !person.counterpart ? personSide(view, p) : undefined);
    if (!side) return;
    const role = person.role ?? 'member';
    if (view.knowledge.noAffiliationRoles.has(role)) return;
    const isOrg = (m: number): boolean => view.mentions[m].canonical === side && view.mentions[m].label !== 'Person' && view.mentions[m].label !== 'Location';
    const org = view.bySentence[person.sentence].find(isOrg) ?? view.mentions.findIndex((_, m) => isOrg(m));
    if (org < 0) return;
    const sentence = view.sentences[person.sentence];
    out.push({ person: p, org, role, evidence: { start: sentence.start, end: sentence.end, text: sentence.text } });
  });
  return out;
}
