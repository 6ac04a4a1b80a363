// Speaker shapes for recall on unseen news (issue 10): verbs that need a word (asked whether,
// asked X to, called X “...”), party labels and home places after a name,
// headline labels, and a name at the end of an aside that is no speaker.
// Sentences written for these tests.
import { edgesOf } from '../setup/extract-text';

const TITLE = 'Talks on the northern corridor resume\n\n';
const said = (edges: ReturnType<typeof edgesOf>, source: string, words: string): boolean =>
  edges.some((e) => e.type === 'STATEMENT' && e.source === source && e.evidence.includes(words));

describe('verbs of saying that need a word after them', () => {
  test('"asked, “...”" and "asked X whether" are statements, not proposals', () => {
    const edges = edgesOf(TITLE + [
      'Norwegian moderator Ingrid Solberg asked, “Will the northern corridor open before winter?”',
      'Chilean senator Paulina Vodanovic asked Finance Minister Mario Marcel whether the copper levy would rise.',
    ].join('\n\n') + '\n');
    expect(said(edges, 'Ingrid Solberg', 'Will the northern corridor')).toBe(true);
    expect(said(edges, 'Paulina Vodanovic', 'copper levy')).toBe(true);
    // a question is no proposal (a request to act, 'asked X to', is one with no verb of saying: proposal-acts.test.ts)
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Ingrid Solberg')).toBe(false);
    expect(edges.some((e) => e.type === 'PROPOSAL' && e.source === 'Paulina Vodanovic')).toBe(false);
  });

  test('"called the plan “...”" is a statement; "was asked whether" is not the subject\'s', () => {
    const edges = edgesOf(TITLE + [
      'Peruvian lawmaker Ruth Luque called Congress’s mining bill “a gift to the smugglers of the Amazon.”',
      'Bolivian minister Eduardo del Castillo was asked whether the border would close.',
    ].join('\n\n') + '\n');
    expect(said(edges, 'Ruth Luque', 'mining bill')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Eduardo del Castillo')).toBe(false);
  });
});

describe('names with a party label or a home place', () => {
  test('"Sen. X (D-N.M.) said" stays one sentence', () => {
    const edges = edgesOf(TITLE + 'Sen. Martin Heinrich (D-N.M.) said the water compact would hold.\n\nRep. Tom Cole (R-Okla.) said the vote would come next week.\n');
    expect(said(edges, 'Martin Heinrich', 'water compact')).toBe(true);
    expect(said(edges, 'Tom Cole', 'vote would come')).toBe(true);
  });

  test('"X of <place>, <aside>, said"', () => {
    const edges = edgesOf(TITLE + 'Deputy Leticia Ortega of Santa Cruz, a farmer herself, said the drought would cut the harvest by half.\n');
    expect(said(edges, 'Leticia Ortega', 'drought would cut')).toBe(true);
  });
});

describe('asides are not the speaker', () => {
  test('a name at the end of an aside does not speak', () => {
    const edges = edgesOf(TITLE + 'Lucía Ferreyra, clad in a scarf that bore the name of President Javier Milei, said the march would go ahead.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Javier Milei')).toBe(false);
  });
});

describe('headline labels', () => {
  test('"X: Y\'s message ..." is X\'s words; "X: Remarks by Y" is a title', () => {
    const edges = edgesOf('Mottley: Barbados’s message will be heard in Baku\n\nBRIDGETOWN — Prime Minister Mia Mottley spoke to the island’s climate negotiators on Monday.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Mia Mottley' && e.evidence.includes('message will be heard'))).toBe(true);
  });
});

