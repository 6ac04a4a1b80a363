// bin/kg.js runs dist/ only when dist/.source-hash matches the sources (scripts/source-hash.js):
// any edit, addition or removal under src/, or a tsconfig change, makes dist/ stale.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const { sourceHash, distIsFresh, STAMP } = require('../../scripts/source-hash.js') as {
  sourceHash(root: string): string | null;
  distIsFresh(root: string): boolean;
  STAMP: string;
};

describe('compiled CLI freshness', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-fresh-'));
    fs.mkdirSync(path.join(root, 'src', 'cli'), { recursive: true });
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{}');
    fs.writeFileSync(path.join(root, 'src', 'cli', 'main.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(root, STAMP), `${sourceHash(root)}\n`);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is fresh right after stamping', () => {
    expect(distIsFresh(root)).toBe(true);
  });

  it('is stale after an edit, even one that keeps the old modification time', () => {
    const file = path.join(root, 'src', 'cli', 'main.ts');
    const { mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'export const a = 2;\n');
    fs.utimesSync(file, mtime, mtime);
    expect(distIsFresh(root)).toBe(false);
  });

  it('is stale after a file is added or a tsconfig changes', () => {
    fs.writeFileSync(path.join(root, 'src', 'cli', 'new.ts'), '');
    expect(distIsFresh(root)).toBe(false);
    fs.rmSync(path.join(root, 'src', 'cli', 'new.ts'));
    expect(distIsFresh(root)).toBe(true);
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{"compilerOptions":{}}');
    expect(distIsFresh(root)).toBe(false);
  });

  it('is stale without a stamp', () => {
    fs.rmSync(path.join(root, STAMP));
    expect(distIsFresh(root)).toBe(false);
  });
});
