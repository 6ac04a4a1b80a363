// Targets from the other side of the article: a claim whose words name no party but the speaker's
// own is aimed at the party the article sets against the speaker (src/extract/counterpart-targets.ts).
// Sentences written for these tests: other countries, other people, other phrasings than any fixture.
import { extractOne, resolveTexts, type Edge } from '../setup/extract-text';

const statementBy = (edges: Edge[], source: string, words: string): Edge | undefined =>
  edges.find((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('the other side as target', () => {
  test('words about nobody: the party the article names most outside the speaker\'s side', () => {
    const text = [
      'Belarusian drones crossed into Lithuania twice this week, and Minsk moved two brigades closer to the border.',
      'Belarus denied sending the drones.',
      '"This is unacceptable and we will not look away," Lithuanian Prime Minister Inga Ruginiene said on Tuesday.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Inga Ruginiene', 'unacceptable')?.target).toBe('Belarus');
  });

  test('words about the speaker\'s own state only: the other side first, the own state kept after it', () => {
    const text = [
      'Chile and Bolivia have argued over the waters of the Silala for a decade; Bolivia took the case to court again this week.',
      'Chilean Foreign Minister Alberto van Klaveren said Santiago would not give up a single litre.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    const statement = statementBy(edges, 'Alberto van Klaveren', 'litre');
    expect(statement?.target).toBe('Bolivia');
    expect(statement?.targets).toContain('Chile');
  });

  test('a person counts for the state the article makes them speak for', () => {
    const text = [
      'Uruguay stayed out of the dispute.',
      'Paraguay closed the river crossing on Monday, and Paraguayan President Santiago Pena defended the decision.',
      '"We are ready for any outcome," Argentine Foreign Minister Gerardo Werthein said.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    // Uruguay and Paraguay are each named once as states; Paraguay's president counts for Paraguay
    expect(statementBy(edges, 'Gerardo Werthein', 'any outcome')?.target).toBe('Paraguay');
  });

  test('a speaker who names another party keeps it', () => {
    const text = [
      'Chile and Bolivia have argued over the waters of the Silala for a decade; Bolivia took the case to court again this week.',
      'Chilean Foreign Minister Alberto van Klaveren said Peru had offered to mediate.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Alberto van Klaveren', 'mediate')?.target).toBe('Peru');
  });

  test('nobody else in the article: no target', () => {
    const { edges } = extractOne('"Our economy grew by three percent," Kenyan President William Ruto said in Nairobi.\n');
    const statement = statementBy(edges, 'William Ruto', 'economy');
    expect(statement).toBeDefined();
    expect(statement?.target).toBeNull();
  });
});

describe('the speaker\'s own side', () => {
  test('a body\'s own people are its side: "the Elysee said Macron ..." is about the other party', () => {
    const text = [
      'Algeria and France have argued over visas for months; Algeria recalled its ambassador again.',
      'French President Emmanuel Macron met his cabinet on Monday.',
      'The Elysee said Macron would not attend any meeting before the summit.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(edges.find((e) => e.type === 'STATEMENT' && e.evidence.includes('would not attend'))?.target).toBe('Algeria');
  });

  test('a well-known person speaks for the state knowledge gives them, even where the text names no title', () => {
    const text = [
      'Guyana and Venezuela traded warnings over the Essequibo on Sunday, and Venezuela sent two more ships to the border.',
      'Irfaan Ali spoke in Georgetown.',
      '"Guyana will defend every inch," Ali said.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(edges.find((e) => e.type === 'STATEMENT' && e.evidence.includes('every inch'))?.target).toBe('Venezuela');
  });
});

describe('how the target was found, kept on the edge', () => {
  const text = [
    'Estonia and Russia traded accusations over the Narva river border this week.',
    'Russia removed buoys that Estonia had placed on the river.',
    '"We will protect our border," Estonian Interior Minister Igor Taro said.',
    'Taro also told Russia to return the buoys.',
    '"This cannot go on," he added.',
    '',
  ].join('\n');
  const { articles, nodes } = resolveTexts([text]);
  const byWords = (words: string) => articles[0].relations.find((r) => r.type === 'STATEMENT' && r.evidence.includes(words));

  test('a target the sentence names is "sentence"', () => {
    const told = byWords('return the buoys');
    expect(nodes.get(told?.target ?? '')?.name).toBe('Russia');
    expect(told?.targetFrom).toBe('sentence');
  });

  test('a target inferred from the other side says so', () => {
    const own = byWords('protect our border');
    expect(nodes.get(own?.target ?? '')?.name).toBe('Russia');
    expect(own?.targetFrom).toBe('other side');
  });

  test('a speaker who goes on keeps the party of the earlier claim, and says so', () => {
    const added = byWords('cannot go on');
    expect(nodes.get(added?.target ?? '')?.name).toBe('Russia');
    expect(added?.targetFrom).toBe('earlier claim');
  });

  test('a title that exists in one state only makes the speaker speak for it: "Treasury Secretary X" for the United States', () => {
    const text = [
      'Washington placed a bank in Laos on its sanctions list, saying it had moved money for Myanmar\'s army.',
      'Myanmar denied it, and Myanmar\'s junta called the move "illegal".',
      'Treasury Secretary Janet Okafor said the United States would not tolerate such conduct.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Janet Okafor', 'tolerate')?.target).toBe('Myanmar');
  });

  test('the body a role phrase gives the speaker is their own side: "X, a spokeswoman for the Y, said the Y ..."', () => {
    const text = [
      'Chad accused Niger of draining the lake; Chad said it would take the dispute to the African Union.',
      'Ruth Abara, a spokeswoman for the Lake Basin Authority, said the Lake Basin Authority would publish its own figures.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Ruth Abara', 'figures')?.target).toBe('Chad');
  });

  test('a state\'s medium: the state\'s own bodies are its side, the other state is the target', () => {
    const text = [
      'Philippine coast guard vessels and Chinese ships collided near the shoal; the Philippines protested to Beijing.',
      'The Philippines said its crew had been injured.',
      '"The People\'s Liberation Army acted with restraint," Xinhua said.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Xinhua', 'restraint')?.target).toBe('Philippines');
  });
});

describe('a well-known person\'s country from the Phoenix dictionaries', () => {
  const text = [
    'Argentina and Uruguay have quarrelled over a pulp mill on the river for two years.',
    'Argentina closed a bridge again on Friday, and Uruguay asked a court in The Hague for a ruling.',
    'Argentina says the mill poisons the water.',
    '"We will not give up our river," Carlos Saul Menem said at a rally.',
    '',
  ].join('\n');

  test('a person the dictionaries place in one country speaks for it: the other side is the target', () => {
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Carlos Saul Menem', 'our river')?.target).toBe('Uruguay');
  });

  test('a person knowledge does not place: the state named most stays the other side', () => {
    const { edges } = extractOne(text.replace('Carlos Saul Menem', 'Tomas Iriarte Vega'));
    expect(statementBy(edges, 'Tomas Iriarte Vega', 'our river')?.target).toBe('Argentina');
  });

  test('a person the dictionaries place keeps another party the words name', () => {
    const { edges } = extractOne(text.replace('"We will not give up our river,"', '"Brazil should stay out of this,"'));
    expect(statementBy(edges, 'Carlos Saul Menem', 'stay out')?.target).toBe('Brazil');
  });
});

describe('a speaker of whom nothing tells a side, in an article about one state', () => {
  test('is taken to be of that state: the other side is whom the article sets against it', () => {
    const text = [
      'Kenya raised its tariffs on imported sugar on Monday.',
      'Kenya says the cheap imports are ruining its farmers, and Kenya wants a review of the regional trade pact.',
      'Kenya has made the same complaint before, and Kenya lost that case.',
      'Tanzania called the new tariffs a breach of the pact.',
      '"Our farmers cannot wait any longer," Wanjiru Odhiambo said on Tuesday.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Wanjiru Odhiambo', 'cannot wait')?.target).toBe('Tanzania');
  });

  test('no state named far more than the others: the state named most stays the other side', () => {
    const text = [
      'Kenya raised its tariffs on imported sugar on Monday, and Kenya wants a review of the regional trade pact.',
      'Tanzania called the new tariffs a breach of the pact; Tanzania may go to court.',
      '"Our farmers cannot wait any longer," Wanjiru Odhiambo said on Tuesday.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Wanjiru Odhiambo', 'cannot wait')?.target).toBe('Kenya');
  });

  test('a speaker whose title gives a side keeps it', () => {
    const text = [
      'Kenya raised its tariffs on imported sugar on Monday.',
      'Kenya says the cheap imports are ruining its farmers, and Kenya wants a review of the regional trade pact.',
      'Kenya has made the same complaint before, and Kenya lost that case.',
      'Tanzania called the new tariffs a breach of the pact.',
      '"This pact was signed in good faith," Tanzanian Trade Minister Selemani Jafo said on Tuesday.',
      '',
    ].join('\n');
    const { edges } = extractOne(text);
    expect(statementBy(edges, 'Selemani Jafo', 'good faith')?.target).toBe('Kenya');
  });
});