describe('who speaks in a description', () => {
  test('"The spokesman of the X board, Ana Ruiz, told": the person in apposition', () => {
    const edges = edgesOf(TITLE + 'The spokesman of the Independent Electoral Commission of Ghana, Samuel Tettey, told reporters the count would end on Friday.\n');
    expect(said(edges, 'Samuel Tettey', 'count would end')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source !== 'Samuel Tettey')).toBe(false);
  });

  test('"X of the opposition coalition told": the person the phrase hangs off', () => {
    const edges = edgesOf(TITLE + 'Bobi Wine of the main opposition coalition told the BBC the tally had been rigged.\n');
    expect(said(edges, 'Bobi Wine', 'tally had been rigged')).toBe(true);
  });

  test('"is calling the drills “...”" is the subject\'s own words', () => {
    const edges = edgesOf(TITLE + 'Japan’s Defense Ministry is calling the drills “the most dangerous in a decade,” with forty ships taking part.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.evidence.includes('most dangerous'))).toBe(true);
  });
});

describe('headline speakers', () => {
  test('"Ruto Says ..." is the person named in full below', () => {
    const edges = edgesOf('Ruto Says Kenya Will Not Back Down On Port Deal\n\nNAIROBI — Kenyan President William Ruto defended the port concession on Monday.\n');
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'William Ruto' && e.evidence.includes('Will Not Back Down'))).toBe(true);
  });
});

describe('verbs of speaking beyond say', () => {
  test('"spoke to", "talked about", "congratulated", "questioned whether", "revealed that", "testified that"', () => {
    const edges = edgesOf(TITLE + [
      'Danish Prime Minister Mette Frederiksen spoke to Greenland’s premier Mute Egede on Tuesday evening.',
      'Austrian Chancellor Karl Nehammer talked about the gas transit deal at length.',
      'Irish Prime Minister Simon Harris congratulated Maltese Prime Minister Robert Abela on the vote.',
      'Estonian lawmaker Kaja Kallas questioned whether the ferry levy would survive the winter.',
      'Swiss banker Sergio Ermotti revealed that the merger had cost more than planned.',
      'Former Croatian general Ante Gotovina testified that the order never reached his brigade.',
    ].join('\n\n') + '\n');
    expect(said(edges, 'Mette Frederiksen', 'spoke to')).toBe(true);
    expect(said(edges, 'Karl Nehammer', 'gas transit')).toBe(true);
    expect(said(edges, 'Simon Harris', 'congratulated')).toBe(true);
    expect(said(edges, 'Kaja Kallas', 'ferry levy')).toBe(true);
    expect(said(edges, 'Sergio Ermotti', 'merger had cost')).toBe(true);
    expect(said(edges, 'Ante Gotovina', 'order never reached')).toBe(true);
  });

  test('speaking without a word of content says nothing ("spoke on Monday", "talks continued")', () => {
    const edges = edgesOf(TITLE + 'Finnish President Alexander Stubb spoke on Monday in Turku.\n\nThe talks between Slovak Prime Minister Robert Fico and the unions continued.\n');
    expect(edges.some((e) => e.type === 'STATEMENT')).toBe(false);
  });
});

describe('quotes continued in the next paragraph', () => {
  test('a paragraph that is one quotation goes on with the speaker of the quote before it', () => {
    const edges = edgesOf(TITLE + [
      '“We will not sign a deal that leaves our fishermen behind,” Icelandic Fisheries Minister Hanna Katrin Fridriksson told reporters in Reykjavik.',
      '“The quotas have to be shared fairly between the coastal states.”',
      '“Otherwise the talks will fail again next spring.”',
      'The next round of talks is set for March.',
    ].join('\n\n') + '\n');
    expect(said(edges, 'Hanna Katrin Fridriksson', 'quotas have to be shared')).toBe(true);
    expect(said(edges, 'Hanna Katrin Fridriksson', 'talks will fail again')).toBe(true);
    expect(said(edges, 'Hanna Katrin Fridriksson', 'next round of talks')).toBe(false);
  });

  test('a quotation with a speaker of its own is that speaker\'s', () => {
    const edges = edgesOf(TITLE + [
      '“We will not sign a deal that leaves our fishermen behind,” Icelandic Fisheries Minister Hanna Katrin Fridriksson told reporters.',
      '“That is a position we cannot accept,” Norwegian Fisheries Minister Marianne Sivertsen said.',
    ].join('\n\n') + '\n');
    expect(said(edges, 'Hanna Katrin Fridriksson', 'cannot accept')).toBe(false);
    expect(said(edges, 'Marianne Sivertsen', 'cannot accept')).toBe(true);
  });
});

