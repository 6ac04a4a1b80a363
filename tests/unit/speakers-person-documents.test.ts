// A document that is one person's words, named by its title ("Press Secretary X on Y") or by the
// signature under it ("Ambassador X / office / place / date"): its "we" and its sentences are that person's,
// also where they name the state the person speaks for. Sentences written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

const by = hasEdge;

describe("a person's document", () => {
  test('a title naming an official by office and surname, then a topic: the text in the first person is theirs', () => {
    const text = [
      'Foreign Minister Okonkwo on the Border Clashes',
      '',
      'We condemn the shelling of villages along the border with Cameroon. We call on both armies to pull back their artillery.',
      '',
      'Nigeria strongly rejects any attempt to redraw the border by force.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Okonkwo', 'We condemn the shelling')).toBe(true);
    expect(by(edges, 'PROPOSAL', 'Okonkwo', 'pull back their artillery')).toBe(true);
    // the state the minister speaks for: the utterance is the minister's, the rejection stays Nigeria's
    expect(by(edges, 'STATEMENT', 'Okonkwo', 'strongly rejects')).toBe(true);
    expect(by(edges, 'REJECTION', 'Nigeria', 'strongly rejects')).toBe(true);
  });

  test('a news report under such a title, written in the third person, is not the official\'s', () => {
    const text = ['Foreign Minister Okonkwo on the Border Clashes', '', 'Nigeria rejected the plan on Monday, officials in Abuja said. The talks had stalled for weeks.', ''].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Okonkwo', 'The talks had stalled')).toBe(false);
  });

  test('a declaration by an official on behalf of a body is the body\'s text', () => {
    const text = [
      'Declaration by the Secretary-General on behalf of the African Union on the elections in Malawi',
      '',
      'On 9 February, Malawians voted in large numbers in a calm atmosphere.',
      '',
      'We call on all parties to accept the results and to settle any dispute in the courts.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'PROPOSAL', 'African Union', 'We call on all parties')).toBe(true);
    expect(by(edges, 'STATEMENT', 'African Union', 'Malawians voted')).toBe(true);
  });

  test('a signature under the title (name, office, place, date) names the speaker of the remarks', () => {
    const text = [
      'Remarks at a Security Council Briefing on the Sahel',
      '',
      'Ambassador Ingrid Solheim\nPermanent Representative of Norway to the United Nations\nNew York\nMarch 3, 2024',
      '',
      'Thank you, Madam President. The attacks on civilians in Mali must stop.',
      '',
      'We call on the junta to allow the aid convoys through.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'PROPOSAL', 'Ingrid Solheim', 'We call on the junta')).toBe(true);
    expect(by(edges, 'STATEMENT', 'Ingrid Solheim', 'attacks on civilians in Mali')).toBe(true);
    expect(edges.some((e) => e.evidence.includes('Permanent Representative of Norway'))).toBe(false);
  });

  test('a byline naming an official by office under the title: the statement is theirs', () => {
    const text = [
      'Elections in the Highlands',
      '',
      'By Tomasz Wierzbicki, Department Spokesperson',
      '',
      'The announcement of a date for the vote is a welcome step toward a peaceful transition. We urge all parties to accept the result.',
      '',
      'We continue to call for the release of the detained journalists.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Tomasz Wierzbicki', 'a welcome step toward a peaceful transition')).toBe(true);
    expect(by(edges, 'PROPOSAL', 'Tomasz Wierzbicki', 'accept the result')).toBe(true);
    expect(by(edges, 'STATEMENT', 'Tomasz Wierzbicki', 'release of the detained journalists')).toBe(true);
  });

  test("a reporter's byline gives the report to nobody", () => {
    const text = [
      'Elections in the Highlands',
      '',
      'By Tomasz Wierzbicki, Warsaw correspondent',
      '',
      'The announcement of a date for the vote was welcomed in the capital. Turnout is expected to be high.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(edges.some((e) => e.source === 'Tomasz Wierzbicki')).toBe(false);
  });

  test('a hyphenated surname in the title stays whole: the speaker is "Maria Lopez-Herrera", not "Maria Lopez"', () => {
    const text = [
      'Remarks by Ambassador Maria Lopez-Herrera at the UN Security Council Stakeout Following an Emergency Meeting on Haiti',
      '',
      'Ambassador Maria Lopez-Herrera',
      'Permanent Representative of Chile to the United Nations',
      'New York, New York',
      'March 3, 2023',
      '',
      'I think you heard everyone’s statements, so we are unified against the violence in Haiti.',
      '',
    ].join('\n');
    const edges = edgesOf(text);
    expect(by(edges, 'STATEMENT', 'Maria Lopez-Herrera', 'unified against the violence')).toBe(true);
    expect(edges.some((e) => e.source === 'Maria Lopez')).toBe(false);
  });
});

