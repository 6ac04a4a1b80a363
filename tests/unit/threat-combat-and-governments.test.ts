// Combat aimed at a party after an intent marker (threat-frames.json combatActs, "in position to"),
// and the government of a head of state or government as a speaker (mention-words.json
// governmentHeads, governmentPossessives, possessedGovernments). Sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const byType = (edges: Edge[], type: string, source: string): Edge | undefined => edges.find((e) => e.type === type && e.source === source);

describe('combat aimed at a party', () => {
  test('"is ready to fight the rebels", "would battle Azerbaijan": a threat', () => {
    const rebels = edgesOf('Border war\n\nMali\'s defence minister said on Friday that Mali is ready to fight rebels it says are armed by Niger.\n');
    expect(byType(rebels, 'THREAT', 'Mali')).toBeDefined();
    const named = edgesOf('Caucasus\n\nArmenian Prime Minister Nikol Pashinyan said Armenia would battle Azerbaijan for every village.\n');
    expect(byType(named, 'THREAT', 'Nikol Pashinyan')).toEqual(expect.objectContaining({ target: 'Azerbaijan' }));
  });

  test('"his men are in position to attack the capital": readiness is an intent', () => {
    const edges = edgesOf('Uprising\n\nRebel commander Amadou Traore says his men are in position to attack Bamako and wait only for his order.\n');
    expect(byType(edges, 'THREAT', 'Amadou Traore')).toBeDefined();
  });

  test('no threat: a fight against a cause, against what a party owns, or help one is in a position to give', () => {
    const cause = edgesOf('Reform\n\nThe Peruvian interior minister Luis Vega said Peru was ready to fight corruption in the police.\n');
    expect(byType(cause, 'THREAT', 'Luis Vega')).toBeUndefined();
    const owned = edgesOf('Trade\n\nCanadian Trade Minister Mary Ng said Canada would fight Washington\'s tariffs at the WTO.\n');
    expect(byType(owned, 'THREAT', 'Mary Ng')).toBeUndefined();
    const help = edgesOf('Floods\n\nThe Thai foreign minister Maris Sangiampongsa said Thailand was in a position to help Laos after the floods.\n');
    expect(byType(help, 'THREAT', 'Maris Sangiampongsa')).toBeUndefined();
  });
});

