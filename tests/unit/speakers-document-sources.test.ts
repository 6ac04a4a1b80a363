// Words a document speaks for its author: "the Amnesty report documented", "a letter from X to Y
// says", "according to this report" (the report the text last named), and a body's statement that
// opens with its stance ("The Department is appalled by ...") and goes on in its state's name.
// Sentences written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a document speaks for its author', () => {
  test('a verb that reports only with a document as subject: documented, found, reads', () => {
    const edges = edgesOf([
      'Prison abuse in Moldavia',
      '',
      'The Human Rights Watch report also documented beatings of detainees in Chisinau.',
      '',
      "Amnesty International's report found that Moldavia blocked food convoys. The Interior Ministry letter reads \"no convoy will pass\".",
      '',
      'Ana Ruiz found the keys under a chair.',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Human Rights Watch', 'documented beatings')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Interior Ministry', 'letter reads')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Amnesty International', 'found that Moldavia blocked')).toBe(true);
    expect(edges.some((e) => e.evidence.includes('found the keys'))).toBe(false);
  });

  test('a letter from its author to an addressee is the author\'s, not the addressee\'s', () => {
    const edges = edgesOf('Steel dispute\n\nA March 4 letter from Trade Commissioner Ana Lindqvist to Chancellor Olaf Brandt says the tariffs would break trade rules.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Ana Lindqvist', 'the tariffs would break')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Olaf Brandt', 'the tariffs would break')).toBe(false);
  });

  test('"according to this report": the author of the report the text last named, not the subject after the comma', () => {
    const edges = edgesOf([
      'Executions in Lakeland',
      '',
      'Amnesty International published a report on Monday. According to this report, Lakeland has resumed executions of minors.',
      '',
      'According to the Amnesty International report, the men were tortured in custody.',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Amnesty International', 'Lakeland has resumed executions')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Lakeland')).toBe(false);
    expect(hasEdge(edges, 'STATEMENT', 'Amnesty International', 'the men were tortured')).toBe(true);
  });
});

describe("a body's statement that opens with its stance", () => {
  test('"The Department of State is appalled by ...": the department speaks every sentence, also where the text names its state', () => {
    const edges = edgesOf([
      'Journalists jailed in Lakeland',
      '',
      'The Department of State is appalled by the secret trial of two journalists in Lakeland. The trial lasted less than an hour.',
      '',
      'The United States condemns these proceedings. The regime jailed eleven reporters last year.',
      '',
      'We will continue to press the authorities to free every detained reporter.',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Department of State', 'The trial lasted less than an hour')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Department of State', 'jailed eleven reporters')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Department of State', 'We will continue to press')).toBe(true);
  });

  test('a body that only acts in its opening issues no statement', () => {
    const edges = edgesOf([
      'Floods in Pelagia',
      '',
      'The Red Cross is sending tents to the coast. The river rose two metres overnight.',
      '',
      'Rescue teams reached three villages on Tuesday.',
    ].join('\n'));
    expect(edges.some((e) => e.evidence.includes('The river rose'))).toBe(false);
  });
});

describe('the one who only saw a document is not its author', () => {
  test('"a letter seen by X says" is not X\'s; "a report published by X", "a statement signed by X" are', () => {
    const edges = edgesOf([
      'Asylum forms',
      '',
      'A leaked internal letter seen by Sky News says the forms must be returned within 20 days.',
      '',
      'A letter obtained by the BBC says the camp will close. A report published by Amnesty International says the forms are unfair. A statement signed by Ana Ruiz says the camp must stay open.',
    ].join('\n'));
    expect(edges.some((e) => e.source === 'Sky News')).toBe(false);
    expect(edges.some((e) => e.source === 'BBC')).toBe(false);
    expect(hasEdge(edges, 'STATEMENT', 'Amnesty International', 'forms are unfair')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Ana Ruiz', 'must stay open')).toBe(true);
  });
});
