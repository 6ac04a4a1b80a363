// The person a document's title, the signature or the byline under it names as its speaker: "Remarks
// by Minister X on ...", "X Statement on ...", "Press Secretary X on Syria", "Remarks ... / Ambassador
// X / ...", "By X, Department Spokesperson". Read by
// the document's speaker blocks (document-speaker.ts) and by a first-person "we" outside quotes,
// which in a person's text is that person's (antecedents.ts), so found once per article.
import type { Sentence, Token } from '../../model/types';
import type { ArticleView } from '../view';
import { forgetMentionIndex, startsParagraph } from '../view';
import { longestMatch } from '../lexicon-match';
import { insideQuote } from '../quotes';
import type { DocumentSpeech } from './speaker-knowledge';

const FOUND = new WeakMap<ArticleView, number | null>();

/**
 * The person whose text the document is by its title ("Remarks by ...") or by the signature under
 * it, once per article (the look-up may add the title's name as a mention).
 */
export function documentPersonSpeaker(view: ArticleView): number | null {
  if (FOUND.has(view)) return FOUND.get(view) ?? null;
  const k = view.knowledge.documentSpeech;
  const found = documentTitleSpeaker(view, k) ?? signatureSpeaker(view, k)?.speaker ?? standfirstSpeaker(view, k) ?? bylineSpeaker(view, k) ?? closingSignatureSpeaker(view);
  FOUND.set(view, found);
  return found;
}

/** The person a "Press Secretary X on Syria" title names, once per article. */
export function topicPersonSpeaker(view: ArticleView): number | null {
  if (TOPIC.has(view)) return TOPIC.get(view) ?? null;
  const found = topicTitleSpeaker(view, view.knowledge.documentSpeech);
  TOPIC.set(view, found);
  return found;
}
const TOPIC = new WeakMap<ArticleView, number | null>();

/** "Remarks by Minister X on ...", "X Statement on ...": the person a document title names with a document noun. */
function documentTitleSpeaker(view: ArticleView, k: DocumentSpeech): number | null {
  const title = view.sentences[0];
  if (!title || view.sentences.length < 2 || !startsParagraph(view, 1)) return null;
  const noun = title.tokens.findIndex((t) => k.documentNouns.has(t.normal));
  if (noun < 0) return null;
  // "Remarks by X": the person after the noun; "X Statement on ...": the one before it
  const people = view.bySentence[0].filter((m) => view.mentions[m].label === 'Person' && view.mentions[m].kind === 'name' && view.mentions[m].qualifies === undefined);
  // a Title Case headline capitalises common words too ("Remarks", "Representative"): a person
  // whose given name or office is known comes first
  const known = (m: number): boolean => !!(view.mentions[m].gender || view.mentions[m].role);
  // an unknown one needs a full name: "Statement on the Crackdown in X" has no speaker "Crackdown"
  const fullName = (m: number): boolean => view.mentions[m].tokens[1] > view.mentions[m].tokens[0];
  const after = people.filter((m) => view.mentions[m].tokens[0] > noun);
  const before = people.filter((m) => view.mentions[m].tokens[0] < noun).reverse();
  const speaker = after.find(known) ?? before.find(known) ?? after.find(fullName) ?? before.find(fullName) ?? titleNameAfterOffice(view, noun);
  if (speaker === undefined || speaker === null) return null;
  trimDocumentNoun(view, speaker, k);
  return speaker;
}

/**
 * "High Representative Borrell on Russia", "Press Secretary Carney on Violence in Syria": a person
 * the title names by office or known given name, right before a topic word, when the text then
 * speaks as "we" or "I" outside quotes (the caller checks): a press release of that person's words.
 */
function topicTitleSpeaker(view: ArticleView, k: DocumentSpeech): number | null {
  const title = view.sentences[0];
  if (!title || view.sentences.length < 2 || !startsParagraph(view, 1)) return null;
  const speaker = view.bySentence[0].find((index) => {
    const m = view.mentions[index];
    const next = title.tokens[m.tokens[1] + 1];
    return m.label === 'Person' && m.kind === 'name' && m.qualifies === undefined && !!(m.role || m.gender) && next !== undefined && k.topicWords.has(next.normal);
  });
  return speaker ?? titleNameAfterOffice(view, -1, k.topicWords);
}

