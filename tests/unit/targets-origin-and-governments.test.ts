// Who words are about: not where something comes from ("an award from the WTO against the EU"),
// and "the Syrian Government" is the state as "the Syrian government" is. Sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const find = (edges: Edge[], type: string, words: string): Edge | undefined => edges.find((e) => e.type === type && e.evidence.includes(words));

describe('targets and the state behind its government', () => {
  const edges = edgesOf(
    'Rulings\n\nBrazil and Argentina met in Geneva. ' +
      '"Brazil won a ruling from the International Court of Justice against Argentina," Brazilian Foreign Minister Mauro Vieira said. ' +
      'Chile condemned the use of force by the Peruvian Government against protesters. ' +
      'The Peruvian Government said the protests were a plot.',
  );

  test('an actor after "from" is where something comes from: the words are about the one it is against', () => {
    expect(find(edges, 'STATEMENT', 'ruling from the International Court')?.targets[0]).toBe('Argentina');
  });

  test('"the Peruvian Government" (capitalised) is Peru, as speaker and as target', () => {
    expect(find(edges, 'STATEMENT', 'protests were a plot')?.source).toBe('Peru');
    expect(find(edges, 'ACCUSATION', 'use of force by the Peruvian')?.targets).toContain('Peru');
    expect([...edges.map((e) => e.source), ...edges.flatMap((e) => e.targets)]).not.toContain('Peruvian Government');
  });
});

describe("an office's spelling names its state: the speaker's own side is no target", () => {
  test('"Defense Secretary X" speaks for the United States, "Defence Secretary Y" for the United Kingdom', () => {
    const edges = edgesOf(
      'Drills\n\nDefense Secretary Pete Hegseth met allies in Manila. ' +
        'Hegseth said the United States would defend the Philippines against any attack by China. ' +
        'Defence Secretary John Healey said the United Kingdom would send two frigates to counter Russia.',
    );
    expect(find(edges, 'STATEMENT', 'Hegseth said')?.targets).not.toContain('United States');
    expect(find(edges, 'STATEMENT', 'Healey said')?.targets).not.toContain('United Kingdom');
    expect(find(edges, 'STATEMENT', 'Healey said')?.targets).toContain('Russia');
  });
});

describe('a titled surname whose holders in the office-holder dictionaries share one country speaks for it', () => {
  test('"President Obama said the United States ...": the United States is his side, not his target', () => {
    const edges = edgesOf('Warning to Pyongyang\n\nPresident Obama said the United States would never accept a nuclear-armed North Korea.\n');
    expect(find(edges, 'STATEMENT', 'Obama said')?.targets).toEqual(['North Korea']);
  });
});

describe('the place of a dateline is where the item was filed, no target', () => {
  test('"NAIROBI, Kenya, May 3, 2016 – ..." and "Ottawa – ...": the dateline\'s state is not aimed at', () => {
    const edges = edgesOf(
      'Border talks\n\nNAIROBI, Kenya, May 3, 2016 – Somalia must stop the raids across the border, Ethiopian Foreign Minister Tedros Adhanom said.\n\n' +
        'Ottawa – Canadian Foreign Minister Stephane Dion said Venezuela must free its political prisoners.\n',
    );
    expect(find(edges, 'STATEMENT', 'stop the raids')?.targets).toEqual(['Somalia']);
    expect(find(edges, 'STATEMENT', 'free its political prisoners')?.targets).toEqual(['Venezuela']);
  });
});

describe('a party named where something happens ranks after the parties named otherwise', () => {
  test('"In Mali, the junta ...", "a forum in Indonesia": the venue is no first target; "to deploy in Mali" still aims at Mali', () => {
    const edges = edgesOf(
      'Sahel\n\nSenegalese Foreign Minister Cheikh Niang said that in Mali, Russia was backing the junta against the rebels. ' +
        'Niang told a security forum in Indonesia that China should stop arming the Burkinabe army. ' +
        'Niang proposed to deploy a West African force in Mali.',
    );
    expect(find(edges, 'STATEMENT', 'Russia was backing')?.targets[0]).toBe('Russia');
    expect(find(edges, 'STATEMENT', 'forum in Indonesia')?.targets[0]).toBe('China');
    expect(find(edges, 'PROPOSAL', 'deploy a West African force')?.targets[0]).toBe('Mali');
  });
});

test('"told reporter X" names who took the words down, never whom they are about', () => {
  const edges = edgesOf('Talks\n\nOpposition leader Nelson Chamisa told reporter Ruth Banda that the ruling party was blocking the talks with Zambia.\n');
  expect(find(edges, 'STATEMENT', 'told reporter')?.targets).not.toContain('Ruth Banda');
});

test('a forum where states speak is the place of the words, unless a verb addresses it', () => {
  const edges = edgesOf(
    'Council\n\nKenyan Ambassador Martin Kimani said that as a permanent member of the United Nations Security Council, Russia must stop the raids. ' +
      'Kimani urged the United Nations Security Council to send monitors to Somalia.\n',
  );
  expect(find(edges, 'STATEMENT', 'must stop the raids')?.targets[0]).toBe('Russia');
  expect(find(edges, 'PROPOSAL', 'urged the United Nations')?.targets[0]).toBe('United Nations Security Council');
});

describe("a state's organ the dictionaries know speaks for that state: its own state is no target", () => {
  test('"National Security Council spokeswoman X said the United States is open to ..." is about the other party', () => {
    const edges = edgesOf('Talks Offer\n\nIn Washington, National Security Council spokeswoman Maria Delgado said the United States is open to negotiations with Cuba.\n');
    expect(find(edges, 'STATEMENT', 'open to negotiations')?.targets).toEqual(['Cuba']);
  });

  test('a legislature is not the executive\'s side: the Senate stays a target of the president\'s office', () => {
    const edges = edgesOf('Budget\n\nWhite House budget director Tom Ellery said the Senate had failed the troops by delaying the funding bill.\n');
    expect(find(edges, 'STATEMENT', 'failed the troops')?.targets).toContain('Senate');
  });
});
