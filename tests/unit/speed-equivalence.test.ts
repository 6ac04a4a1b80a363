// Checks written for speed that must answer exactly what the plain versions answered: the ISO date
// check read digit by digit (src/knowledge/fields.ts), the first-name shape without Unicode
// property look-ups for ASCII names (src/knowledge/derived/first-names.ts), and longestMatch
// remembering its matches per token list (src/extract/lexicon-match.ts).
import { isoDate, type FieldContext } from '../../src/knowledge/fields';
import { validateFirstNamesFile } from '../../src/knowledge/derived/first-names';
import { longestMatch } from '../../src/extract/lexicon-match';
import { annotate } from '../../src/nlp';
import { loadKnowledge } from '../../src/knowledge';
import type { Article, Token } from '../../src/model/types';

const ctx: FieldContext = { source: 't.json', path: 'd' };

/** The check as it was: the pattern, then the calendar through Date. */
function plainIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 100) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

test('ISO dates: the digit-by-digit check accepts exactly what the pattern and the calendar accept', () => {
  const samples = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2019-04-31', '2019-04-30', '2019-12-31', '2019-13-01', '2019-00-10', '2019-01-00', '0099-05-05', '0100-05-05',
    '2019-1-01', '2019/01/01', '20190101', '2019-01-01x', 'x2019-01-01', '2019-0a-01', '2019-01-3 ', '２０１９-01-01', '2019-01-０1', '9999-12-31', '1000-06-31', '2019--1-01', '2019-01--1'];
  for (let month = 0; month <= 13; month++) for (const day of [0, 1, 28, 29, 30, 31, 32]) samples.push(`2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  for (const date of samples) {
    const accepted = (() => {
      try {
        return isoDate(date, ctx) === date;
      } catch {
        return false;
      }
    })();
    expect([date, accepted]).toEqual([date, plainIsoDate(date)]);
  }
});

test('first names: one lower-case word, the same answer with or without the ASCII shortcut', () => {
  const oneWord = /^\p{Ll}(?:\p{Ll}|[-'](?=\p{Ll}))+$/u;
  const letters = ['a', 'q', 'Z', '-', "'", ' ', 'é', '7', 'ø'];
  const words: string[] = [];
  const grow = (word: string, depth: number): void => {
    if (word) words.push(word);
    if (depth < 4) for (const c of letters) grow(word + c, depth + 1);
  };
  grow('', 0);
  for (const word of words) {
    let accepted: boolean;
    try {
      accepted = validateFirstNamesFile({ either: [word] }, 'f.json').has(word);
    } catch {
      accepted = false;
    }
    // the validator also wants lower case and no double spaces (lowerPhrase): those come first
    const expected = word.trim() === word && word.toLowerCase() === word && !/\s{2,}/.test(word) && oneWord.test(word);
    expect([word, accepted]).toEqual([word, expected]);
  }
});

function tokensOf(text: string): Token[] {
  const article: Article = { id: 'a', path: 'a.txt', file: 'a.txt', title: '', date: '2024-05-01', text };
  return annotate(article).sentences.flatMap((s) => s.tokens);
}

test('longestMatch gives the same match whether asked once, again, or after another token list', () => {
  const knowledge = loadKnowledge();
  const a = tokensOf('The Chilean foreign minister met officials of the European Union and the Kenyan Defence Ministry in Lusaka.');
  const b = tokensOf('The US and the United Kingdom said the UN Security Council would meet; us officials disagreed.');
  const tries = [knowledge.names, knowledge.roles, knowledge.orgHeads];
  const fresh = (tokens: Token[], i: number, trie: (typeof tries)[number], anyCase: boolean) => {
    // another list with the same tokens: nothing remembered for it
    return longestMatch(tokens.slice(), i, trie, anyCase);
  };
  let matched = 0;
  for (const tokens of [a, b, a]) {
    for (let i = -1; i <= tokens.length; i++) {
      for (const trie of tries) {
        for (const anyCase of [false, true]) {
          const first = longestMatch(tokens, i, trie, anyCase);
          expect(longestMatch(tokens, i, trie, anyCase)).toBe(first);
          expect(fresh(tokens, i, trie, anyCase)).toEqual(first);
          if (first) matched++;
        }
      }
    }
  }
  expect(matched).toBeGreaterThan(10);
});