describe('praise and apology are utterances (CAMEO 051 and 055)', () => {
  test('"praised X for", "commended X", "apologised to X for": statements aimed at X', () => {
    const edges = edgesOf('Summit\n\nKenyan President William Ruto praised Ethiopia for its role in the talks. Ugandan President Yoweri Museveni commended Rwanda for its restraint. Ruto later apologised to Tanzania for the remarks of his minister.\n');
    const statements = edges.filter((e) => e.type === 'STATEMENT').map((e) => `${e.source} -> ${e.target}`);
    expect(statements).toEqual(expect.arrayContaining(['William Ruto -> Ethiopia', 'Yoweri Museveni -> Rwanda', 'William Ruto -> Tanzania']));
  });

  test('no statement: praise that is no words ("celebrated", "honoured")', () => {
    const edges = edgesOf('Holiday\n\nKenyan President William Ruto celebrated Independence Day in Nairobi. Ugandan President Yoweri Museveni honoured the veterans of the war.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('a participle of reproach or labelling after a comma, with its object', () => {
  test('", accusing X of", ", criticizing X for", ", calling X a Y": the subject of the main clause speaks', () => {
    const accusing = edgesOf('Border\n\nKenyan President William Ruto addressed parliament on Monday, accusing Tanzania of closing the border.\n');
    expect(accusing.find((e) => e.type === 'ACCUSATION' && e.source === 'William Ruto')).toEqual(expect.objectContaining({ target: 'Tanzania' }));
    const criticizing = edgesOf('Border\n\nKenyan President William Ruto addressed parliament on Monday, criticizing Tanzania for closing the border.\n');
    expect(criticizing.find((e) => e.type === 'STATEMENT' && e.source === 'William Ruto')).toBeDefined();
    const calling = edgesOf('Border\n\nKenyan President William Ruto addressed parliament on Monday, calling the closure of the border by Tanzania a mistake.\n');
    expect(calling.find((e) => e.type === 'STATEMENT' && e.source === 'William Ruto')).toBeDefined();
  });

  test('no statement: a participle that reports no words ("maintaining close ties with X")', () => {
    const edges = edgesOf('Border\n\nKenyan President William Ruto met Tanzanian leaders on Monday, maintaining close ties with Uganda.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('more verbs of saying', () => {
  test('"intimated that", "opined that", "bragged that", "rebutted": statements', () => {
    const edges = edgesOf('Campaign\n\nFormer president Vicente Fox intimated that voters had made a mistake. Senator Lisa Ortiz opined that the bill would fail. Governor Mark Hale bragged that he had won the county. Mayor Ana Ruiz rebutted the claims of her rival.\n');
    const sources = edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source);
    expect(sources).toEqual(expect.arrayContaining(['Vicente Fox', 'Lisa Ortiz', 'Mark Hale', 'Ana Ruiz']));
  });
});

describe('a noun of saying the tagger reads as a verb', () => {
  test('"There was no immediate Laotian comment" is nobody\'s statement; "The Kremlin said" stays one', () => {
    const edges = edgesOf('Border\n\nVIENTIANE — There was no immediate Laotian comment on the talks. The Kremlin said it would send observers.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual(['Kremlin']);
  });
});

describe('"said this" opening what was said', () => {
  test('"said this aggression must stop", "said this was wrong" are statements; "said this after the meeting" repeats one', () => {
    const edges = edgesOf('Border\n\nDjiboutian President Ismail Omar Guelleh said this incursion by Eritrea must stop. Guelleh said this was a violation of the border. Guelleh said this after meeting the council.\n');
    const sentences = edges.filter((e) => e.type === 'STATEMENT' && e.source === 'Ismail Omar Guelleh').map((e) => e.evidence);
    expect(sentences.some((s) => s.includes('must stop'))).toBe(true);
    expect(sentences.some((s) => s.includes('violation of the border'))).toBe(true);
    expect(sentences.some((s) => s.includes('after meeting'))).toBe(false);
  });
});
