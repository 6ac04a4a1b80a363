// Speakers beyond one sentence: documents that are one speaker's words, readouts of a meeting
// between two parties. Sentences written for these tests (other countries, names and phrasings
// than any fixture); each asserts the resolved speaker and the type.
import { edgesOf, type Edge } from '../setup/extract-text';

const said = (edges: Edge[], type: string, source: string, words: string): boolean =>
  edges.some((e) => e.type === type && e.source === source && e.evidence.includes(words));

describe('documents that are one speaker\'s words', () => {
  test('a colon introduction hands every following paragraph to the speaker', () => {
    const text = [
      'Fisheries dispute: Trade Minister statement',
      '',
      'The Trade Minister, Ingrid Solberg, said:',
      '',
      'Norway regrets the decision taken in Reykjavik this week.',
      '',
      'The quotas set by Iceland are not sustainable and we urge Iceland to return to the negotiating table.',
      '',
      'Our fishermen deserve certainty.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Ingrid Solberg', 'regrets the decision')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Ingrid Solberg', 'quotas set by Iceland')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Ingrid Solberg', 'quotas set by Iceland')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Ingrid Solberg', 'deserve certainty')).toBe(true);
  });

  test('a quotation over several paragraphs after "released the following statement" ends where the quotes end', () => {
    const text = [
      'Ministry of Commerce news',
      '',
      'Ottawa – Canadian Trade Minister Mary Ng released the following statement on the lumber duties:',
      '',
      '“These duties are unfair and they hurt workers on both sides of the border.  We will defend our industry.',
      '',
      '“Canada remains ready to sit down with Washington to negotiate a lasting agreement.”',
      '',
      'The duties will be reviewed by a panel in the autumn.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Mary Ng', 'duties are unfair')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Mary Ng', 'ready to sit down')).toBe(true);
    expect(edges.some((e) => e.evidence.includes('reviewed by a panel'))).toBe(false);
  });

  test('"Remarks by X": the person the title names speaks the body, and a transcript\'s questions are nobody\'s claims', () => {
    const text = [
      'Remarks by Foreign Minister Penny Wong at the Pacific Islands Forum',
      '',
      'FOREIGN MINISTER WONG: Thank you.',
      '',
      'Australia will double its funding for climate resilience in the Pacific.',
      '',
      'QUESTION: Will you meet the Chinese delegation tomorrow?',
      '',
      'We expect the meeting with China to go ahead as planned.',
      '',
      'FOREIGN MINISTER WONG: We are always open to talks with Beijing.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Penny Wong', 'double its funding')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Penny Wong', 'open to talks')).toBe(true);
    expect(edges.some((e) => e.evidence.includes('go ahead as planned'))).toBe(false);
    expect(edges.some((e) => e.evidence.includes('Thank you'))).toBe(false);
  });

  test('a title names an unknown speaker after an office: "Remarks by Finance Minister X on ..."', () => {
    const text = [
      'Remarks by Finance Minister Tomasz Wieczorek on the Budget for Next Year',
      '',
      'As prepared for delivery',
      '',
      'Poland will cut the deficit to three percent of output by the end of next year.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Tomasz Wieczorek', 'cut the deficit')).toBe(true);
    expect(edges.some((e) => e.evidence.includes('prepared for delivery'))).toBe(false);
  });

  test('an ordinary news report is not one speaker\'s document', () => {
    const text = [
      'Floods hit northern Chile',
      '',
      'Heavy rain flooded several towns in northern Chile on Sunday.',
      '',
      'President Gabriel Boric said the army would help with the evacuation.',
      '',
      'Roads to the coast remain closed.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Gabriel Boric', 'army would help')).toBe(true);
    expect(edges.some((e) => e.evidence.includes('Roads to the coast') || e.evidence.includes('Heavy rain'))).toBe(false);
  });
});

