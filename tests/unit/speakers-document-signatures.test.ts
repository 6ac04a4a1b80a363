// Who a government document is by: a Title Case title that names its speaker after "Mr" ("Ministerial
// Statement by the Minister for Foreign Affairs, Mr Kevin Rudd MP"), a line under the title that is a
// name and an office only ("Matthew Miller, Department Spokesperson"), and "Mr Speaker," as the chair
// a speech addresses, nobody named; a line under the title that opens "Statement given today by
// Ambassador X". Sentences written for this test.
import { edgesOf } from '../setup/extract-text';

const sourcesOf = (text: string, words: string): string[] => edgesOf(text).filter((e) => e.type === 'STATEMENT' && e.evidence.includes(words)).map((e) => e.source);

describe('the speaker a document names over its text', () => {
  test('"Ministerial Statement by ..., Mr Kevin Rudd MP": his statement, sentence by sentence; "Mr Speaker" is nobody', () => {
    const text = 'Ministerial Statement by the Minister for Foreign Affairs, Mr Kevin Rudd MP\n\n14 March 2011\n\nMr Speaker, Australia is deeply concerned at the situation in Libya.\n\nFor many years, the Libyan regime has shown a profound disregard for the rights of its people.\n';
    expect(sourcesOf(text, 'deeply concerned')).toEqual(['Kevin Rudd']);
    expect(sourcesOf(text, 'profound disregard')).toEqual(['Kevin Rudd']);
    const names = edgesOf(text).flatMap((e) => [e.source, ...e.targets]);
    expect(names).not.toContain('Speaker');
  });

  test('a Title Case name after "Mr" is cut before a word like "Regarding"', () => {
    const text = 'Statement by Mr Kevin Rudd Regarding the Situation in Libya\n\n14 March 2011\n\nAustralia is deeply concerned at the situation in Libya.\n\nThe regime has shown a profound disregard for the rights of its people.\n';
    expect(sourcesOf(text, 'deeply concerned')).toEqual(['Kevin Rudd']);
  });

  test('"Name, Office" alone under the title signs the text', () => {
    const text = "Sanctioning Syria's Oil Smuggling Network\n\nMatthew Miller, Department Spokesperson\n\nToday, the United States is sanctioning 12 firms with ties to a network that smuggles oil for the Syrian regime. This network has moved millions of barrels through front companies.\n";
    expect(sourcesOf(text, 'moved millions of barrels')).toEqual(['Matthew Miller']);
  });

  test('a statement that speaks as "I" and closes with "Name, Office" and a date is that person\'s', () => {
    const text = 'Restricting Visas for Those Undermining the Vote in Malawi\n\nToday, I am announcing visa restrictions on individuals who undermined the elections in Malawi.\n\nThese individuals intimidated voters and officials.\n\nMarcus Hale, Secretary of State\nJune 3, 2024\n';
    expect(sourcesOf(text, 'I am announcing')).toEqual(['Marcus Hale']);
    expect(sourcesOf(text, 'intimidated voters')).toEqual(['Marcus Hale']);
    // no "I" or "we" in the text: a name and an office at the end sign nothing
    const report = 'Malawi Vote Delayed\n\nThe electoral commission delayed the vote in Malawi by a week.\n\nMarcus Hale, Secretary of State\n';
    expect(edgesOf(report).filter((e) => e.source === 'Marcus Hale')).toEqual([]);
  });

  test('a line under the title that opens "Statement ... by" names the speaker of the text under it', () => {
    const text = 'Canada presses for a truce in Sudan: statement at the Human Rights Council\n\nStatement delivered today by Ambassador Leila Haddad, Permanent Representative of Canada, at the Human Rights Council debate on Sudan.\n\nThe fighting has lasted far too long.\n\nWe call on both generals to return to talks in Jeddah.\n';
    expect(sourcesOf(text, 'far too long')).toEqual(['Leila Haddad']);
    expect(sourcesOf(text, 'return to talks')).toEqual(['Leila Haddad']);
    expect(sourcesOf('Sudan debate\n\nRemarks by Tomas Varga at the Human Rights Council.\n\nThe fighting has lasted far too long.\n', 'far too long')).toEqual(['Tomas Varga']);
    // a report line that names the person late is about them, not their document
    const report = 'Sudan debate\n\nStatements at the council were cut short on Monday after an address by Ambassador Leila Haddad.\n\nThe fighting has lasted far too long, aid groups said.\n';
    expect(sourcesOf(report, 'far too long')).not.toContain('Leila Haddad');
  });

  test('a caption that goes on after the office signs nothing', () => {
    const text = 'Sister warns Seoul\n\nKim Yo Jong, vice director of the ruling party, in a file photo\n\nThe drills began on Monday. Analysts expect more missile tests this month.\n';
    expect(sourcesOf(text, 'more missile tests')).toEqual([]);
  });

  test('"Madam President," in a speech is the chair addressed, not a person named President', () => {
    const names = edgesOf('Remarks at the Security Council\n\nAmbassador Ana Ruiz\n\nMadam President, we cannot accept this draft resolution from Moscow.\n').flatMap((e) => [e.source, ...e.targets]);
    expect(names).not.toContain('President');
  });

  test('"Press Statement" and a name under the title: the document\'s "I" is that person, a sentence the state opens the state\'s; the kind line is no organisation', () => {
    const text = 'Closing the Consulate in Ciudad Este\n\nPress Statement\n\nLaura Whitfield\n\nSecretary of State\n\nWashington, DC\n\nMarch 3, 2019\n\nThe United States condemns the attacks on our Consulate General in Ciudad Este.\n\nI have advised the Government of Paraguay that the United States will hold it responsible for any harm to Americans.\n';
    expect(sourcesOf(text, 'I have advised')).toEqual(['Laura Whitfield']);
    expect(sourcesOf(text, 'condemns the attacks')).toEqual(['United States']);
    const names = edgesOf(text).flatMap((e) => [e.source, ...e.targets]);
    expect(names).not.toContain('Press Statement');
  });

  test('"Press Statement" and a name under the title, no issuing body named: the document\'s "we" is the signer\'s', () => {
    const text = 'Lesotho Assembly Suspension\n\nPress Statement\n\nDaniel Okafor\n\nDeputy Spokesperson\n\nWashington, DC\n\nJuly 9, 2014\n\nWe are deeply troubled by the suspension of the National Assembly in Maseru.\n\nWe urge all political leaders to resolve their differences through dialogue.\n';
    expect(sourcesOf(text, 'deeply troubled')).toEqual(['Daniel Okafor']);
    expect(edgesOf(text).filter((e) => e.type === 'PROPOSAL' && e.evidence.includes('We urge')).map((e) => e.source)).toEqual(['Daniel Okafor']);
  });
});
