// `npm run -s quality`: scores every unlocked fixture set and prints the table;
// `npm run -s quality -- --write-floors` also writes tests/quality-floors.json from what it measured.
import { writeFileSync } from 'node:fs';
import { fixtureSets, floorsFrom, FLOOR_MARGIN, FLOORS_FILE, scoreSet, scoreTable, type SetFloors, type SetScores } from './quality';

const results: Array<[string, SetScores]> = fixtureSets().map((set) => [set.name, scoreSet(set)]);
process.stdout.write(`${scoreTable(results)}\n`);
if (process.argv.includes('--write-floors')) {
  const floors: Record<string, SetFloors | string> = {
    $comment: `F1 floors per fixture set, ${FLOOR_MARGIN} under the figures measured when written (npm run -s quality -- --write-floors); checked by tests/unit/quality-gate.test.ts.`,
  };
  for (const [name, scores] of results) floors[name] = floorsFrom(scores);
  writeFileSync(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);
  process.stdout.write(`floors written to ${FLOORS_FILE}\n`);
}