describe('readouts: what the pair or the listed group says, each of its members says', () => {
  test('"X spoke with Y" is X\'s statement to Y, and "they agreed" / "both leaders welcomed" are each one\'s', () => {
    const text = [
      'Foreign Minister Mélanie Joly spoke by phone with Mexican Foreign Secretary Alicia Bárcena on Tuesday.',
      'They agreed to hold a trilateral meeting on migration before the summer.',
      'Both ministers welcomed the reopening of the border crossing at Nogales.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    const call = edges.find((e) => e.type === 'STATEMENT' && e.source === 'Mélanie Joly' && e.evidence.includes('spoke by phone'));
    expect(call?.target).toBe('Alicia Bárcena');
    for (const who of ['Mélanie Joly', 'Alicia Bárcena']) {
      expect(said(edges, 'STATEMENT', who, 'trilateral meeting')).toBe(true);
      expect(said(edges, 'STATEMENT', who, 'reopening of the border')).toBe(true);
    }
  });

  test('"X and Y discussed" is said by both', () => {
    const edges = edgesOf('President Lula and Chancellor Olaf Scholz discussed the trade agreement between Mercosur and the European Union.\n');
    expect(said(edges, 'STATEMENT', 'Olaf Scholz', 'trade agreement')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source !== 'Olaf Scholz' && e.evidence.includes('trade agreement'))).toBe(true);
  });

  test('a list of states that urged something: each of them urged it, and "they" later means the list', () => {
    const text = 'Norway, Sweden and Finland urged Belarus to release the detained journalists. They also called on Minsk to allow independent observers.\n';
    const edges = edgesOf(text);
    for (const state of ['Norway', 'Sweden', 'Finland']) {
      expect(said(edges, 'PROPOSAL', state, 'release the detained')).toBe(true);
      expect(said(edges, 'STATEMENT', state, 'independent observers')).toBe(true);
    }
  });

  test('no pair from a phrase: "any attack by Chad would meet a response" and "mediators from X, Y and Z said"', () => {
    const edges = edgesOf('On Monday, mediators from Kenya, Uganda and Tanzania said that any attack by Chad would meet a firm response from the army.\n');
    expect(edges.some((e) => ['Kenya', 'Uganda', 'Tanzania', 'Chad'].includes(e.source))).toBe(false);
  });
});

describe('verbs of saying and proposing from the CAMEO dictionary', () => {
  test('"underscored", "clarified" report an utterance; "petitioned" and "advised" propose', () => {
    const text = [
      'Chilean Foreign Minister Alberto van Klaveren underscored that Chile would not accept the new fishing limits.',
      'Peru petitioned the International Court of Justice to rule on the maritime border.',
      'Bolivian President Luis Arce advised Paraguay to reopen the river talks.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Alberto van Klaveren', 'fishing limits')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Peru', 'maritime border')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Luis Arce', 'river talks')).toBe(true);
  });

  test('the everyday senses the selection excludes make no claim ("counted", "saw")', () => {
    const edges = edgesOf('Electoral officials in Ghana counted the ballots overnight. Observers saw long queues in Accra.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('speakers named by description or pronoun', () => {
  test('"The Secretary" is the Secretary of State named before; "X, echoing Y, emphasized" is X', () => {
    const text = [
      'Secretary of State Rosa Almeida met Angolan officials in Luanda on Monday.',
      'The Secretary also underscored the need for a ceasefire in the east.',
      'Almeida, echoing the African Union, emphasized the importance of free elections.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Rosa Almeida', 'need for a ceasefire')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Rosa Almeida', 'free elections')).toBe(true);
  });

  test('"he said" is the last man who was a subject, not the last man who spoke', () => {
    const text = [
      'Kremlin spokesman Dmitry Peskov said the talks would continue.',
      'Hungarian Prime Minister Viktor Orbán arrived in Beijing on Friday for a two-day visit.',
      '"Europe needs a peace mission, not a war mission," he said.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Viktor Orbán', 'peace mission')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Dmitry Peskov', 'peace mission')).toBe(false);
  });
});

describe('calls for action by obligation', () => {
  test('"must stop", "need to see", "must be implemented" in a speaker\'s words propose; "will be" does not', () => {
    const text = [
      'The Irish Foreign Minister, Micheál Martin, said:',
      '',
      'The shelling of Goma must stop at once.',
      '',
      'We need to see humanitarian corridors opened this week.',
      '',
      'The Luanda agreement must be implemented in full.',
      '',
      'The talks will be difficult.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'PROPOSAL', 'Micheál Martin', 'shelling of Goma')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Micheál Martin', 'humanitarian corridors')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Micheál Martin', 'implemented in full')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Micheál Martin', 'will be difficult')).toBe(false);
  });
});