describe('a headline that names the speaker by surname', () => {
  const { edges } = extractOne(
    "Mwale Rejects Zambian President's Election Win as 'Sham'\n\n" +
      'LUSAKA -- Zambian opposition leader Peter Mwale called the result of the presidential election a fraud on Tuesday, a week after the Electoral Commission of Zambia declared the vote valid.\n\n' +
      'In a televised address, Mwale said that the opposition would go on with peaceful protests.',
  );

  test('the surname alone is the speaker, never the other side of his own claims', () => {
    expect(edges.filter((e) => e.source === 'Peter Mwale').every((e) => e.target !== 'Peter Mwale')).toBe(true);
  });

  test("a lone word the headline quotes ('Sham') is no party a later claim inherits", () => {
    expect(statementBy(edges, 'Peter Mwale', 'called the result')?.target).toBe('Electoral Commission of Zambia');
    expect(edges.some((e) => e.target === 'Sham')).toBe(false);
  });
});

// A lone surname after an office names a person ("President Ruiz"): a claim that names them is
// aimed at them, not at the other side the article sets against the speaker. Sentences written
// for this test.
test('"President Ruiz must step down now": the titled surname is the target, not the article\'s other side', () => {
  const text = 'Statement on Lakeland\n\nWe condemn the killing of opposition leader Tomas Vela in Lakeland. Norway stands with the people of Lakeland.\n\nPresident Ruiz must step down now before taking his country further down this path.\n';
  const edge = extractOne(text).edges.find((e) => e.type === 'PROPOSAL' && e.evidence.startsWith('President Ruiz must'));
  expect(edge?.targets[0]).toBe('Ruiz');
});
