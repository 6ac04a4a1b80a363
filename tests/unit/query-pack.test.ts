// The query pack's file format and parameter checks (src/neo4j/query-pack.ts), without a database.
import * as path from 'node:path';
import { cypherDir } from '../../src/neo4j/cypher';
import { loadQueryPack, parseParamPairs, parseQueryFile, QueryPackError, QueryParamError, validateParams } from '../../src/neo4j/query-pack';

const header = (...lines: string[]): string => `${lines.join('\n')}\nMATCH (n) RETURN n`;

describe('query files', () => {
  test.each([
    ['queries', loadQueryPack()],
    ['explorer', loadQueryPack(path.join(cypherDir(), 'explorer'))],
  ])('every file of cypher/%s/ parses, with a description and an example per parameter', (_dir, pack) => {
    expect(pack.length).toBeGreaterThan(0);
    for (const q of pack) {
      expect(q.description.length).toBeGreaterThan(20);
      for (const p of q.params) expect(p.example).not.toBe('');
      // The examples themselves are valid values.
      expect(() => validateParams(q, Object.fromEntries(q.params.map((p) => [p.name, p.example])))).not.toThrow();
    }
  });

  test('a header declares types through its examples and meanings', () => {
    const q = parseQueryFile(
      'sample',
      [
        '// description: A sample query for the parser.',
        '// param actor: who (Putin)',
        '// param limit?: how many, 1 to 50 (10)',
        '// param from?: first day (2024-01-01)',
        '// param type?: one of THREAT|PROPOSAL (THREAT)',
        '// param types?: one or more of A|B|C (A,B)',
        '// a note',
        'MATCH (n) WHERE n.name = $actor AND $from IS NULL AND $type IS NULL AND $types IS NULL RETURN n LIMIT coalesce($limit, 10)',
      ].join('\n'),
    );
    expect(q.params.map((p) => [p.name, p.type, p.required])).toEqual([
      ['actor', 'string', true],
      ['limit', 'integer', false],
      ['from', 'date', false],
      ['type', 'enum', false],
      ['types', 'enum-list', false],
    ]);
    expect(q.params[1]).toMatchObject({ min: 1, max: 50 });
    expect(q.params[3].values).toEqual(['THREAT', 'PROPOSAL']);
    expect(q.notes).toEqual(['a note']);
  });

  test('malformed headers are refused', () => {
    expect(() => parseQueryFile('x', 'MATCH (n) RETURN n')).toThrow(/description/);
    expect(() => parseQueryFile('x', header('// description: d', '// param actor: no example'))).toThrow(QueryPackError);
    expect(() => parseQueryFile('x', header('// description: d', '// param actor: unused (Putin)'))).toThrow(/never used/);
    expect(() => parseQueryFile('x', '// description: d\nMATCH (n) WHERE n.id = $id RETURN n')).toThrow(/not declared/);
    expect(() => parseQueryFile('Bad Name', header('// description: d'))).toThrow(/name/);
  });
});

describe('parameter checks', () => {
  const q = parseQueryFile(
    'sample',
    [
      '// description: A sample query for the parser.',
      '// param actor: who (Putin)',
      '// param limit?: how many, 1 to 50 (10)',
      '// param from?: first day (2024-01-01)',
      '// param type?: one of THREAT|PROPOSAL (THREAT)',
      '// param types?: one or more of A|B|C (A,B)',
      'RETURN $actor, $limit, $from, $type, $types',
    ].join('\n'),
  );

  test('valid values are typed; absent optional ones are null', () => {
    expect(validateParams(q, { actor: '  Putin ', limit: '7', type: 'threat', types: 'a,C,a' })).toEqual({
      actor: 'Putin',
      limit: 7,
      from: null,
      type: 'THREAT',
      types: ['A', 'C'],
    });
    expect(validateParams(q, { actor: 'x', limit: 50, from: '2024-02-29', types: ['B'] })).toMatchObject({ limit: 50, from: '2024-02-29', types: ['B'] });
    expect(validateParams(q, { actor: 'x', from: '' }).from).toBeNull();
  });

  test.each([
    ['{}', {}, /needs actor/],
    ["{ actor: '' }", { actor: '' }, /needs actor/],
    ['a 201-character actor', { actor: 'x'.repeat(201) }, /longer than 200/],
    ["{ actor: 'a\\u0000b' }", { actor: 'a\u0000b' }, /control characters/],
    ["{ actor: ['Putin'] }", { actor: ['Putin'] }, /must be text/],
    ['{ actor: { $ne: 1 } }', { actor: { $ne: 1 } }, /must be text/],
    ["{ actor: 'x', limit: '0' }", { actor: 'x', limit: '0' }, /between 1 and 50/],
    ["{ actor: 'x', limit: '51' }", { actor: 'x', limit: '51' }, /between 1 and 50/],
    ["{ actor: 'x', limit: '2.5' }", { actor: 'x', limit: '2.5' }, /whole number/],
    ["{ actor: 'x', limit: '1e3' }", { actor: 'x', limit: '1e3' }, /whole number/],
    ["{ actor: 'x', from: '2023-02-29' }", { actor: 'x', from: '2023-02-29' }, /YYYY-MM-DD/],
    ["{ actor: 'x', from: '2024-1-1' }", { actor: 'x', from: '2024-1-1' }, /YYYY-MM-DD/],
    ["{ actor: 'x', type: 'MENTIONS' }", { actor: 'x', type: 'MENTIONS' }, /one of THREAT, PROPOSAL/],
    ["{ actor: 'x', types: 'A,D' }", { actor: 'x', types: 'A,D' }, /one of A, B, C/],
    ['a list of 21 values', { actor: 'x', types: Array(21).fill('A') }, /more than 20/],
    ["{ actor: 'x', cypher: 'MATCH (n) DETACH DELETE n' }", { actor: 'x', cypher: 'MATCH (n) DETACH DELETE n' }, /unknown parameter cypher/],
  ])('refuses %s', (_label, raw, message) => {
    expect(() => validateParams(q, raw as Record<string, unknown>)).toThrow(QueryParamError);
    expect(() => validateParams(q, raw as Record<string, unknown>)).toThrow(message);
  });

  test('--param pairs keep their text; a missing = is an error', () => {
    expect(parseParamPairs(['actor=the Kremlin', 'q=a=b'])).toEqual({ actor: 'the Kremlin', q: 'a=b' });
    expect(() => parseParamPairs(['actor'])).toThrow(QueryParamError);
  });
});