/**
 * "Remarks at a UN Security Council Briefing on Ukraine / Ambassador Jane Doe / U.S. Representative to
 * the United Nations / New York, January 31, 2022": under a document title, a block with no verb that
 * opens with a person's name is the speaker's signature.
 */
export function signatureSpeaker(view: ArticleView, k: DocumentSpeech): { speaker: number; line: number } | null {
  const title = view.sentences[0];
  if (!title || !title.tokens.some((t) => k.documentNouns.has(t.normal))) return null;
  const line = lineUnderTitle(view);
  if (!line || line.tokens.some((t) => t.pos === 'VERB')) return null;
  const at = line.index;
  const first = view.bySentence[at][0];
  if (first === undefined) return null;
  const m = view.mentions[first];
  // the name opens the block, after its titles of address at most ("Ambassador Jane Doe")
  const opens = (m.phraseStart ?? m.tokens[0]) <= SIGNATURE_TITLE_WORDS;
  return m.label === 'Person' && m.kind === 'name' && m.tokens[1] > m.tokens[0] && opens ? { speaker: first, line: at } : null;
}

/**
 * "UK statement at the Security Council / Statement given yesterday by Ambassador Jane Doe, UK
 * Permanent Representative to the UN, at the meeting on Gaza.": a line under the title that opens
 * with a document noun and names the person after "by" (its titles of address at most between) is
 * the document's label, and the text under it that person's words.
 */
function standfirstSpeaker(view: ArticleView, k: DocumentSpeech): number | null {
  const line = lineUnderTitle(view);
  if (!line || !k.documentNouns.has(line.tokens[0]?.normal ?? '')) return null;
  // "Statement by", "Remarks delivered by", "Statement given yesterday by": the byline word comes early
  const by = line.tokens.findIndex((t, i) => i <= STANDFIRST_BY_REACH && k.bylineWords.has(t.normal));
  if (by < 0) return null;
  const name = view.bySentence[line.index].find((index) => view.mentions[index].tokens[0] > by);
  if (name === undefined) return null;
  const m = view.mentions[name];
  if (m.label !== 'Person' || m.kind !== 'name' || m.tokens[1] <= m.tokens[0]) return null;
  return (m.phraseStart ?? m.tokens[0]) - by <= SIGNATURE_TITLE_WORDS + 1 ? name : null;
}

/** The first paragraph under the title, within the title's few sentences and with text after it (a signature, a standfirst), or null. */
function lineUnderTitle(view: ArticleView): Sentence | null {
  const at = view.sentences.findIndex((s) => s.index > 0 && startsParagraph(view, s.index));
  return at < 0 || at > TITLE_SENTENCES || at + 1 >= view.sentences.length ? null : view.sentences[at];
}

/** How far into the line the byline word may stand ("Statement given yesterday by"). */
const STANDFIRST_BY_REACH = 4;

/**
 * "Ceasefire in X / By Jane Doe, Department Spokesperson / We are closely monitoring ...": a line
 * under the title that opens with a byline word or with a person's full name, the name then a
 * comma and an office, with no verb. Ingest keeps a byline only where an office follows the name (a reporter's is site chrome).
 */
function bylineSpeaker(view: ArticleView, k: DocumentSpeech): number | null {
  for (let at = 1; at <= TITLE_SENTENCES && at + 1 < view.sentences.length; at++) {
    const { tokens } = view.sentences[at];
    if (!startsParagraph(view, at) || tokens.some((t) => t.pos === 'VERB')) continue;
    // "By Jane Doe, Department Spokesperson", or the name alone opening the line ("Jane Doe, Department Spokesperson")
    const opens = k.bylineWords.has(tokens[0]?.normal ?? '') ? 1 : 0;
    const name = nameBeforeComma(view, at, opens);
    if (name === null) continue;
    const office = view.mentions[name].tokens[1] + 2;
    // without a byline word the line is the name and its office only ("Jane Doe, Department
    // Spokesperson"), not a caption that goes on ("Kim Yo Jong, vice director of the party, in a file photo")
    if (opens === 0 && !officeOnly(view, tokens, office)) continue;
    if (holdsOffice(view, tokens, office)) return name;
  }
  return null;
}

