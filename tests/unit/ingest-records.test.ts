// Container inputs (src/ingest/records.ts): JSON lines, RSS and Atom give one article per record
// with its metadata; a bad record is one fatal message and loses nothing else.
import { ingestBuffer, ingestInputResolved, ingestKnowledge } from '../setup/ingest';
import { resolveOptions } from '../../src/ingest/options';
import { containerFormat, metadataDate } from '../../src/ingest/records';
import { datelineInYearOf } from '../../src/ingest/dates';

const ingest = (path: string, text: string) => ingestInputResolved(path, Buffer.from(text, 'utf8'), resolveOptions({}), ingestKnowledge());

const LINE = (o: unknown): string => `${JSON.stringify(o)}\n`;
const TEXT = 'Spanish Foreign Minister Ana Ferreira said on Monday that Spain would propose a ceasefire plan to both sides.';

describe('JSON lines', () => {
  it('gives one article per record with title, date, url and outlet', () => {
    const files = ingest('news.jsonl', LINE({ text: TEXT, title: 'Spain proposes', date: '2024-03-04T10:00:00+01:00', url: 'https://x.example/a', outlet: 'X News' }));
    expect(files).toHaveLength(1);
    expect(files[0].article).toMatchObject({ path: 'news.jsonl#1', title: 'Spain proposes', date: '2024-03-04', url: 'https://x.example/a', outlet: 'X News' });
  });

  it('rejects each bad record with one line naming it and keeps the others', () => {
    const text = [LINE({ text: TEXT }), '{oops\n', LINE({ title: 'no text' }), LINE([1, 2]), LINE({ text: `${TEXT} Again.`, date: 'soon' })].join('');
    const files = ingest('day.ndjson', text);
    expect(files.map((f) => f.path)).toEqual(['day.ndjson#1', 'day.ndjson#2', 'day.ndjson#3', 'day.ndjson#4', 'day.ndjson#5']);
    expect(files.map((f) => f.article !== null)).toEqual([true, false, false, false, true]);
    for (const bad of files.filter((f) => !f.article)) {
      const fatal = bad.messages.filter((m) => m.severity === 'fatal');
      expect(fatal).toHaveLength(1);
      expect(fatal[0].rule).toBe('bad-record');
      expect(fatal[0].text).not.toContain('\n');
    }
    expect(files[4].article?.date).toBeNull();
    expect(files[4].messages.map((m) => m.rule)).toContain('bad-metadata');
  });

  it('rejects a record in another language by its language field', () => {
    const [file] = ingest('x.jsonl', LINE({ text: TEXT, language: 'de' }));
    expect(file.article).toBeNull();
    expect(file.messages[0].rule).toBe('not-english');
  });

  it('is recognised by content on standard input, and a .txt file starting with { is not', () => {
    expect(containerFormat('stdin', LINE({ text: TEXT }))).toBe('jsonl');
    expect(containerFormat('notes.txt', LINE({ text: TEXT }))).toBeNull();
  });
});

describe('feeds', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>One</title><link>https://w.example/1</link><pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate><description>&lt;p&gt;${TEXT}&lt;/p&gt;</description></item>
    <item><title>Empty</title></item></channel></rss>`;

  it('RSS: one article per item, the channel title as outlet, the day as written', () => {
    const files = ingest('wire.rss', rss);
    expect(files[0].article).toMatchObject({ path: 'wire.rss#1', title: 'One', url: 'https://w.example/1', outlet: 'Wire', date: '2024-03-05', text: TEXT });
    expect(files[1].article).toBeNull();
    expect(files[1].messages.map((m) => m.rule)).toEqual(['bad-record']);
  });

  it('Atom: content, alternate link, published date', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
      <entry><title>Two</title><link rel="self" href="https://a.example/self"/><link rel="alternate" href="https://a.example/2"/>
      <published>2024-02-01T00:00:00Z</published><summary>short</summary><content type="html">&lt;p&gt;${TEXT}&lt;/p&gt;</content></entry></feed>`;
    const [file] = ingest('wire.xml', atom);
    expect(file.article).toMatchObject({ title: 'Two', url: 'https://a.example/2', outlet: 'Atom Wire', date: '2024-02-01', text: TEXT });
  });
});

describe('dates from metadata', () => {
  it('reads ISO and RFC 822 dates as the day written', () => {
    expect(metadataDate('2024-05-03T23:59:00-07:00')).toBe('2024-05-03');
    expect(metadataDate('Fri, 03 May 2024 08:00:00 GMT')).toBe('2024-05-03');
    expect(metadataDate('next week')).toBeNull();
  });

  it('a dateline without a year takes the metadata year (the year before across New Year)', () => {
    expect(datelineInYearOf('NAIROBI, June 4 (Reuters) - Talks began.', '2024-06-05', ingestKnowledge().dates)).toBe('2024-06-04');
    expect(datelineInYearOf('BERLIN, Dec 31 - Talks began.', '2025-01-02', ingestKnowledge().dates)).toBe('2024-12-31');
    expect(datelineInYearOf('BERLIN, Dec 31, 2023 - Talks began.', '2025-01-02', ingestKnowledge().dates)).toBeNull();
    expect(datelineInYearOf('Talks began.', '2025-01-02', ingestKnowledge().dates)).toBeNull();
  });

  it('plain files keep no url or outlet key', () => {
    const file = ingestBuffer('a.txt', Buffer.from(TEXT));
    expect(file.article && 'url' in file.article).toBe(false);
    expect(file.article && 'outlet' in file.article).toBe(false);
  });
});
