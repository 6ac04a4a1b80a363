import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CACHED_MIN_LENGTH, cachedRead, type ReadTokens } from '../../src/nlp/read-cache';

describe('wink-nlp reads kept between runs', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'kg-read-cache-test-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const long = 'word '.repeat(CACHED_MIN_LENGTH / 5 + 1);
  const counting = (): { read: (text: string) => ReadTokens; calls: () => number } => {
    let calls = 0;
    return { read: (text) => (calls++, { values: text.split(' '), spaces: text.split(' ').map((_, i) => (i === 0 ? '' : ' ')) }), calls: () => calls };
  };

  test('a long text is read once; the next run gets the same answer from the file', () => {
    const first = counting();
    const answer = cachedRead(long, first.read, dir);
    const second = counting();
    expect(cachedRead(long, second.read, dir)).toEqual(answer);
    expect([first.calls(), second.calls()]).toEqual([1, 0]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a short text is never kept', () => {
    const reader = counting();
    cachedRead('a few words', reader.read, dir);
    cachedRead('a few words', reader.read, dir);
    expect(reader.calls()).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a damaged or foreign file is read again and replaced', () => {
    cachedRead(long, counting().read, dir);
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file), JSON.stringify({ values: ['x'], spaces: [] }));
    const reader = counting();
    const answer = cachedRead(long, reader.read, dir);
    expect(reader.calls()).toBe(1);
    expect(answer.values.length).toBe(answer.spaces.length);
    expect(cachedRead(long, counting().read, dir)).toEqual(answer);
  });
});
