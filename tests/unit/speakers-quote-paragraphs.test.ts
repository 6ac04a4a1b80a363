// Quotes that run over several paragraphs (src/extract/quote-paragraphs.ts): joined only where the
// quotation marks say so. Sentences written for these tests.
import { edgesOf, hasEdge } from '../setup/extract-text';

describe('a quote over several paragraphs', () => {
  test('one mark before the first paragraph, one after the last: every paragraph between is the speaker’s', () => {
    const edges = edgesOf([
      'Lisbon welcomes the accord',
      '',
      'Speaking after the meeting in Lisbon, Portuguese Foreign Minister Paulo Rangel said:',
      '',
      '“I welcome the accord signed today by the two governments. It opens a new chapter for the region.',
      '',
      'The authorities in Luanda must now free the detained reporters without delay.',
      '',
      'Portugal stands ready to support the monitoring mission with its own observers.”',
      '',
      'The minister then flew to Madrid.',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Paulo Rangel', 'must now free the detained reporters')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Paulo Rangel', 'stands ready to support the monitoring mission')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Paulo Rangel', 'then flew to Madrid')).toBe(false);
  });

  test('news style: every paragraph of the quote opens with a mark, only the last closes', () => {
    const edges = edgesOf([
      'Quito warns its neighbour',
      '',
      'Ecuadorian President Daniel Noboa told reporters on Tuesday: “We will not accept any armed group on our side of the river. Our soldiers are there.',
      '',
      '“Colombia has to close the crossings used by the smugglers before the end of the month.',
      '',
      '“The patience of our people is not endless.”',
      '',
      'Noboa then left for the coast.',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Daniel Noboa', 'has to close the crossings')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Daniel Noboa', 'patience of our people is not endless')).toBe(true);
  });

  test('a quote left open with no closing paragraph after it joins nothing', () => {
    const edges = edgesOf([
      'Quarry closes',
      '',
      'Slovenian Economy Minister Matjaz Han said the quarry would close and spoke of a “hard but fair decision for the valley.',
      '',
      'The quarry employs four hundred workers from the surrounding villages.',
      '',
      'Its owners plan to sell the land to a developer next year.',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Matjaz Han', 'employs four hundred workers')).toBe(false);
    expect(hasEdge(edges, 'STATEMENT', 'Matjaz Han', 'plan to sell the land')).toBe(false);
  });

  test('a closed quote is not continued by the next paragraph', () => {
    const edges = edgesOf([
      'Port dispute',
      '',
      '“The port will stay open to every ship,” Greek Shipping Minister Vassilis Kikilias said on Friday.',
      '',
      'The port handled a record number of containers last year, according to its annual report.',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Vassilis Kikilias', 'record number of containers')).toBe(false);
  });

  test('a paragraph of the quote with its own speaker goes on with that speaker', () => {
    const edges = edgesOf([
      'Two ministers on the river treaty',
      '',
      'Hungarian Foreign Minister Peter Szijjarto said on Monday: “The treaty protects the river and the people who live beside it.',
      '',
      '“We signed it for our grandchildren,” Slovak Foreign Minister Juraj Blanar added. “The fishermen of both countries will be the first to feel the change.',
      '',
      '“No factory upstream will be allowed to pour waste into the water again.”',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Juraj Blanar', 'No factory upstream will be allowed')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Peter Szijjarto', 'No factory upstream will be allowed')).toBe(false);
  });
});

describe('a quote that goes on after its attribution, over several sentences', () => {
  test('"“...,” X said. “First sentence. Second sentence.”": both sentences after the attribution are X\'s', () => {
    const edges = edgesOf([
      'Road mines',
      '',
      '“Our effort is aimed at the networks that plant these mines,” Colombian Defence Minister Pedro Sanchez said. “These devices account for most of our casualties. And so there is a huge effort under way to clear the roads before the rains.”',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Pedro Sanchez', 'These devices account')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Pedro Sanchez', 'huge effort under way')).toBe(true);
  });
});

// "X said:" late in a release, then paragraphs with no quotation marks (threat: document-speaker.ts).
describe('an unquoted statement after "X said:"', () => {
  const release = [
    'Belgium sanctions junta officers',
    '',
    'Belgium today imposed sanctions on seven officers of the junta in Niger after the arrest of the president.',
    '',
    'The measures freeze their assets in Belgium and ban them from travel.',
    '',
    'The sanctions were agreed with the Netherlands and Luxembourg.',
    '',
    'They follow earlier measures adopted by the European Union.',
    '',
    'Belgian Foreign Minister Maxime Prevot said:',
    '',
    'The arrest of the president is unacceptable.',
    '',
    'Today we have frozen the assets of the officers responsible for it.',
    '',
    'The ministers will meet again in Brussels next month.',
    '',
  ].join('\n');

  test('each following paragraph in which the speaker says "we" or "I" is still the speaker’s', () => {
    const edges = edgesOf(release);
    expect(hasEdge(edges, 'STATEMENT', 'Maxime Prevot', 'arrest of the president is unacceptable')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Maxime Prevot', 'we have frozen the assets')).toBe(true);
  });

  test('narration in the third person ends the statement', () => {
    expect(hasEdge(edgesOf(release), 'STATEMENT', 'Maxime Prevot', 'will meet again in Brussels')).toBe(false);
  });
});

// A quoted paragraph with no speaker of its own after a paragraph that ends with someone's words.
describe('a quoted paragraph after a paragraph of reported speech', () => {
  test('goes on with the speaker named first, to the end of a text cut inside the quote', () => {
    const edges = edgesOf([
      'Measures on Tonga',
      '',
      'The government today announced new measures with respect to Tonga.',
      '',
      'Prime Minister Anna Berg and Foreign Minister Lars Holm said that Norway would not accept the course Tonga was on.',
      '',
      '"The cabinet named last night contained none of the elected members.',
      '',
      '“Norway has called on the authorities to restore the constitution. There is little sign of it.',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Anna Berg', 'none of the elected members')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Anna Berg', 'restore the constitution')).toBe(true);
    expect(hasEdge(edges, 'STATEMENT', 'Lars Holm', 'restore the constitution')).toBe(false);
  });

  test('not a paragraph of narration with no quotation mark', () => {
    const edges = edgesOf('Measures\n\nForeign Minister Lars Holm said that Norway would not accept it.\n\nThe cabinet was named on Monday by the king.\n');
    expect(hasEdge(edges, 'STATEMENT', 'Lars Holm', 'named on Monday')).toBe(false);
  });

  test('one mark before the first paragraph and one at the end of the next: the next is the same words', () => {
    const edges = edgesOf([
      'Statement on Malawi',
      '',
      'Foreign Minister Lars Holm said:',
      '',
      '“Norway congratulates the new president of Malawi on taking office. We welcome his promise to hold elections soon.',
      '',
      'Free and fair elections will rebuild confidence in the institutions of Malawi. All parties should work to restore calm.”',
      '',
    ].join('\n'));
    expect(hasEdge(edges, 'STATEMENT', 'Lars Holm', 'rebuild confidence')).toBe(true);
    expect(hasEdge(edges, 'PROPOSAL', 'Lars Holm', 'work to restore calm')).toBe(true);
  });
});
