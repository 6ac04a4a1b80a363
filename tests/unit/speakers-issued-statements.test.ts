// Speakers named around the words rather than as a verb's subject: a statement issued "saying",
// a spokesperson "from" a body, a state in apposition to a description. Sentences written for this test.
import { edgesOf, resolveTexts, hasEdge } from '../setup/extract-text';

const by = hasEdge;

describe('speakers around the words', () => {
  const edges = edgesOf(
    'Trade\n\nThe African Union issued a statement from Addis Ababa saying, "If Morocco closes the border, we will respond." ' +
      'A spokesperson from the Kenyan Foreign Ministry noted that Nairobi had summoned the envoy. ' +
      "Ethiopia's main creditor, the Chinese, said they would restructure the debt.",
  );

  test('"issued a statement (from a place) saying": the issuer says it, and threatens with it', () => {
    expect(by(edges, 'STATEMENT', 'African Union', 'we will respond')).toBe(true);
    expect(by(edges, 'THREAT', 'African Union', 'we will respond')).toBe(true);
  });

  test('"a spokesperson from the X Ministry": the ministry speaks', () => {
    expect(by(edges, 'STATEMENT', 'Kenyan Foreign Ministry', 'summoned the envoy')).toBe(true);
  });

  test('"X\'s main creditor, the Chinese, said": the state in apposition to the description', () => {
    expect(by(edges, 'STATEMENT', 'China', 'restructure the debt')).toBe(true);
  });

  test('"read a statement saying" names no speaker', () => {
    expect(edgesOf('Vote\n\nReporters read a statement saying the vote was fair.').filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('the name a person is known by when two forms are as frequent', () => {
  test('the form whose words are names, not English words ("Manuel" over the typo "Manual")', () => {
    const { nodes } = resolveTexts([
      'Talks\n\nMexican President Andres Manual Lopez Obrador said the talks went well.',
      'Tariffs\n\nMexican President Andres Manuel Lopez Obrador said the tariffs would hurt both countries.',
    ]);
    expect([...nodes.values()].map((n) => n.name)).toContain('Andres Manuel Lopez Obrador');
    expect([...nodes.values()].map((n) => n.name)).not.toContain('Andres Manual Lopez Obrador');
  });
});

// A warning or an ultimatum issued is an utterance too, and possessives or adverbs may stand before
// the noun ("issuing its sternest warning yet"). Sentences written for this test.
test('"X is issuing its sternest warning yet to Y": a statement (and the warning a threat)', () => {
  const edges = edgesOf('Warning\n\nPeru is issuing its sternest warning yet to Chile not to send warships into the bay.\n');
  expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Peru' && e.evidence.includes('sternest warning'))).toBe(true);
  expect(edges.some((e) => e.type === 'THREAT' && e.source === 'Peru' && e.targets.includes('Chile'))).toBe(true);
});

describe("a government body's spokesperson relays its state's words", () => {
  test('"A Foreign Office spokesperson said:" and a quote where the United Kingdom speaks: the United Kingdom\'s words, "we" too', () => {
    const edges = edgesOf('Election in Peru\n\nA Foreign Office spokesperson said:\n\n“The United Kingdom congratulates Ana Ruiz on her election as President of Peru. We welcome her pledge to hold talks with the opposition.”\n');
    expect(by(edges, 'STATEMENT', 'United Kingdom', 'congratulates Ana Ruiz')).toBe(true);
    expect(by(edges, 'STATEMENT', 'United Kingdom', 'We welcome her pledge')).toBe(true);
    expect(edges.filter((e) => e.source === 'Foreign Office' && !e.evidence.endsWith('said:'))).toEqual([]);
  });

  test('a body of government knowledge gives no state gives way to the state that speaks; a group that is no government does not', () => {
    const ministry = edgesOf('Border clash\n\nA Ministry of External Relations spokesperson said:\n\n“Angola condemns the attack on its border post. We call for calm.”\n');
    expect(by(ministry, 'STATEMENT', 'Angola', 'We call for calm')).toBe(true);
    const ngo = edgesOf('Executions\n\nAn Amnesty International spokesperson said:\n\n“Iran says the men were spies. We call for the sentences to be lifted.”\n');
    expect(by(ngo, 'STATEMENT', 'Iran', 'We call for the sentences')).toBe(false);
  });
});

describe('a headline in the passive names who is urged, not who speaks', () => {
  test('"Laos Urged To Free Activists": Laos is no issuer of the statement under it', () => {
    const edges = edgesOf('Laos Urged To Free Activists\n\nThe United States remains troubled by the arrest of three activists in Vientiane, according to a statement released on Monday.\n\nWe urge the government to free them and to open a dialogue with civil society.\n');
    expect(edges.filter((e) => e.source === 'Laos')).toEqual([]);
    expect(edges.some((e) => e.source === 'United States' && e.evidence.startsWith('We urge'))).toBe(true);
  });

  test('"has asked to have peacekeepers sent" is active: the subject asks', () => {
    const edges = edgesOf('Border clashes\n\nPHNOM PENH, Feb 8, 2011 - Thai Prime Minister Abhisit Vejjajiva has asked to have U.N. observers sent to the border.\n');
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Abhisit Vejjajiva')).toBe(true);
  });
});

describe('"the statement" later is the one a speaker made "in a statement"', () => {
  test('"Eritrea said in a statement ... The statement also threatened ...": Eritrea threatens', () => {
    const edges = edgesOf('Border row\n\nASMARA, June 3, 2008 - Eritrea said in a statement on Monday it would not withdraw its troops. The statement also threatened to close the port to Ethiopian goods.\n');
    expect(by(edges, 'THREAT', 'Eritrea', 'close the port')).toBe(true);
  });
});
