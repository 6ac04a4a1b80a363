// The one knowledge loader (src/knowledge/): every file of knowledge/en/ has a validator that names
// the file and the field of a problem; KG_KNOWLEDGE_DIR folders extend every stage, ingest included;
// each call returns a value of its own (no process-wide state).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_DIR, INGEST_FILES, KNOWLEDGE_FILES, THREAT_FRAME_FILES, loadKnowledge } from '../../src/knowledge';
import { ingestResolved } from '../../src/ingest/ingest';
import { resolveOptions } from '../../src/ingest/options';

const userDir = (files: Record<string, unknown>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-knowledge-loader-'));
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(value));
  }
  return dir;
};

describe('the knowledge loader', () => {
  const builtIn = loadKnowledge('');

  it('has a validator for every file in knowledge/en', () => {
    const known = new Set<string>([...Object.values(KNOWLEDGE_FILES).map((spec) => spec.file), ...Object.values(INGEST_FILES), ...Object.values(THREAT_FRAME_FILES)]);
    const shipped = readdirSync(BUILT_IN_DIR).filter((f) => f.endsWith('.json'));
    expect(shipped.filter((f) => !known.has(f))).toEqual([]);
    expect([...known].filter((f) => !shipped.includes(f))).toEqual([]);
  });

  it('returns a new value on each call, read from the folders it is given', () => {
    const dir = userDir({ 'titles.json': { generic: ['quartermaster'] } });
    const extended = loadKnowledge(dir);
    expect(extended).not.toBe(builtIn);
    expect(extended.genericRoles.has('quartermaster')).toBe(true);
    expect(builtIn.genericRoles.has('quartermaster')).toBe(false);
    expect(loadKnowledge([dir]).sources.extra).toEqual([dir]);
  });

  it('reads a user folder laid out like knowledge/ (<dir>/en/<file>) too', () => {
    const dir = userDir({ 'en/readouts.json': { jointVerbs: ['co-sign'] } });
    expect(loadKnowledge(dir).readouts.jointVerbs.has('co-sign')).toBe(true);
  });

  it('extends ingest: a user chrome line is removed from an article', () => {
    const text = 'Moscow, May 3. The talks went on for a second day in Geneva, officials said.\nBUY OUR NEWSLETTER TODAY\nBoth sides said they would meet again next week to discuss the prisoners.\n';
    const ingest = (k: typeof builtIn) => ingestResolved('a.txt', Buffer.from(text), resolveOptions({ requireEnglish: false }), k.ingest).article?.text ?? '';
    const dir = userDir({ 'chrome.json': { lines: [{ id: 'newsletter', pattern: '^buy our newsletter today$' }] } });
    expect(ingest(builtIn)).toContain('NEWSLETTER');
    expect(ingest(loadKnowledge(dir))).not.toContain('NEWSLETTER');
  });

  it('extends ingest: a user month spelling dates an article', () => {
    const text = 'BERLIN, 3. Mai 2024 - Die Gespräche gingen weiter, sagten Beamte am Freitag in Genf.\nBeide Seiten wollen sich nächste Woche wieder treffen.\n';
    const date = (k: typeof builtIn) => ingestResolved('a.txt', Buffer.from(text.replace('3.', '3')), resolveOptions({ requireEnglish: false }), k.ingest).article?.date ?? null;
    expect(date(builtIn)).toBeNull();
    expect(date(loadKnowledge(userDir({ 'dates.json': { months: { mai: 5 } } })))).toBe('2024-05-03');
  });

  it.each([
    ['dates.json', { months: { mai: 13 } }, /dates\.json: months\.mai: expected a month number from 1 to 12/],
    ['dates.json', { ordinalSuffixes: ['t(h)'] }, /dates\.json: ordinalSuffixes\[\d+\]: expected a lower-case word of letters/],
    ['people.json', { people: [{ name: 'Ana Mora', aliases: ['Mora'], gender: 'female' }] }, /people\.json: people\[\d+\]\.gender: expected one of f, m/],
    ['people.json', { people: [{ name: 'Ana Mora', aliases: ['Mora'], nickname: 'Ana' }] }, /people\.json: people\[\d+\]\.nickname: unknown field/],
    ['states.json', { aliases: { Spain: ['Espana'] } }, /states\.json: aliases\.Spain: "Spain" is not a three-letter state code/],
    ['organizations.json', { organizations: [{ name: 'Acme', aliases: [], kind: 'club' }] }, /organizations\.json: organizations\[\d+\]\.kind: expected one of/],
    ['cues.json', { speech: { verbs: ['Declare'] } }, /cues\.json: speech\.verbs\[\d+\]: "Declare" must be lower case/],
    ['cues.json', { threat: { verb: ['menace'] } }, /cues\.json: threat\.verb: unknown field/],
    ['stopwords.json', { months: [3] }, /stopwords\.json: months\[\d+\]: expected a non-empty string/],
    ['readouts.json', { memory: -1 }, /readouts\.json: memory: expected a whole number/],
    ['calls-for-action.json', { deonticModals: 'must' }, /calls-for-action\.json: deonticModals: expected a list/],
    ['cameo-cues.json', { speechCodes: ['01x'] }, /cameo-cues\.json: speechCodes\[\d+\]: expected a CAMEO event code/],
    ['comments.json', { maxReplyBlockLines: 'ten' }, /comments\.json.*: 'maxReplyBlockLines' must be a number/],
  ])('refuses a broken %s with one line naming the file and the field', (file, value, message) => {
    const dir = userDir({ [file]: value });
    let error: unknown;
    try {
      loadKnowledge(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).toContain(join(dir, file));
    expect(text).not.toContain('\n');
  });

  it('says which file is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-knowledge-loader-'));
    writeFileSync(join(dir, 'gender.json'), '{"female": ');
    expect(() => loadKnowledge(dir)).toThrow(`knowledge file ${join(dir, 'gender.json')} is not valid JSON`);
  });
});
