// ACCUSATION and REJECTION (src/relations/detectors/accusation.ts, rejection.ts), with sentences
// written for this test: other countries, people and phrasings than the seeds and fixtures.
import { loadKnowledge } from '../../src/extract';
import { validateVerbalConflict } from '../../src/knowledge/verbal-conflict';
import { edgesOf, type Edge } from '../setup/extract-text';

const ofType = (edges: Edge[], type: string): Edge[] => edges.filter((e) => e.type === type);

describe('ACCUSATION', () => {
  test('an accusation verb: the accuser accuses its object, and it is also a statement', () => {
    const edges = edgesOf('Lima blames Quito\n\nPeru on Monday accused Ecuador of smuggling weapons across the border into the Amazon region.');
    expect(ofType(edges, 'ACCUSATION')).toContainEqual(expect.objectContaining({ source: 'Peru', target: 'Ecuador' }));
    expect(ofType(edges, 'STATEMENT')).toContainEqual(expect.objectContaining({ source: 'Peru', evidence: expect.stringContaining('accused Ecuador') }));
  });

  test('condemn and denounce by a named minister; words of reproach in a quote', () => {
    const edges = edgesOf(
      'Border row deepens\n\nKenyan Foreign Minister Musalia Mudavadi condemned Somalia for the raid on Tuesday. ' +
        'Somalia’s president Hassan Sheikh Mohamud told reporters that the Kenyan deployment was "an illegal provocation against our people".',
    );
    expect(ofType(edges, 'ACCUSATION')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'Musalia Mudavadi', target: 'Somalia' }),
        expect.objectContaining({ source: 'Hassan Sheikh Mohamud', target: 'Kenya' }),
      ]),
    );
  });

  test('a plain statement accuses nobody', () => {
    const edges = edgesOf('Talks resume\n\nChile said on Friday that its delegation would travel to Buenos Aires for the next round of talks with Argentina.');
    expect(ofType(edges, 'ACCUSATION')).toEqual([]);
    expect(ofType(edges, 'STATEMENT').length).toBeGreaterThan(0);
  });
});

describe('REJECTION', () => {
  test('a rejection verb: the rejecting side, aimed at whose proposal it is', () => {
    const edges = edgesOf('Offer turned down\n\nIndonesia rejected Australia\'s offer of a joint patrol in the Timor Sea, a foreign ministry spokesman said.');
    expect(ofType(edges, 'REJECTION')).toContainEqual(expect.objectContaining({ source: 'Indonesia', target: 'Australia' }));
  });

  test('dismiss, deny and "ruled out"; a negated acceptance in the words', () => {
    const edges = edgesOf(
      'No deal\n\nGhana denied the reports on Thursday. ' +
        'Nigerian President Bola Tinubu ruled out any talks with the junta in Niger. ' +
        'Norway said it "will not accept any quota imposed by Iceland".',
    );
    const rejections = ofType(edges, 'REJECTION');
    expect(rejections.map((e) => e.source)).toEqual(expect.arrayContaining(['Ghana', 'Bola Tinubu', 'Norway']));
    expect(rejections).toContainEqual(expect.objectContaining({ source: 'Norway', target: 'Iceland' }));
  });

  test('declining to comment, or a negated rejection, rejects nothing', () => {
    const edges = edgesOf('Silence\n\nPortugal refused to comment on the report. Spain did not reject the request from Morocco.');
    expect(ofType(edges, 'REJECTION')).toEqual([]);
  });
});

describe('knowledge/en/verbal-conflict.json', () => {
  test('is checked field by field', () => {
    expect(() => validateVerbalConflict({ accusation: { verbs: ['accuse'], reproaches: [] } }, 'x.json')).toThrow(/x.json: 'rejection' must be an object/);
    expect(() => validateVerbalConflict({ accusation: { verbs: ['Accuse'], reproaches: [] }, rejection: { verbs: [], notBefore: [], negated: [] } }, 'x.json')).toThrow(/accusation.verbs' must be a list of lower-case words/);
    expect(loadKnowledge().verbalConflict.rejection.verbs.has('reject')).toBe(true);
  });
});
