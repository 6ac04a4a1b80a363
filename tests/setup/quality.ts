// Scores the extractor on every fixture set that pairs articles with gold, with the project's
// scorer (../shared/eval/score.mjs), for the quality gate (tests/unit/quality-gate.test.ts) and
// for `npm run -s quality` (prints the tables, `--write-floors` resets the floors).
//
// Sets: the seeds (seeds/ with ../shared/gold/seeds) and each tests/fixtures/<set>/ holding
// articles/ and gold/, except sets whose name contains "locked": those are scored only by hand,
// once a round of work is done, to learn whether the rules generalise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const FLOORS_FILE = join(ROOT, 'tests', 'quality-floors.json');
/** How far under the measured figure a floor sits: noise-free, so only a real loss trips it. */
export const FLOOR_MARGIN = 0.02;

export interface FixtureSet {
  name: string;
  articles: string;
  gold: string;
}

export interface SetScores {
  /** measure ("entities", "attribution:THREAT", "extra:ACCUSATION", …) → F1 */
  f1: Record<string, number>;
  /** gold entities the export holds as more than one node */
  fragmented: number;
}

/** Floors per set: measure → lowest acceptable F1, plus the most split entities allowed. */
export interface SetFloors {
  f1: Record<string, number>;
  fragmented: number;
}

export function fixtureSets(): FixtureSet[] {
  const sets: FixtureSet[] = [{ name: 'seeds', articles: join(ROOT, 'seeds'), gold: join(SHARED, 'gold', 'seeds') }];
  const fixtures = join(ROOT, 'tests', 'fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    if (name.includes('locked')) continue;
    const articles = join(fixtures, name, 'articles');
    const gold = join(fixtures, name, 'gold');
    if (existsSync(articles) && existsSync(gold)) sets.push({ name, articles, gold });
  }
  return sets;
}

/** Extracts a set with the real CLI (as a user would) and scores the export. */
export function scoreSet(set: FixtureSet): SetScores {
  const scorer = join(SHARED, 'eval', 'score.mjs');
  if (!existsSync(scorer)) throw new Error(`the scorer is missing: ${scorer} (../shared must sit beside the checkout)`);
  const tmp = mkdtempSync(join(tmpdir(), 'kg-quality-'));
  try {
    const out = join(tmp, `${set.name}.json`);
    try {
      execFileSync(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'extract', set.articles, '--json', out], { stdio: 'pipe' });
    } catch (err) {
      // Exit 2 means some files were skipped: the export is still written and scored (a skipped
      // article then scores as a miss, which is the point).
      if (!existsSync(out)) throw err;
    }
    const report = execFileSync(process.execPath, [scorer, set.gold, out, '--json'], { encoding: 'utf8' });
    return parseScores(JSON.parse(report) as unknown);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function parseScores(report: unknown): SetScores {
  if (!isRecord(report) || !isRecord(report.scores)) throw new Error('the scorer printed no scores');
  const f1: Record<string, number> = {};
  for (const [measure, value] of Object.entries(report.scores)) {
    if (isRecord(value) && typeof value.f1 === 'number') f1[measure] = value.f1;
  }
  const fragmented = Array.isArray(report.fragmented_entities) ? report.fragmented_entities.length : 0;
  return { f1, fragmented };
}

export function readFloors(): Record<string, SetFloors> {
  const raw: unknown = JSON.parse(readFileSync(FLOORS_FILE, 'utf8'));
  if (!isRecord(raw)) throw new Error(`${FLOORS_FILE}: expected an object of sets`);
  const floors: Record<string, SetFloors> = {};
  for (const [set, value] of Object.entries(raw)) {
    if (set === '$comment') continue;
    if (!isRecord(value) || !isRecord(value.f1) || typeof value.fragmented !== 'number') {
      throw new Error(`${FLOORS_FILE}: set "${set}" needs {"f1": {measure: number}, "fragmented": number}`);
    }
    const f1: Record<string, number> = {};
    for (const [measure, floor] of Object.entries(value.f1)) {
      if (typeof floor !== 'number' || floor < 0 || floor > 1) throw new Error(`${FLOORS_FILE}: ${set}.${measure} must be a number from 0 to 1`);
      f1[measure] = floor;
    }
    floors[set] = { f1, fragmented: value.fragmented };
  }
  return floors;
}

/** Floors FLOOR_MARGIN under what was measured (never below 0), two decimals, rounded down. */
export function floorsFrom(scores: SetScores): SetFloors {
  const f1: Record<string, number> = {};
  for (const [measure, value] of Object.entries(scores.f1)) f1[measure] = Math.max(0, Math.floor((value - FLOOR_MARGIN) * 100) / 100);
  return { f1, fragmented: scores.fragmented };
}

/** Every measure that fell under its floor, as one readable line each. */
export function shortfalls(set: string, scores: SetScores, floors: SetFloors): string[] {
  const lines: string[] = [];
  for (const [measure, floor] of Object.entries(floors.f1)) {
    const value = scores.f1[measure];
    if (value === undefined) lines.push(`${set}: ${measure} is no longer measured (floor ${floor})`);
    else if (value < floor) lines.push(`${set}: ${measure} F1 ${value.toFixed(3)} < floor ${floor.toFixed(2)}`);
  }
  if (scores.fragmented > floors.fragmented) lines.push(`${set}: ${scores.fragmented} entities split over several nodes (at most ${floors.fragmented})`);
  return lines;
}

const SHOWN = ['entities', 'canonical_names', 'attribution', 'attribution:STATEMENT', 'attribution:THREAT', 'attribution:PROPOSAL', 'full', 'affiliations'];

/** One table: a row per set, a column per headline measure, plus every extra: measure. */
export function scoreTable(results: Array<[string, SetScores]>): string {
  const extras = [...new Set(results.flatMap(([, s]) => Object.keys(s.f1).filter((m) => m.startsWith('extra:attribution:'))))].sort();
  const columns = [...SHOWN, ...extras];
  const head = ['set', ...columns.map((c) => c.replace('extra:attribution:', 'attr:').replace('attribution:', 'attr:')), 'split'];
  const rows = results.map(([set, s]) => [set, ...columns.map((c) => (s.f1[c] === undefined ? '-' : s.f1[c].toFixed(3))), String(s.fragmented)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [head, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
