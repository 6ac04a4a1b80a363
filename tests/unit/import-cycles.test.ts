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

test('no import cycle in src/', () => {
  const files = sources(SRC);
  expect(files.length).toBeGreaterThan(50);
  const cycles = cyclesOf(importGraph(files)).map((c) => c.map((f) => relative(SRC, f)).join(' -> '));
  expect(cycles).toEqual([]);
});

// Issue 11: no file in src/ over 500 lines, so that each stays one readable piece.
const MAX_LINES = 500;

test(`no file in src/ has more than ${MAX_LINES} lines`, () => {
  const long = sources(SRC)
    .map((f) => ({ file: relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length }))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `${f.file}: ${f.lines}`);
  expect(long).toEqual([]);
});
