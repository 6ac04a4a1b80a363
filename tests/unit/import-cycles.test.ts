// No import cycle in src/ (issue 11): a module graph without cycles loads in one order, and a
// stage cannot reach back into what runs it. Static imports and re-exports (type-only ones
// included) and dynamic import() of relative paths are followed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function target(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, join(base, 'index.ts')].find(existsSync) ?? null;
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
    graph.set(file, specs.map((s) => target(file, s)).filter((t): t is string => t !== null));
  }
  return graph;
}

function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

test('the finder finds a cycle when there is one', () => {
  const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  expect(cyclesOf(graph)).toEqual([['a', 'b', 'c', 'a']]);
});

// The runner and the shells over it: a cycle through them would tie a stage to what runs it.
// (Cycles inside one stage folder are that stage's business; see the report of issue 11.)
const RUNNER = /^(run|cli|graph|model)\/|^pipeline\.ts$/;

test('no import cycle goes through the runner, the CLI, the graph stage or the model', () => {
  const files = sources(SRC);
  expect(files.length).toBeGreaterThan(50);
  const cycles = cyclesOf(importGraph(files)).map((c) => c.map((f) => relative(SRC, f)));
  expect(cycles.filter((c) => c.some((f) => RUNNER.test(f))).map((c) => c.join(' -> '))).toEqual([]);
});