describe('a prohibition is a call for action', () => {
  test('"X must not be allowed to ...", "Y should not continue ..." propose; "need not", "a red line that must not be crossed" do not', () => {
    const edges = edgesOf('Border\n\nThe Gambian Foreign Minister, Mamadou Tangara, said Senegal must not be allowed to close the border. Tangara said Senegal should not continue the blockade. He said the talks need not be delayed. He called the border a red line that must not be crossed.\n');
    expect(said(edges, 'PROPOSAL', 'Mamadou Tangara', 'must not be allowed')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Mamadou Tangara', 'should not continue the blockade')).toBe(true);
    expect(said(edges, 'PROPOSAL', 'Mamadou Tangara', 'need not be delayed')).toBe(false);
    expect(said(edges, 'PROPOSAL', 'Mamadou Tangara', 'red line')).toBe(false);
  });

  test('a thing forbidden to be ignored: "this aggression must not be ignored" calls on someone to act', () => {
    const edges = edgesOf('Border\n\nThe Gambian Foreign Minister, Mamadou Tangara, said this aggression must not be ignored by the council.\n');
    expect(said(edges, 'PROPOSAL', 'Mamadou Tangara', 'must not be ignored')).toBe(true);
  });

  test('no call: a possibility kept open ("the option of sending troops should not be ruled out")', () => {
    const edges = edgesOf('Border\n\nThe Gambian Foreign Minister, Mamadou Tangara, said the option of sending troops to Senegal should not be ruled out.\n');
    expect(said(edges, 'PROPOSAL', 'Mamadou Tangara', 'ruled out')).toBe(false);
  });
});

describe('participles of saying after a clause with a named subject', () => {
  test('"X defended ..., saying ...", "Y shared ..., writing “...”", "Z endorsed ..., calling it “...”" are X\'s, Y\'s, Z\'s', () => {
    const text = [
      'Mayor Lucia Ferrante defended her housing plan on Tuesday, saying it would add four thousand homes by next spring.',
      'The union leader Tomas Brenner shared a photo of the picket line, writing “We are not going back to work until this is fixed.”',
      'The Ostland Farmers Union endorsed the proposal last week, calling it “the first honest reform in a decade.”',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Lucia Ferrante', 'four thousand homes')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Tomas Brenner', 'not going back to work')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Ostland Farmers Union', 'honest reform')).toBe(true);
  });

  test('the participle speaks for the main clause, not for a subject inside its "that" clause; "the sitting governor" is no verb', () => {
    const edges = edgesOf('Senator Ines Carvalho, Oregon’s sitting senator, repeated claims that Governor Paul Brandt ignores the fire crews, calling him “a governor for the cities.”\n');
    expect(said(edges, 'STATEMENT', 'Ines Carvalho', 'governor for the cities')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Paul Brandt')).toBe(false);
  });

  test('a participle that reports no words ("maintaining close ties with X") makes no statement', () => {
    const edges = edgesOf('The Chilean envoy Rafael Ortiz has acted as a go-between for years, maintaining close ties with both Quito and Lima.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('speakers described between commas or dashes', () => {
  test('age, occupation and home town between the name and the verb: the name speaks, not the town', () => {
    const text = [
      'Peter Olsen, a 48-year-old welder from Dayton, Ohio, says the mayor will lose the next election.',
      'Maria Lindqvist, 34, a nurse from Tacoma, said she voted for the governor because of his record on schools.',
      'Kevin Marsh — a pastor from Macon — says he has not decided whom to support in the primary.',
      'Rosa Diaz of Fresno, California says she will vote for the challenger in November.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Peter Olsen', 'lose the next election')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Maria Lindqvist', 'record on schools')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Kevin Marsh', 'not decided')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Rosa Diaz', 'vote for the challenger')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && ['Ohio', 'California', 'Tacoma'].includes(e.source))).toBe(false);
  });

  test('a relative clause inside the aside, an organisation named in it, a title or an age before the name', () => {
    const text = [
      '72-year-old Harold Finch, a retired miner who voted for Carter and Obama, said the union had been betrayed.',
      'But Leona Marsh, policy director of Greenway Action, which organized the petition, said the county ignored the residents.',
      'Dr. Ravi Shah, head of the Kestrel Institute, a think tank in Boston, said the numbers were wrong.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Harold Finch', 'union had been betrayed')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Leona Marsh', 'ignored the residents')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Ravi Shah', 'numbers were wrong')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && ['Obama', 'Greenway Action', 'Kestrel Institute'].includes(e.source))).toBe(false);
  });

  test('"Mc" and "De" names at the start of a sentence stay whole; a sentence cut after "(R-Ohio.)" keeps its speaker', () => {
    const text = [
      'Senator Ruth McAllister visited the grain terminal on Friday.',
      'McAllister says that the farm bill will pass before the recess.',
      '',
      'Rep. Tom Hale (R-Ohio.) said he will release his tax returns next week.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Ruth McAllister', 'farm bill')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Tom Hale', 'tax returns')).toBe(true);
    expect(edges.some((e) => e.source === 'Allister' || e.source === 'Ohio')).toBe(false);
  });
});

describe('speech introduced by a name and a colon', () => {
  test('a state before a headline\'s colon is its topic when another actor opens the words after it ("Mali: Norway suspends aid ...")', () => {
    const edges = edgesOf('Mali: Norway suspends aid to the junta\n\nNorway said on Monday it would suspend its aid to Mali until elections were held.\n');
    expect(edges.some((e) => e.source === 'Mali' && e.evidence.includes('Norway suspends aid'))).toBe(false);
    const spoken = edgesOf('Mali: we will not bow to pressure from ECOWAS\n\nMali rejected the sanctions on Monday, officials said.\n');
    expect(said(spoken, 'STATEMENT', 'Mali', 'we will not bow')).toBe(true);
  });

  test('a headline "Surname: words" is the statement of the person the article names in full', () => {
    const text = [
      'Okafor: Port Tariffs Will Drive Up Food Prices in Lagos',
      '',
      'Nigerian Senator Chidi Okafor criticised the new port tariffs on Thursday.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Chidi Okafor', 'Drive Up Food Prices')).toBe(true);
  });

  test('whoever speaks after a headline\'s colon speaks in the label\'s words', () => {
    const text = [
      'Okafor: Nigerians Will Say No to the Port Tariffs',
      '',
      'Nigerian Senator Chidi Okafor criticised the new port tariffs on Thursday.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Chidi Okafor', 'Will Say No')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.source === 'Nigeria')).toBe(false);
  });

  test('a transcript\'s turns go to the person each label names, to the end of the paragraph', () => {
    const text = [
      'Governor Alan Pryce spoke to the broadcaster Rachel King on Sunday.',
      '',
      'KING: Governor, do you think the budget will pass the legislature this year?',
      '',
      'PRYCE: I think it will pass with votes from both parties. We have done the work on the numbers.',
      '',
      'KING: Your critics say the plan is unfair to rural counties and their hospitals.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Alan Pryce', 'votes from both parties')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Alan Pryce', 'done the work on the numbers')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Rachel King', 'do you think')).toBe(false);
    expect(said(edges, 'STATEMENT', 'Alan Pryce', 'unfair to rural counties')).toBe(false);
  });

  test('a quotation after a name and a colon is that person\'s; a document title "X: Remarks by Y" and "X\'s plan: ..." are not X\'s words', () => {
    const text = [
      'Budget talks: Remarks by Finance Minister Sofia Lindgren after the meeting',
      '',
      'The result does not surprise the pollster Janet Morrow: “Incumbents lose when turnout drops below half.”',
      '',
      'Morrow’s forecast: turnout will fall again in the spring elections.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Janet Morrow', 'turnout drops below half')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Janet Morrow', 'fall again')).toBe(false);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.evidence.startsWith('Budget talks'))).toBe(false);
  });
});

