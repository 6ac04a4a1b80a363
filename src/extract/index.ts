// The extract stage: AnnotatedArticle -> ArticleExtraction (mentions, claims, affiliations).
// Pure: no I/O beyond the knowledge loaded once per process.
import type { AffiliationClaim, AnnotatedArticle, ArticleExtraction, Mention } from '../model/types';
import { extractClaims, type ArticleView } from './claims';
import { loadKnowledge, type Knowledge } from './knowledge';
import { findMentions, isHeadline } from './mentions';
import { findQuotes } from './quotes';

export { loadKnowledge } from './knowledge';
export type { Knowledge } from './knowledge';

export function extract(annotated: AnnotatedArticle, knowledge: Knowledge = loadKnowledge()): ArticleExtraction {
  const { article, sentences } = annotated;
  const mentions: Mention[] = [];
  const bySentence: number[][] = [];
  for (const sentence of sentences) {
    const headline = isHeadline(sentence.tokens, knowledge);
    const drafts = findMentions({ sentence, knowledge, headline });
    const base = mentions.length;
    bySentence.push(drafts.map((_, k) => base + k));
    for (const d of drafts) {
      mentions.push({ ...d, surface: article.text.slice(d.start, d.end), qualifies: d.qualifies === undefined ? undefined : base + d.qualifies });
    }
  }
  const view: ArticleView = { text: article.text, sentences, mentions, bySentence, quotes: findQuotes(article.text), knowledge };
  const claims = extractClaims(view);
  return { article, mentions, claims, affiliations: affiliationsOf(view), messages: [] };
}

/** Titles and appositions give affiliations: "Kremlin spokesman Dmitry Peskov" -> Peskov AFFILIATED_WITH Kremlin. */
function affiliationsOf(view: ArticleView): AffiliationClaim[] {
  const out: AffiliationClaim[] = [];
  view.mentions.forEach((person, p) => {
    if (person.label !== 'Person' || !person.role || !person.roleOf) return;
    if (view.knowledge.noAffiliationRoles.has(person.role) || person.role === 'counterpart') return;
    const sameSentence = view.bySentence[person.sentence];
    const org = sameSentence.find((m) => view.mentions[m].canonical === person.roleOf && view.mentions[m].label !== 'Person');
    if (org === undefined) return;
    const sentence = view.sentences[person.sentence];
    out.push({ person: p, org, role: person.role, evidence: { start: sentence.start, end: sentence.end, text: sentence.text } });
  });
  return out;
}
