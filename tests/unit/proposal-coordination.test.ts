// Whose proposal a verb joined to an earlier one makes (src/relations/detectors/proposal-agent.ts), a
// proposal verb the tagger reads as a noun after "and" (proposal.ts), and a plan told beside another
// claim of the same actor (proposal-acts.ts), with sentences written for this test.
import { edgesOf, type Edge } from '../setup/extract-text';

const proposals = (edges: Edge[], words: string): Edge[] => edges.filter((e) => e.type === 'PROPOSAL' && e.evidence.includes(words));

describe('PROPOSAL: a verb joined by "and" shares the subject of the verb before it', () => {
  const edges = edgesOf(
    'Unrest in Georgia\n\nNorwegian Foreign Minister Espen Barth Eide said: “We deplore the arrests of protesters in Georgia, and call on all sides to show restraint.” ' +
      'Eide said Norway welcomed the talks between Armenia and Azerbaijan and urged Turkey to support them.',
  );

  test('"We deplore ... in Georgia, and call on all sides to": the speaker calls, not Georgia', () => {
    const found = proposals(edges, 'call on all sides');
    expect(found.map((e) => e.source)).toContain('Espen Barth Eide');
    expect(found.map((e) => e.source)).not.toContain('Georgia');
  });

  test('"expressed concern over the fighting in Sudan and emphasized the urgency of": the noun\'s proposal is the subject\'s, not Sudan\'s', () => {
    const more = edgesOf(
      'Call readout\n\nUS Secretary of State Antony Blinken spoke with Kenyan President William Ruto on Monday. Secretary Blinken expressed concern over the fighting in Sudan and emphasized the urgency of a return to talks.',
    );
    expect(proposals(more, 'urgency of').map((e) => e.source)).not.toContain('Sudan');
  });

  test('"welcomed the talks between Armenia and Azerbaijan and urged Turkey to": the names between are objects', () => {
    const found = proposals(edges, 'urged Turkey');
    expect(found.map((e) => e.source)).not.toContain('Azerbaijan');
    expect(found.length).toBeGreaterThan(0);
  });

  test('"to unify the party and advocate reforms": a bare noun after "and" is read as a verb only with the word its verb needs', () => {
    const more = edgesOf('Campaign\n\nFormer Kenyan President Uhuru Kenyatta said he was proud of the campaign he ran to unify the party and advocate reforms.');
    expect(proposals(more, 'advocate reforms')).toEqual([]);
  });
});

describe('PROPOSAL: a plan of an actor that has another claim in the sentence', () => {
  test('"the US has encouraged Ortega to free the prisoners, but they refuse": the statement read from "refuse" leaves the appeal a proposal of the US', () => {
    const edges = edgesOf(
      'Prisoners\n\nThe United States condemns the violence. Over the course of two months, the United States has repeatedly encouraged President Ortega and the Nicaraguan Government to free the prisoners, but they refuse to respect the rights of the families.',
    );
    expect(proposals(edges, 'encouraged President Ortega')).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'United States' })]));
  });
});

describe('PROPOSAL: each actor of a list that proposes', () => {
  const edges = edgesOf(
    'Lake talks\n\nChile and Peru plan to reopen the border with Bolivia. ' +
      'Sweden and Finland, which coordinate their patrols with Estonia, pledged last week to align their own measures. ' +
      'Talks between Ghana and Togo, Benin said, must resume.',
  );

  test('"Chile and Peru plan to", "Sweden and Finland, which ..., pledged to": every listed actor proposes', () => {
    expect(proposals(edges, 'Chile and Peru plan').map((e) => e.source).sort()).toEqual(['Chile', 'Peru']);
    expect(proposals(edges, 'pledged last week').map((e) => e.source).sort()).toEqual(['Finland', 'Sweden']); // past a relative clause
  });

  test('"talks between Ghana and Togo, Benin said": a list that a lone comma ends is no list of proposers', () => {
    expect(proposals(edges, 'Benin said').map((e) => e.source)).toEqual(['Benin']);
  });

  test('a speaker\'s clause ("X, Y and Gen. Z told the committee that ...") is left to the speaker search: each speaker says and proposes it', () => {
    const more = edgesOf('Briefing\n\nForeign Minister Kaja Tamm, Trade Minister Peeter Saar and Army Gen. Martin Herem told the committee that Russia must respect the treaty.');
    for (const person of ['Kaja Tamm', 'Peeter Saar', 'Martin Herem']) {
      expect(more.some((e) => e.type === 'STATEMENT' && e.source === person)).toBe(true);
    }
  });
});

describe("PROPOSAL: another titled person's proposal inside a speaker's words", () => {
  test('"“President Tinubu is proposing a joint inquiry,” Adeyemi said": the speaker reports it, he does not propose it', () => {
    const edges = edgesOf(
      'Trade row\n\nNigerian Trade Minister Bola Adeyemi issued a statement on Monday. “President Tinubu is proposing a joint inquiry into the port fees charged by Ghana,” Adeyemi said.',
    );
    expect(proposals(edges, 'is proposing').map((e) => e.source)).not.toContain('Bola Adeyemi');
  });
});

describe("PROPOSAL: a speaker's further verb whose subject is another actor", () => {
  test('"..., the minister added, and if the African Union wants to help to make the proposal happen": the Union\'s act, not the minister\'s offer', () => {
    const edges = edgesOf(
      'Mediation\n\nSouth African Foreign Minister Ronald Lamola spoke on Tuesday. Pretoria will study the plan closely, the minister added, and if the African Union wants to help to make the proposal happen, it will be a long process.',
    );
    expect(proposals(edges, 'make the proposal happen').map((e) => e.source)).not.toContain('Ronald Lamola');
  });
});