/** A person's full name opening the line at `at` at token `opens`, a comma after it ("Jane Doe, ..."), or null. */
function nameBeforeComma(view: ArticleView, at: number, opens: number): number | null {
  const name = view.bySentence[at].find((m) => view.mentions[m].tokens[0] === opens);
  const m = name === undefined ? undefined : view.mentions[name];
  if (!m || m.label !== 'Person' || m.kind !== 'name' || m.tokens[1] <= m.tokens[0] || view.sentences[at].tokens[m.tokens[1] + 1]?.text !== ',') return null;
  return name ?? null;
}

/** Are the words from `from` on an office in Title Case and nothing more ("Minister of Foreign Affairs")? */
function officeOnly(view: ArticleView, tokens: Token[], from: number): boolean {
  const small = view.knowledge.functionWords.headlineSmallWords;
  return tokens.slice(from).every((t) => /^\p{Lu}/u.test(t.text) || small.has(t.normal));
}

/**
 * "... Today, I am announcing ... / Antony J. Blinken, Secretary of State / May 15, 2023": a statement
 * that speaks as "I" or "we" and closes with a paragraph that is a person's full name, a comma and an
 * office (a date line may follow) is that person's words.
 */
function closingSignatureSpeaker(view: ArticleView): number | null {
  let at = view.sentences.length - 1;
  if (at > 1 && datedOnly(view, at)) at--;
  const line = view.sentences[at];
  if (!line || at < 2 || !startsParagraph(view, at) || line.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const name = nameBeforeComma(view, at, 0);
  if (name === null || !holdsOffice(view, line.tokens, view.mentions[name].tokens[1] + 2)) return null;
  const firstPerson = view.knowledge.functionWords.firstPersonSubjects;
  const speaksAsSelf = view.sentences.slice(1, at).some((s) => s.tokens.some((t) => firstPerson.has(t.normal) && insideQuote(view.quotes, t.start) === null));
  return speaksAsSelf ? name : null;
}

/** A line that is a date and nothing else ("May 15, 2023"). */
function datedOnly(view: ArticleView, at: number): boolean {
  const { months } = view.knowledge.ingest.dates;
  const tokens = view.sentences[at].tokens;
  return tokens.some((t) => months.has(t.normal)) && tokens.every((t) => months.has(t.normal) || t.pos === 'NUM' || t.pos === 'PUNCT');
}

/** An office after the byline's comma ("Department Spokesperson"), not a reporter's role ("Brussels correspondent"). */
function holdsOffice(view: ArticleView, tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const office = longestMatch(tokens, i, view.knowledge.roles, true);
    const role = office?.entries[0].role;
    if (role !== undefined) return !view.knowledge.noAffiliationRoles.has(role);
  }
  return false;
}

/**
 * "Relocation of ... / Press Statement / Michael R. Pompeo / Secretary of State / Washington, DC": a
 * paragraph under the title that names the kind of document and nothing else (knowledge
 * kindLines), then a paragraph that opens with a person's full name and has no verb. That person
 * signs the document: its "I" outside quotes (its "we" is the state or body that issues it).
 */
export function signingPerson(view: ArticleView): number | null {
  const k = view.knowledge.documentSpeech;
  for (let at = 1; at <= TITLE_SENTENCES && at + 1 < view.sentences.length; at++) {
    if (!startsParagraph(view, at) || !isKindLine(view.sentences[at], k)) continue;
    const next = at + 1;
    if (!startsParagraph(view, next) || view.sentences[next].tokens.some((t) => t.pos === 'VERB')) return null;
    const first = view.bySentence[next][0];
    const m = first === undefined ? undefined : view.mentions[first];
    if (!m || m.label !== 'Person' || m.kind !== 'name' || m.tokens[1] <= m.tokens[0]) return null;
    return (m.phraseStart ?? m.tokens[0]) <= SIGNATURE_TITLE_WORDS ? first : null;
  }
  return null;
}

