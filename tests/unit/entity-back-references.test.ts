// "the Commission", "the Guards": a capitalised organisation word after "the" that names an
// organisation the article named just before. Sentences written for this test.
import { edgesOf, hasEdge } from '../setup/extract-text';

const by = hasEdge;

describe('a capitalised back-reference to an organisation', () => {
  test('"the Commission" after "the European Commission", "the Guards" after "the Islamic Revolutionary Guard Corps"', () => {
    const edges = edgesOf(
      'Fines\n\nThe European Commission fined a Dutch bank on Monday. The Commission said the bank must change its rules. ' +
        'Iran\'s Islamic Revolutionary Guard Corps struck a base in Iraq. Any new attack will be met with a crushing response, the Guards warned.',
    );
    expect(by(edges, 'STATEMENT', 'European Commission', 'must change its rules')).toBe(true);
    expect(by(edges, 'THREAT', 'Islamic Revolutionary Guard Corps', 'crushing response')).toBe(true);
  });

  test('not a word that is no organisation word ("the House" after "the White House"), nor "the Council of Europe"', () => {
    const edges = edgesOf(
      'Votes\n\nThe White House said the bill would fail. The House voted on Monday. ' +
        'The European Council met in Brussels. The Council of Europe said the vote was fair.',
    );
    expect(edges.some((e) => e.source === 'White House' && e.evidence.includes('House voted'))).toBe(false);
    expect(edges.some((e) => e.source === 'European Council' && e.evidence.includes('vote was fair'))).toBe(false);
  });
});

// "the navy", "the council": a lower-case noun that makes a name an organisation's
// (organization-patterns.json orgWords), naming the last organisation whose written name ends in it.
// Sentences written for this test.
describe('a lower-case back-reference to an organisation by the head of its name', () => {
  const saidBy = (text: string, words: string): string[] => edgesOf(`Coast\n\n${text}\n`).filter((e) => e.type === 'STATEMENT' && e.evidence.includes(words)).map((e) => e.source);

  test('"The Indonesian Navy says ... The navy said ..." and "the Arbitration Council ... the council"', () => {
    expect(saidBy('The Indonesian Navy says two foreign trawlers entered its waters. The navy said the trawlers left at dawn.', 'left at dawn')).toEqual(['Indonesian Navy']);
    expect(saidBy('The Arbitration Council met on Monday. The council said the ruling would be published.', 'ruling would be published')).toEqual(['Arbitration Council']);
  });

  test('not a noun no earlier name ends in, nor a plural, nor "the government"', () => {
    expect(saidBy('The Indonesian Navy says two trawlers entered its waters. The army said the trawlers left.', 'trawlers left')).toEqual([]);
    expect(saidBy('The Rapid Support Forces attacked the town. The forces said the town had fallen.', 'had fallen')).toEqual([]);
  });
});

// "the country", "the kingdom": the last state named as a clause's subject, a few sentences back at
// most (mention-words.json stateBackReferences). Sentences written for this test.
describe('a state named again as "the country" or "the kingdom"', () => {
  const saidBy = (text: string, words: string): string[] => edgesOf(`Row\n\n${text}\n`).filter((e) => e.type === 'STATEMENT' && e.evidence.includes(words)).map((e) => e.source);

  test('"Norway tightened its rules. The country says ..." is Norway, not the state it acted on', () => {
    expect(saidBy('Norway tightened its fishing rules against Russia on Monday. The country says the quotas were exceeded.', 'quotas were exceeded')).toEqual(['Norway']);
  });

  test('"Morocco recalled its envoy. The kingdom said ..."; a past tense read as an adjective still makes a subject', () => {
    expect(saidBy('Morocco recalled its envoy from Algeria. The kingdom said it would not accept interference.', 'not accept interference')).toEqual(['Morocco']);
    expect(saidBy('Portugal colonized the coast for centuries. The country says the archives will open.', 'archives will open')).toEqual(['Portugal']);
  });

  test('no state: none named as a subject, or only long before, or "the country\'s economy"', () => {
    expect(saidBy('Talks with Norway began on Monday. The country says the quotas were exceeded.', 'quotas were exceeded')).toEqual([]);
    expect(saidBy('Norway tightened its rules. Fishermen protested. Prices rose. Boats stayed home. The country says the quotas were exceeded.', 'quotas were exceeded')).toEqual([]);
  });
});

describe('"the administration" after a leader\'s administration', () => {
  test('is that administration, not the state whose government the text named before', () => {
    const edges = edgesOf('Trade deal\n\nThe talks covered land seized by the Venezuelan government. Later, the Carter Administration said it would ask Congress for waivers. The administration says it will seek the waivers only after the deal is signed.\n');
    expect(by(edges, 'STATEMENT', 'Carter Administration', 'seek the waivers')).toBe(true);
    expect(edges.map((e) => e.source)).not.toContain('Venezuela');
  });
});
