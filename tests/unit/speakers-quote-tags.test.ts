// A quotation that closes on its own stop ('“...!”', '“...?”', '“....”') and the speaker's tag after
// it on the same line ('asked X', 'X said as ...'): the sentence splitter cuts them apart, the
// extractor reads them as one sentence again. Sentences written for these tests.
import { edgesOf, type Edge } from '../setup/extract-text';

const said = (edges: Edge[], source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

const heading = ['Harbour strike enters second week', ''];

describe('a quote tag after a quotation that ends a sentence', () => {
  test('an exclamation, then the speaker and a verb of saying', () => {
    const edges = edgesOf([...heading, '“We will not unload a single ship!” dockers’ union leader Tomasz Wrona said as he addressed the crowd in Gdansk.', ''].join('\n'));
    expect(said(edges, 'Tomasz Wrona', 'single ship')).toBe(true);
  });

  test('a question, then an inverted "asked X"', () => {
    const edges = edgesOf([...heading, '“Who will pay our families while the port is closed?” asked Marta Zielinska, a crane operator.', ''].join('\n'));
    expect(said(edges, 'Marta Zielinska', 'port is closed')).toBe(true);
  });

  test('a question, then "X asked"', () => {
    const edges = edgesOf([...heading, 'Port director Pavel Novak met the strikers on Monday.', '', '“How long can the city afford this?” Novak asked.', ''].join('\n'));
    expect(said(edges, 'Pavel Novak', 'afford this')).toBe(true);
  });

  test('a quotation of two sentences with a full stop before its mark, then the tag', () => {
    const edges = edgesOf([...heading, '“The offer is an insult. We reject it.” Wrona told reporters on Tuesday.', '', 'Tomasz Wrona leads the dockers’ union.', ''].join('\n'));
    expect(said(edges, 'Tomasz Wrona', 'We reject it')).toBe(true);
    expect(said(edges, 'Tomasz Wrona', 'offer is an insult')).toBe(true);
  });

  test('the quotation no longer goes to the speaker of the paragraph before it', () => {
    const text = [
      ...heading,
      'Transport Minister Ewa Lis said on Monday the government would not intervene: “This is a matter for the company.”',
      '',
      '“The minister has abandoned us!” Tomasz Wrona said.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'Tomasz Wrona', 'abandoned us')).toBe(true);
    expect(said(edges, 'Ewa Lis', 'abandoned us')).toBe(false);
  });

  test('not joined: a new sentence after the quotation that is no tag', () => {
    const text = [
      ...heading,
      'Union leader Tomasz Wrona spoke to the crowd: “We will not give in!” The police closed the bridge to traffic on Tuesday.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'Tomasz Wrona', 'give in')).toBe(true);
    expect(edges.some((e) => e.evidence.includes('closed the bridge'))).toBe(false);
  });

  test('not joined: a tag on the next line belongs to its own paragraph', () => {
    const text = [...heading, '“Enough is enough!”', '', 'Port director Pavel Novak said the talks would resume on Friday.', ''].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'Pavel Novak', 'talks would resume')).toBe(true);
    expect(said(edges, 'Pavel Novak', 'Enough is enough')).toBe(false);
  });
});

describe('a verb that reports words only beside a quote, introducing one', () => {
  const budget = ['Budget vote looms', ''];

  test('"He continued: “...”" and "X concluded, “...”"', () => {
    const text = [
      ...budget,
      'Finance Minister Lindiwe Dube defended the plan in parliament on Tuesday. She continued: “We cannot borrow our way out of this crisis.”',
      '',
      'Opposition leader Themba Khoza spoke next. Khoza concluded, “This budget punishes the poor and rewards the connected.”',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'Lindiwe Dube', 'borrow our way out')).toBe(true);
    expect(said(edges, 'Themba Khoza', 'punishes the poor')).toBe(true);
  });

  test('"X continued:" closing its paragraph hands over the quoted paragraph below', () => {
    const text = [...budget, 'Finance Minister Lindiwe Dube spoke for an hour.', '', 'Dube continued:', '', '“The fiscal rule will be written into law before the end of the year.”', ''].join('\n');
    expect(said(edgesOf(text), 'Lindiwe Dube', 'fiscal rule')).toBe(true);
  });

  test('not an utterance: "continued:" with no quote after it', () => {
    const text = [...budget, 'Finance Minister Lindiwe Dube left the chamber.', '', 'The talks continued: nobody expected a deal before Friday.', ''].join('\n');
    expect(edgesOf(text).some((e) => e.evidence.includes('nobody expected'))).toBe(false);
  });
});

// "Y added:" after a closed quotation introduces the next quotation; it is no tag of the one before.
test('a speaker\'s colon after a closed quotation opens the next quotation', () => {
  const edges = edgesOf('Steel\n\nTrade Minister Ana Ruiz said: “We will not sit idly. The ministry will propose countermeasures against Chile.” Deputy Minister Olaf Brandt added: “The root cause is overcapacity.”\n');
  expect(edges.some((e) => e.source === 'Ana Ruiz' && e.evidence.includes('propose countermeasures'))).toBe(true);
  expect(edges.some((e) => e.source === 'Olaf Brandt' && e.evidence.includes('propose countermeasures'))).toBe(false);
  expect(edges.some((e) => e.source === 'Olaf Brandt' && e.evidence.includes('root cause'))).toBe(true);
});