describe('the government of a head of state or government', () => {
  test('"Kenyan President X met ... The government said": the head\'s state speaks', () => {
    const edges = edgesOf('Talks\n\nTanzanian President Samia Suluhu Hassan met opposition leaders in Dodoma on Monday.\n\nThe government said the talks would resume next week.\n');
    expect(byType(edges, 'STATEMENT', 'Tanzania')).toBeDefined();
  });

  test('"his government warned X it faces harsh punishment": in the sentence that names the head', () => {
    const edges = edgesOf('Warning\n\nAfter Ghanaian President John Mahama met his security chiefs on Tuesday, his government warned Togo it faces harsh punishment should it close the border.\n');
    expect(byType(edges, 'STATEMENT', 'Ghana')).toEqual(expect.objectContaining({ target: 'Togo' }));
  });

  test('not "his officials": people, not the state; not without a head of government named', () => {
    const officials = edgesOf('Dispute\n\nTanzanian President Samia Suluhu Hassan was accused of fraud, a claim the president and his officials deny.\n');
    expect(byType(officials, 'STATEMENT', 'Tanzania')).toBeUndefined();
    const nobody = edgesOf('Talks\n\nOpposition leaders met in Dodoma on Monday.\n\nHis government said the talks would resume next week.\n');
    expect(nobody.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('the verb an intent marker governs, past a day and a chain verb in -ing', () => {
  test('"would start blocking"', () => {
    const chain = edgesOf('Dam\n\nEgyptian Irrigation Minister Hani Sewilam said Egypt would start blocking Ethiopian shipments through the canal next month.\n');
    expect(byType(chain, 'THREAT', 'Hani Sewilam')).toBeDefined();
  });

  test('"will Tuesday resume strikes"', () => {
    const day = edgesOf('Border\n\nArmenian Defence Minister Suren Papikyan said Armenia will Tuesday resume strikes on Azerbaijan.\n');
    expect(byType(day, 'THREAT', 'Suren Papikyan')).toEqual(expect.objectContaining({ target: 'Azerbaijan' }));
  });

  test('no threat: a day before an act of trade', () => {
    const trade = edgesOf('Trade\n\nKenyan Trade Minister Moses Kuria said Kenya will Tuesday begin selling tea to Uganda.\n');
    expect(byType(trade, 'THREAT', 'Moses Kuria')).toBeUndefined();
  });
});

describe('an obligation laid on a named actor past an auxiliary', () => {
  test('"Cambodia will have to withdraw", "Meta would need to comply": a call for action', () => {
    const will = edgesOf('Border\n\nThai Prime Minister Paetongtarn Shinawatra said Cambodia will have to withdraw its troops from the border.\n');
    expect(byType(will, 'PROPOSAL', 'Paetongtarn Shinawatra')).toEqual(expect.objectContaining({ target: 'Cambodia' }));
    const would = edgesOf('Privacy\n\nIrish Data Protection Commissioner Des Hogan said Meta would need to comply with the ruling within a month.\n');
    expect(byType(would, 'PROPOSAL', 'Des Hogan')).toBeDefined();
  });
});

describe('a response to aggression with an adverb inside its phrase', () => {
  test('"will deal strongly with X\'s provocations", "would respond firmly to any attack"', () => {
    const deal = edgesOf('Warning\n\nPhilippine President Ferdinand Marcos Jr. told cadets he will deal strongly with China\'s provocations.\n');
    expect(byType(deal, 'THREAT', 'Ferdinand Marcos Jr.')).toEqual(expect.objectContaining({ target: 'China' }));
    const respond = edgesOf('Warning\n\nTaiwanese Defence Minister Wellington Koo said Taiwan would respond firmly to any attack by China.\n');
    expect(byType(respond, 'THREAT', 'Wellington Koo')).toBeDefined();
  });

  test('no threat: a matter dealt with patiently', () => {
    const edges = edgesOf('Talks\n\nPhilippine President Ferdinand Marcos Jr. said he will deal patiently with the issue of fishing rights.\n');
    expect(byType(edges, 'THREAT', 'Ferdinand Marcos Jr.')).toBeUndefined();
  });
});

describe('measures kept in place', () => {
  test('"would maintain sanctions on X", "would keep pressure on X"', () => {
    const maintain = edgesOf('Sanctions\n\nEU foreign policy chief Kaja Kallas said the EU would maintain sanctions on Russia until it withdrew.\n');
    expect(byType(maintain, 'THREAT', 'Kaja Kallas')).toEqual(expect.objectContaining({ target: 'Russia' }));
    const keep = edgesOf('Iran\n\nBritish Foreign Secretary David Lammy said Britain would keep pressure on Iran.\n');
    expect(byType(keep, 'THREAT', 'David Lammy')).toEqual(expect.objectContaining({ target: 'Iran' }));
  });

  test('no threat: a promise kept, a ceasefire maintained', () => {
    const promise = edgesOf('Aid\n\nJapanese Foreign Minister Takeshi Iwaya said Japan would keep its promise to help Ukraine.\n');
    expect(byType(promise, 'THREAT', 'Takeshi Iwaya')).toBeUndefined();
    const ceasefire = edgesOf('Truce\n\nQatari Prime Minister Mohammed bin Abdulrahman Al Thani said both sides would maintain the ceasefire in Gaza.\n');
    expect(ceasefire.filter((e) => e.type === 'THREAT')).toEqual([]);
  });
});

describe('a head of government whose state knowledge gives', () => {
  test('"President Paul Biya met ... The government says": the state the office-holder dictionaries give him', () => {
    const edges = edgesOf('Cameroon\n\nPresident Paul Biya met separatist leaders in Yaounde on Monday. The government says 14 soldiers were killed in the fighting near Bamenda.\n');
    expect(byType(edges, 'STATEMENT', 'Cameroon')).toBeDefined();
  });

  test('no state without a head named', () => {
    const edges = edgesOf('Cameroon\n\nSeparatist leaders met in Yaounde on Monday. The government says 14 soldiers were killed in the fighting near Bamenda.\n');
    expect(edges.filter((e) => e.type === 'STATEMENT')).toEqual([]);
  });
});

describe('a cut decided on', () => {
  test('"Ghana decided to expel Togo\'s ambassador": the subject of the deciding verb cuts', () => {
    const edges = edgesOf('Diplomats\n\nGhana decided to expel Togo\'s ambassador on Friday.\n');
    expect(byType(edges, 'THREAT', 'Ghana')).toEqual(expect.objectContaining({ target: 'Togo' }));
  });

  test('"said it had decided to expel", "said it is set to expel": an intent the speaker states', () => {
    const decided = edgesOf('Diplomats\n\nBurkina Faso said it had decided to expel the French ambassador.\n');
    expect(byType(decided, 'THREAT', 'Burkina Faso')).toEqual(expect.objectContaining({ target: 'France' }));
    const set = edgesOf('Diplomats\n\nNiger said it is set to expel the French ambassador.\n');
    expect(byType(set, 'THREAT', 'Niger')).toEqual(expect.objectContaining({ target: 'France' }));
  });
});

describe('a department named by its short name', () => {
  test('"The U.S. Treasury sanctioned X": the Treasury Department acts', () => {
    const edges = edgesOf('Sanctions\n\nWASHINGTON — The U.S. Treasury on Tuesday sanctioned three officials of Nicaragua\'s government for their role in the crackdown.\n');
    expect(edges.find((e) => e.type === 'THREAT' && /Treasury/.test(e.source))).toEqual(expect.objectContaining({ target: 'Nicaragua' }));
  });
});
