// A cheap English check: English prose is full of short function words ("the", "of", "said").
import type { LanguageKnowledge } from './knowledge';

export interface LanguageVerdict {
  /** Share of words that are English function words. */
  ratio: number;
  words: number;
  /** null when the text is too short to judge. */
  english: boolean | null;
}

export function judgeEnglish(text: string, k: LanguageKnowledge): LanguageVerdict {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const hits = words.filter((w) => k.stopwords.has(w)).length;
  const ratio = words.length === 0 ? 0 : hits / words.length;
  const english = words.length < k.minWords ? null : ratio >= k.minRatio;
  return { ratio, words: words.length, english };
}