/** The sentence's words are one of the kind lines ("Press Statement"), punctuation aside. */
export function isKindLine(sentence: Sentence, k: DocumentSpeech): boolean {
  const words = sentence.tokens.filter((t) => t.pos !== 'PUNCT').map((t) => t.normal);
  return k.kindLines.some((line) => line.length === words.length && line.every((w, i) => w === words[i]));
}

/** How many words of office may open a signature before the name ("Ambassador", "Deputy Ambassador"). */
const SIGNATURE_TITLE_WORDS = 3;

/** How many sentences a title may have before the line that names the speaker. */
const TITLE_SENTENCES = 3;

/**
 * In a Title Case headline the noun sticks to the name ("Jane Doe Statement on ..."): the person is
 * "Jane Doe". The mention is cut back to the name, so that the speaker and the node are the person.
 */
function trimDocumentNoun(view: ArticleView, mention: number, k: DocumentSpeech): void {
  const m = view.mentions[mention];
  const tokens = view.sentences[m.sentence].tokens;
  let last = m.tokens[1];
  while (last > m.tokens[0] && k.documentNouns.has(tokens[last].normal)) last--;
  if (last === m.tokens[1]) return;
  m.tokens = [m.tokens[0], last];
  forgetMentionIndex(view, m.sentence);
  m.end = tokens[last].end;
  m.surface = view.text.slice(m.start, m.end);
  const cut = m.canonical.split(/\s+/);
  while (cut.length > 1 && k.documentNouns.has(cut[cut.length - 1].toLowerCase())) cut.pop();
  m.canonical = cut.join(' ');
}

/**
 * "Remarks by Treasury Secretary Jane Q. Doe on ...": a headline admits only known names, but in a
 * document title a run of capitalised words after an office, opening with a known given name, is
 * the speaker. The person becomes a mention of the title (added last: earlier indexes stay valid).
 */
function titleNameAfterOffice(view: ArticleView, noun: number, topicWords?: Set<string>): number | null {
  const title = view.sentences[0];
  const { tokens } = title;
  const knowledge = view.knowledge;
  for (let i = noun + 1; i < tokens.length; i++) {
    const office = longestMatch(tokens, i, knowledge.roles, true);
    if (!office) continue;
    let end = office.last + 1;
    const first = end;
    // the maintained first-name list (knowledge/en) is read only here, where a title needs it
    const given = !!tokens[first] && (knowledge.genderNames.has(tokens[first].normal) || knowledge.derived.firstNames.has(tokens[first].normal));
    // "High Representative Borrell on Russia": before a topic word, a surname alone will do
    if (!tokens[first] || (!given && !topicWords) || !/^\p{Lu}/u.test(tokens[first].text) || knowledge.nonNames.has(tokens[first].normal)) return null;
    while (end + 1 < tokens.length) {
      if (/^\p{Lu}/u.test(tokens[end + 1].text) && !knowledge.nonNames.has(tokens[end + 1].normal)) end++;
      else if (hyphenJoined(tokens, end)) end += 2; // "Linda Thomas-Greenfield": one surname in three tokens
      else break;
    }
    if (topicWords ? !topicWords.has(tokens[end + 1]?.normal ?? '') : end === first) return null;
    const start = tokens[first].start;
    const surface = view.text.slice(start, tokens[end].end);
    const role = office.entries[0].role;
    view.mentions.push({ start, end: tokens[end].end, surface, label: 'Person', kind: 'name', canonical: surface, sentence: 0, tokens: [first, end], role, phraseStart: i, gender: knowledge.genderNames.get(tokens[first].normal) });
    const index = view.mentions.length - 1;
    view.bySentence[0] = [...view.bySentence[0], index].sort((a, b) => view.mentions[a].start - view.mentions[b].start);
    return index;
  }
  return null;
}

/** "Thomas-Greenfield": a hyphen written tight between the token at `i` and a capitalised word. */
function hyphenJoined(tokens: Token[], i: number): boolean {
  const [hyphen, next] = [tokens[i + 1], tokens[i + 2]];
  return hyphen?.text === '-' && next !== undefined && hyphen.start === tokens[i].end && next.start === hyphen.end && /^\p{Lu}/u.test(next.text);
}
