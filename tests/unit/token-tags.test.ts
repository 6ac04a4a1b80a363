// The per-sentence token tags (src/extract/token-tags.ts) only let detectors skip tokens that
// cannot pass their own checks: extraction with every token given every tag must find exactly
// what it finds with the tags. A detector that reads a new word list without adding it to its
// tag's words fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../../src/nlp';
import { extract } from '../../src/extract';
import { loadKnowledge } from '../../src/knowledge';
import { defineTokenTag, tokenTags, withEveryTokenTagged } from '../../src/extract/token-tags';
import type { Article } from '../../src/model/types';

const knowledge = loadKnowledge();

function articlesIn(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .sort()
    .map((f) => ({ id: f, path: join(dir, f), file: f, title: '', date: '2024-05-01', text: readFileSync(join(dir, f), 'utf8') }));
}

const sentences = [
  'The ministry in Lusaka flatly rejected the allegations as baseless on Friday, saying the report was a fabrication.',
  'Prime Minister Lina Okafor accused Accra of shelling the border post and lodged a strong protest with its envoy.',
  'The council will not accept any deal that leaves the dam in foreign hands, its chairman warned.',
  'Santiago called for talks and offered to host a summit, while Lima said it was open to negotiations.',
  '“The shelling must stop now,” the envoy told reporters, adding that both sides had agreed to exchange prisoners.',
];

test('extraction finds the same with every token tagged as with the tags', () => {
  const articles = [
    ...articlesIn(join(__dirname, '..', 'fixtures', 'dev', 'articles')),
    { id: 'own', path: 'own.txt', file: 'own.txt', title: '', date: '2024-05-01', text: sentences.join('\n') },
  ];
  expect(articles.length).toBeGreaterThan(5);
  for (const article of articles) {
    const tagged = extract(annotate(article), knowledge);
    const everything = withEveryTokenTagged(() => extract(annotate(article), knowledge));
    expect(tagged).toEqual(everything);
  }
});

test('a tag marks the tokens whose normal form, base form or lemma is one of its words', () => {
  const tag = defineTokenTag(() => ({ normals: ['envoy'], bases: ['reject'], lemmas: ['summit'] }));
  const [sentence] = annotate({ id: 'a', path: 'a', file: 'a', title: '', date: null, text: 'The envoy rejected two summits.' }).sentences;
  const tags = tokenTags({ knowledge }, sentence);
  expect(sentence.tokens.filter((_, i) => (tags[i] & tag) !== 0).map((t) => t.text)).toEqual(['envoy', 'rejected', 'summits']);
});