describe('verbs of saying in the present tense that the tagger reads as nouns', () => {
  test('"“...,” Okonkwo notes.", "Halvorsen points out that ...", "Bellamy claims that ..." are the named person\'s', () => {
    const text = [
      'The Lagos trader Ada Okonkwo and the Oslo economist Erik Halvorsen disagree about the levy.',
      'Joan Bellamy, a customs analyst, sides with neither of them.',
      '“The levy will push small traders out of the market,” Okonkwo notes.',
      'Halvorsen points out that the levy raised more than expected in its first year.',
      'Bellamy claims that both of them misread the figures from the customs office.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Ada Okonkwo', 'small traders')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Erik Halvorsen', 'raised more than expected')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Joan Bellamy', 'misread the figures')).toBe(true);
  });

  test('the same words as nouns after a name make no statement ("the Bellamy notes were filed")', () => {
    const edges = edgesOf('The archive kept the Bellamy notes in a locked room for decades.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('a short phrase between the name and its verb', () => {
  test('"X at the time said", "Y in a statement said" are X\'s and Y\'s; "the officials in Lagos said" names no speaker', () => {
    const text = [
      'Senator Ivan Novak at the time said he had asked his staff to look into the fees.',
      'The mayor Grace Okoye in a statement said the city would appeal the ruling.',
      'The officials in Lagos said the port would reopen.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(said(edges, 'STATEMENT', 'Ivan Novak', 'look into the fees')).toBe(true);
    expect(said(edges, 'STATEMENT', 'Grace Okoye', 'appeal the ruling')).toBe(true);
    expect(edges.some((e) => e.type === 'STATEMENT' && e.evidence.includes('port would reopen'))).toBe(false);
  });
});
