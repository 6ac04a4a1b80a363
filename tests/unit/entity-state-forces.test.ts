// A state's armed service as an actor of its own (src/extract/mentions/state-forces.ts,
// function-words.json stateForceNouns): "the Chadian military said", "Ghana's army on Tuesday
// warned", found again as "the military". Named in passing, its state is read as before.
// Sentences written for this test.
import { edgesOf, extractOne } from '../setup/extract-text';

describe("a state's armed service that speaks", () => {
  test('"The Chadian military said ...", then "The military said ...": one organisation, not the state', () => {
    const edges = edgesOf('Border clash\n\nThe Chadian military said it had repelled a rebel attack near the border with Sudan. The military said Sudan backed the rebels.\n');
    const sources = edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source);
    expect(sources).toEqual(['Chadian military', 'Chadian military']);
  });

  test('"Ghana\'s army on Tuesday warned ...": named as written, its threat its own', () => {
    const edges = edgesOf("Protests\n\nGhana's army on Tuesday warned that anyone who attacks its soldiers will be met with force.\n");
    expect(edges.find((e) => e.type === 'THREAT')?.source).toBe("Ghana's army");
  });

  test('"North Korea\'s military said" is the service the lexicon knows as "North Korean military": one node with "the Korean People\'s Army"', () => {
    const edges = edgesOf("Drills\n\nNorth Korea's military said it would answer the drills. The Korean People's Army said it was ready.\n");
    expect(edges.filter((e) => e.type === 'STATEMENT').map((e) => e.source)).toEqual(["Korean People's Army", "Korean People's Army"]);
  });

  test('named in passing, the service makes no node and its state is still named', () => {
    const { names, edges } = extractOne('Sanctions\n\nRussia massed troops on the border. Canada said it had imposed new sanctions on the Russian military. The Russian military build-up worries Finland, Canada said.\n');
    expect(names).not.toContain('Russian military');
    expect(edges.find((e) => e.type === 'THREAT')?.targets).toContain('Russia');
  });
});
