import { createHash } from 'node:crypto';
import { existsSync, promises as fsPromises, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestBuffer, ingestFile, ingestFiles, listInputFiles, INGEST_RULES } from '../setup/ingest';
import type { IngestedFile, Message } from '../../src/model/types';

const PROJECT_ROOT = resolve(__dirname, '..', '..');
const SEEDS = join(PROJECT_ROOT, 'seeds');
const GOLD = resolve(PROJECT_ROOT, '..', 'shared', 'gold', 'seeds');

const ENGLISH = [
  'The Kremlin said on Friday that the talks with Washington had made progress, but that a ceasefire was not yet in sight.',
  'Foreign Minister Sergei Lavrov told reporters in Moscow that Russia would not accept any plan that was drawn up without it.',
  'He added that the next round of talks could take place in Istanbul in the coming weeks.',
].join('\n\n');

function seed(name: string): IngestedFile {
  const path = join(SEEDS, name);
  return ingestBuffer(path, readFileSync(path));
}

function textOf(result: IngestedFile): string {
  if (!result.article) throw new Error(`no article: ${JSON.stringify(result.messages)}`);
  return result.article.text;
}

function fatal(result: IngestedFile): Message {
  const fatals = result.messages.filter((m) => m.severity === 'fatal');
  expect(result.article).toBeNull();
  expect(fatals).toHaveLength(1);
  return fatals[0];
}

function rules(result: IngestedFile): string[] {
  return result.messages.map((m) => m.rule);
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('seed articles', () => {
  const seedNames = readdirSync(SEEDS).filter((n) => n.endsWith('.txt'));

  it.each(seedNames)('%s: id, file, path and normalised text', (name) => {
    const result = seed(name);
    const article = result.article;
    expect(article).not.toBeNull();
    if (!article) return;
    expect(article.file).toBe(name);
    expect(article.path).toBe(join(SEEDS, name));
    expect(article.id).toBe(createHash('sha256').update(article.text).digest('hex').slice(0, 16));
    expect(article.text).not.toMatch(/\r|\n{3,}|[ \t]\n|^\s|\s$|\u00a0/);
    expect(result.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it.each(seedNames)('%s: every line of the body is still in the text', (name) => {
    const raw = readFileSync(join(SEEDS, name), 'utf8');
    const text = textOf(seed(name)).replace('Barcelona\nVladimir', 'BarcelonaVladimir');
    const body = raw.split(/\nDavid\nDavid 2 weeks ago\n/)[0];
    const removed = new Set(['Source link', 'Please enter your comment!', 'Please enter your name here', 'Comments', 'Post a Comment']);
    const lines = body
      .split('\n')
      .map((l) => l.replace(/^ date 2024-05-03 /, '').trim())
      .filter((l) => l !== '' && !removed.has(l) && !l.startsWith('Home World'));
    for (const line of lines) expect(text).toContain(line);
  });

  it('000 has no headline line: the title is the first sentence, no date', () => {
    const article = seed('000_b8527ec254b17462.txt').article;
    expect(article?.title).toBe('The plane of France and the United Kingdom to send peace troops to Ukraine, once the conflict is finished, is “crazy”.');
    expect(article?.date).toBeNull();
  });

  it('001: the headline is the title and stays in the text; the glued dateline is split', () => {
    const result = seed('001_730480621d05b789.txt');
    const text = textOf(result);
    const headline = 'Putin threatens Europe: Troops deployed in Ukraine will be a "legitimate target"';
    expect(result.article?.title).toBe(headline);
    expect(text.startsWith(`${headline}\n`)).toBe(true);
    expect(text).toContain('\nBarcelona\nVladimir Putin has again threatened Europe the day after');
    expect(result.article?.date).toBeNull();
    expect(rules(result)).toContain('dateline-split');
  });

  it('002: the "Comments / Post a Comment" tail is cut; the photo caption is not the title', () => {
    const result = seed('002_212c296293ee434c.txt');
    const text = textOf(result);
    expect(text).not.toContain('Post a Comment');
    expect(text).not.toMatch(/\nComments$/);
    expect(text.endsWith('potentially alongside Baltic, Polish, and Scandinavian forces.')).toBe(true);
    expect(text.startsWith('Dmitry Peskov said the Le Monde reports did not ‘correspond with reality. Credit: Reuters\n')).toBe(true);
    expect(result.article?.title).toBe(
      "Moscow refutes claims regarding the reactivation of discussions between Britain and France following Donald Trump's victory in the election.",
    );
    expect(rules(result)).toContain('comments-removed');
  });

  it('003: breadcrumb, "Source link" and the comment form are gone; the full headline is the title', () => {
    const result = seed('003_24270a5528fe9d1d.txt');
    const text = textOf(result);
    const headline = 'Russia Warns France Sending Soldiers To Ukraine To Have “catastrophic” Consequences For Paris';
    expect(result.article?.title).toBe(headline);
    expect(text.startsWith(`${headline}\n\nSending troops to Ukraine would be disastrous for Paris`)).toBe(true);
    for (const chrome of ['Home World', 'Consequences For...', 'Source link', 'Please enter']) expect(text).not.toContain(chrome);
    expect(text.endsWith('with both sides accusing each other of making unrealistic demands.')).toBe(true);
    expect(rules(result)).toEqual(expect.arrayContaining(['chrome-removed', 'comments-removed']));
  });

  it('004: the date token becomes the date, and the reader comments are cut from "David" on', () => {
    const result = seed('004_a0fbd092381ce522.txt');
    const text = textOf(result);
    expect(result.article?.date).toBe('2024-05-03');
    expect(text).not.toContain('date 2024-05-03');
    expect(text.startsWith('The Kremlin on Friday slammed fresh comments by French President Emmanuel Macron')).toBe(true);
    for (const comment of ['\nDavid\n', 'David 2 weeks', 'Boogie', 'Tom Lowe', 'Pesky-Peskov', 'Sasha', 'Mouse', 'Rufus', 'GML', 'Zelensky', 'weeks ago']) {
      expect(text).not.toContain(comment);
    }
    expect(text.endsWith('"We see a dangerous tendency towards escalation in official statements. This is raising our concern," he added.')).toBe(true);
    // The commenter's verbatim repeat of a body sentence is gone: the sentence occurs once.
    expect(text.split('Peskov said the recent statements by Macron and Cameron').length).toBe(2);
    const removed = result.messages.find((m) => m.rule === 'comments-removed');
    expect(removed?.text).toMatch(/removed \d+ characters of reader comments, from the line "David"/);
  });

  const goldFiles = existsSync(GOLD) ? readdirSync(GOLD).filter((n) => n.endsWith('.json')) : [];
  (goldFiles.length > 0 ? it.each(goldFiles) : it.skip.each(['(no gold folder at ../shared/gold/seeds)']))(
    'gold %s: every evidence string is a substring of Article.text',
    (goldName) => {
      const gold = JSON.parse(readFileSync(join(GOLD, goldName), 'utf8')) as {
        article: string;
        relations: { evidence?: string }[];
        affiliations: { evidence?: string }[];
      };
      const text = textOf(seed(gold.article));
      const evidence = [...gold.relations, ...gold.affiliations].flatMap((r) => (r.evidence ? [r.evidence] : []));
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) expect(text).toContain(e);
    },
  );
});

describe('bad content becomes one fatal message', () => {
  it('empty file', () => {
    const m = fatal(ingestBuffer('empty.txt', Buffer.alloc(0)));
    expect(m).toMatchObject({ file: 'empty.txt', rule: 'empty' });
  });

  it('whitespace-only file, including a BOM and non-breaking spaces', () => {
    expect(fatal(ingestBuffer('blank.txt', Buffer.from('\ufeff  \n\t\r\n \u00a0 \n\n'))).rule).toBe('empty');
  });

  it('binary file with NUL bytes', () => {
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256));
    const m = fatal(ingestBuffer('data.bin', bytes));
    expect(m.rule).toBe('binary');
    expect(m.text).toMatch(/not a text file/);
  });

  it('binary file without NUL bytes (high share of control characters)', () => {
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => 1 + ((i * 7) % 31)));
    expect(fatal(ingestBuffer('noise.dat', bytes)).rule).toBe('binary');
  });

  it('a picture is named as such', () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(100, 7)]);
    const m = fatal(ingestBuffer('photo.png', png));
    expect(m.rule).toBe('binary');
    expect(m.text).toContain('PNG image');
  });

  it('a PDF is named as such', () => {
    const m = fatal(ingestBuffer('report.pdf', Buffer.from(`%PDF-1.7\n${ENGLISH}`)));
    expect(m.text).toContain('PDF document');
  });

  it('too large for the limit given as an option', () => {
    const m = fatal(ingestBuffer('big.txt', Buffer.from(ENGLISH), { maxFileMb: 0.0001 }));
    expect(m.rule).toBe('too-large');
    expect(m.text).toMatch(/above the 0\.0001 MB limit/);
    expect(m.text).toContain('maxFileMb');
    expect(m.text).toContain('KG_MAX_FILE_MB');
  });

  it('too large for the limit given by KG_MAX_FILE_MB', () => {
    const env = { KG_MAX_FILE_MB: '0.0001' };
    expect(fatal(ingestBuffer('big.txt', Buffer.from(ENGLISH), { env })).rule).toBe('too-large');
    expect(ingestBuffer('ok.txt', Buffer.from(ENGLISH), { env: { KG_MAX_FILE_MB: '1' } }).article).not.toBeNull();
  });

  it('a malformed KG_MAX_FILE_MB is a configuration error, said at once', () => {
    expect(() => ingestBuffer('x.txt', Buffer.from(ENGLISH), { env: { KG_MAX_FILE_MB: 'ten' } })).toThrow(/KG_MAX_FILE_MB/);
  });

  it('a file of only reader comments', () => {
    const comments = [
      'David',
      'David 2 weeks ago',
      'Any time Macron puts troops in Ukraine is OK by me. There are no red lines any more in this war.',
      '',
      'Boogie',
      'Boogie 3 days ago',
      "I can't believe Ukraine has not requested NATO troops to counter the Russian incursion.",
      'Reply',
    ].join('\n');
    const m = fatal(ingestBuffer('comments.txt', Buffer.from(comments)));
    expect(m.rule).toBe('no-content');
    expect(m.text).toMatch(/reader comments/);
  });

  it('a file of only site chrome', () => {
    const chrome = 'Source link\n\nShare this\nAdvertisement\n\nPlease enter your comment!\nPlease enter your name here\n';
    expect(fatal(ingestBuffer('chrome.txt', Buffer.from(chrome))).rule).toBe('no-content');
  });

  it('a non-English article', () => {
    const french = [
      "Le Kremlin a déclaré vendredi que les négociations avec Washington avaient progressé, mais qu'un cessez-le-feu n'était pas encore en vue.",
      'Le ministre des Affaires étrangères Sergueï Lavrov a dit aux journalistes à Moscou que la Russie ne accepterait aucun plan élaboré sans elle.',
      'Il a ajouté que le prochain cycle de discussions pourrait avoir lieu à Istanbul dans les semaines à venir.',
    ].join('\n\n');
    const m = fatal(ingestBuffer('fr.txt', Buffer.from(french)));
    expect(m.rule).toBe('not-english');
    expect(m.text).toMatch(/does not look English/);
    expect(ingestBuffer('fr.txt', Buffer.from(french), { requireEnglish: false }).article).not.toBeNull();
  });

  it('every rule used is documented in INGEST_RULES', () => {
    for (const rule of ['not-found', 'unreadable', 'too-large', 'empty', 'binary', 'no-content', 'not-english', 'comments-removed']) {
      expect(INGEST_RULES).toHaveProperty(rule);
    }
  });
});

describe('encodings', () => {
  const sample = `“Readiness for dialogue was noted,” said the ministry’s spokeswoman in Besançon.\n\n${ENGLISH}`;
  const reference = ingestBuffer('utf8.txt', Buffer.from(sample, 'utf8'));

  it('UTF-8 with a byte-order mark: the mark is stripped', () => {
    const result = ingestBuffer('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]));
    expect(result.article?.text).toBe(reference.article?.text);
    expect(result.article?.id).toBe(reference.article?.id);
  });

  it('UTF-16 LE with a byte-order mark', () => {
    const result = ingestBuffer('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]));
    expect(result.article?.text).toBe(reference.article?.text);
    expect(result.messages).toEqual([]);
  });

  it('UTF-16 BE with a byte-order mark', () => {
    const result = ingestBuffer('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(sample)]));
    expect(result.article?.text).toBe(reference.article?.text);
  });

  it('UTF-16 LE without a byte-order mark is recognised by its zero bytes, with a warning', () => {
    const result = ingestBuffer('le-nobom.txt', Buffer.from(sample, 'utf16le'));
    expect(result.article?.text).toBe(reference.article?.text);
    expect(rules(result)).toContain('encoding-guessed');
  });

  it('invalid UTF-8 is read as Windows-1252, with a warning', () => {
    const bytes = windows1252(sample);
    const result = ingestBuffer('cp1252.txt', bytes);
    expect(result.article?.text).toBe(reference.article?.text);
    const warning = result.messages.find((m) => m.rule === 'encoding-fallback');
    expect(warning?.severity).toBe('warning');
    expect(warning?.text).toMatch(/not valid UTF-8 \(first at offset 0\)/);
  });

  it('a UTF-8 file with one stray Windows-1252 byte keeps its UTF-8 quotes', () => {
    const bytes = Buffer.concat([Buffer.from(sample), Buffer.from([0x20, 0x96, 0x20]), Buffer.from('The end came soon.')]);
    const text = textOf(ingestBuffer('mixed.txt', bytes));
    expect(text).toContain('“Readiness for dialogue was noted,”');
    expect(text).toContain(' – The end came soon.');
  });
});

/** Encode text as Windows-1252: ASCII plus the few other characters the encoding tests use. */
function windows1252(text: string): Buffer {
  const bytes: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, ç: 0xe7 };
  return Buffer.from([...text].map((c) => bytes[c] ?? c.charCodeAt(0)));
}

describe('HTML', () => {
  const page = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Kremlin rejects peace plan | The Daily Example</title>
  <meta property="article:published_time" content="2024-05-03T09:30:00+02:00">
  <style>p { color: red; }</style>
  <script>var secretTracker = "<p>not content</p>";</script>
</head>
<body>
  <header class="site-header"><a href="/">Home</a> <nav><a href="/world">World</a></nav></header>
  <nav class="breadcrumb">Home › World › Europe</nav>
  <main>
    <article>
      <header><h1>Kremlin rejects &ldquo;peace plan&rdquo; from Paris</h1></header>
      <div class="share">Share on Facebook Share on X</div>
      <p>The Kremlin on Friday rejected the French plan &amp; said that it would not accept any plan that was drawn up without Russia.</p>
      <p>Kremlin spokesman Dmitry Peskov told reporters in Moscow that the talks with Washington had made progress,<br>but that a ceasefire was not yet in sight.</p>
      <figure><img src="x.jpg" alt="Peskov at a briefing"><figcaption>Dmitry Peskov in Moscow. Credit: Reuters</figcaption></figure>
      <p>He added that the next round of talks could take place in Istanbul in the coming weeks.</p>
      <aside>Related: Putin visits Beijing</aside>
      <noscript>Please enable JavaScript</noscript>
    </article>
    <section id="comments"><h3>3 comments</h3><p>Boogie 2 days ago</p><p>What a joke.</p></section>
  </main>
  <footer>© 2024 The Daily Example. All rights reserved.</footer>
  <script>track("page");</script>
</body>
</html>`;
  const result = ingestBuffer('article.html', Buffer.from(page));
  const text = textOf(result);

  it('keeps the article paragraphs, separated by blank lines, with entities decoded', () => {
    expect(text).toBe(
      [
        'Kremlin rejects “peace plan” from Paris',
        'The Kremlin on Friday rejected the French plan & said that it would not accept any plan that was drawn up without Russia.',
        'Kremlin spokesman Dmitry Peskov told reporters in Moscow that the talks with Washington had made progress,\nbut that a ceasefire was not yet in sight.',
        'Dmitry Peskov in Moscow. Credit: Reuters',
        'He added that the next round of talks could take place in Istanbul in the coming weeks.',
      ].join('\n\n'),
    );
  });

  it('drops scripts, styles, navigation, share bars, asides, comments and the footer', () => {
    for (const furniture of ['secretTracker', 'color: red', 'track(', 'World', 'Share on', 'Related', 'JavaScript', 'Boogie', 'All rights', '<', '&amp;']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('takes the title from <h1> and the date from the page metadata', () => {
    expect(result.article?.title).toBe('Kremlin rejects “peace plan” from Paris');
    expect(result.article?.date).toBe('2024-05-03');
    expect(rules(result)).toContain('markup-removed');
  });

  it('without <h1>, takes the <title> minus the site name', () => {
    const html = `<html><head><title>The Daily Example - Kremlin rejects peace plan from Paris</title></head><body><p>${ENGLISH}</p></body></html>`;
    expect(ingestBuffer('t.htm', Buffer.from(html)).article?.title).toBe('Kremlin rejects peace plan from Paris');
  });

  it('recognises HTML by its content in a .txt file', () => {
    const html = `<!doctype html><html><body><h1>Talks resume</h1><script>x()</script><p>${ENGLISH}</p></body></html>`;
    const sniffed = ingestBuffer('page.txt', Buffer.from(html));
    expect(sniffed.article?.title).toBe('Talks resume');
    expect(sniffed.article?.text).not.toContain('x()');
  });

  it('a page with no visible text has no content', () => {
    const html = '<html><head><title>Empty</title><script>run()</script></head><body><nav>Home</nav></body></html>';
    expect(fatal(ingestBuffer('blank.html', Buffer.from(html))).rule).toBe('no-content');
  });
});

describe('Markdown', () => {
  it('strips heading markers, links, images and emphasis, keeping the words', () => {
    const md = [
      '---',
      'title: "Kremlin rejects peace plan"',
      'date: 2024-05-03',
      '---',
      '# Kremlin *rejects* peace plan',
      '',
      '![Peskov](peskov.jpg)',
      'The **Kremlin** on Friday rejected the [French plan](https://example.com/plan) and said that it would not accept any plan drawn up without Russia.',
      '',
      '> Kremlin spokesman _Dmitry Peskov_ told reporters in Moscow that the talks with `Washington` had made progress.',
      '',
      '- He added that the next round of talks could take place in Istanbul in the coming weeks, and that snake_case_names stay.',
    ].join('\n');
    const result = ingestBuffer('story.md', Buffer.from(md));
    expect(result.article?.title).toBe('Kremlin rejects peace plan');
    expect(result.article?.date).toBe('2024-05-03');
    expect(textOf(result)).toBe(
      [
        'Kremlin rejects peace plan',
        'The Kremlin on Friday rejected the French plan and said that it would not accept any plan drawn up without Russia.',
        'Kremlin spokesman Dmitry Peskov told reporters in Moscow that the talks with Washington had made progress.',
        'He added that the next round of talks could take place in Istanbul in the coming weeks, and that snake_case_names stay.',
      ].join('\n\n'),
    );
  });
});

describe('cleaning plain text', () => {
  const clean = (text: string): IngestedFile => ingestBuffer('a.txt', Buffer.from(text));

  it('normalises CRLF, non-breaking spaces, trailing spaces and runs of blank lines, keeping single line breaks', () => {
    const text = textOf(clean(`Talks resume in Istanbul  \r\nA second line\u00a0here.\r\n\r\n\r\n\r\n${ENGLISH}   \r\n`));
    expect(text.startsWith('Talks resume in Istanbul\nA second line here.\n\nThe Kremlin said')).toBe(true);
  });

  it('reads "May 3, 2024" and "3 May 2024" near the start, and invents no date', () => {
    expect(clean(`Talks resume\nBy Jane Doe\nMay 3, 2024\n\n${ENGLISH}`).article?.date).toBe('2024-05-03');
    expect(clean(`Talks resume\nPublished 3 May 2024, 10:32\n\n${ENGLISH}`).article?.date).toBe('2024-05-03');
    expect(clean(`MOSCOW, 2024-05-03 (Reuters) - ${ENGLISH}`).article?.date).toBe('2024-05-03');
    expect(clean(`Talks resume\n\nThe talks broke down in October 2022. ${ENGLISH}`).article?.date).toBeNull();
    expect(clean(`Talks resume\n\n${ENGLISH}\n\nThey met on May 3, 2024 in Paris.`).article?.date).toBeNull();
  });

  it('removes byline and date lines, share and read-more lines, but not sentences that contain those words', () => {
    const input = [
      'Talks resume in Istanbul',
      'By Jane Doe and John Roe',
      'Published 3 May 2024, 10:32',
      'Share this',
      ENGLISH,
      'READ MORE: Putin visits Beijing',
      'Advertisement',
      'Read more about the talks, said the ministry, in its statement on Friday.',
      'By contrast, the Ukrainian side said nothing.',
      'Sign up for our daily newsletter',
      '© 2024 The Daily Example. All rights reserved.',
    ].join('\n');
    const result = clean(input);
    const text = textOf(result);
    for (const chrome of ['Jane Doe', 'Published', 'Share this', 'READ MORE', 'Advertisement', 'newsletter', '©']) expect(text).not.toContain(chrome);
    expect(text).toContain('Read more about the talks, said the ministry');
    expect(text).toContain('By contrast, the Ukrainian side said nothing.');
    expect(result.messages.find((m) => m.rule === 'chrome-removed')?.text).toMatch(/removed 7 site chrome line\(s\)/);
  });

  it('keeps a byline whose name is followed by an office: the author of a statement, not a reporter', () => {
    const kept = textOf(clean(['Ceasefire in the North', 'By Amara Okafor, Deputy Spokesperson', ENGLISH].join('\n')));
    expect(kept).toContain('By Amara Okafor, Deputy Spokesperson');
    const removed = textOf(clean(['Ceasefire in the North', 'By Amara Okafor, Staff Writer', ENGLISH].join('\n')));
    expect(removed).not.toContain('Amara Okafor');
  });

  it('cuts a comment section opened by "N comments", "Leave a Reply" or "Name · 5h"', () => {
    for (const opener of ['12 comments', 'Leave a Reply', 'Sasha · 5h\nPutin is bluffing.', 'Mouse 3 days ago\nNonsense.']) {
      const result = clean(`${ENGLISH}\n\n${opener}\nZelensky should invite them.`);
      expect(textOf(result)).toBe(ENGLISH);
      expect(rules(result)).toContain('comments-removed');
    }
  });

  it('a comment counter or a byline with a time under the headline does not cut the article', () => {
    const counter = clean(`Talks resume in Istanbul\n12 comments\n\n${ENGLISH}`);
    expect(textOf(counter)).toBe(`Talks resume in Istanbul\n\n${ENGLISH}`);
    const byline = clean(`Talks resume in Istanbul\nJane Doe 3 hours ago\nUpdated 2 hours ago\n\n${ENGLISH}`);
    expect(textOf(byline)).toContain(ENGLISH);
    expect(rules(byline)).not.toContain('comments-removed');
  });

  it('a sub-heading that looks like a comment header does not cut the rest of the article', () => {
    const body = Array.from({ length: 12 }, () => ENGLISH).join('\n\n');
    const text = `Crimea then and now\n\n${ENGLISH}\n\nCrimea 10 years ago\n${body}`;
    expect(textOf(clean(text))).toBe(text);
  });

  it('splits a dateline glued to the first word only for a known city', () => {
    expect(textOf(clean(`MoscowVladimir Putin said on Friday that ${ENGLISH}`))).toMatch(/^Moscow\nVladimir Putin said/);
    expect(textOf(clean(`McDonald said on Friday that ${ENGLISH}`))).toMatch(/^McDonald said/);
  });
});

describe('files and folders', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a real 50 MB file is rejected by its size, without being read', async () => {
    const big = join(dir, 'huge', 'big.txt');
    await mkdir(join(dir, 'huge'));
    const handle = await open(big, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'All work and no play. ');
    for (let i = 0; i < 50; i++) await handle.write(chunk);
    await handle.close();

    const readFile = jest.spyOn(fsPromises, 'readFile');
    try {
      const started = Date.now();
      const result = await ingestFile(big, { env: {} });
      expect(Date.now() - started).toBeLessThan(1000);
      const m = fatal(result);
      expect(m.rule).toBe('too-large');
      expect(m.text).toMatch(/^the file is 50 MB \(52428800 bytes\), above the 10 MB limit/);
      expect(m.text).toContain('KG_MAX_FILE_MB=51');
      expect(readFile).not.toHaveBeenCalled();
    } finally {
      readFile.mockRestore();
      await rm(join(dir, 'huge'), { recursive: true });
    }
  });

  it('a folder mixing good and bad files: one article or one fatal message per file', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(join(mixed, 'sub', '.git'), { recursive: true });
    const files: Record<string, Buffer> = {
      'a-good.txt': Buffer.from(`Talks resume in Istanbul\n\n${ENGLISH}`),
      'b-page.html': Buffer.from(`<html><head><title>Talks</title></head><body><h1>Talks resume</h1><p>${ENGLISH}</p></body></html>`),
      'c-empty.txt': Buffer.alloc(0),
      'd-blank.txt': Buffer.from('  \n\n  '),
      'e-photo.png': Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]),
      'f-comments.txt': Buffer.from('David\nDavid 2 weeks ago\nGreat article, thanks for it.\n'),
      'g-french.txt': Buffer.from(
        "Le Kremlin a déclaré vendredi que les négociations avec Washington avaient progressé, mais qu'un cessez-le-feu n'était pas encore en vue. Le ministre a dit aux journalistes à Moscou que la Russie refuserait tout plan élaboré sans elle.",
      ),
      'h-large.txt': Buffer.alloc(300 * 1024, 'Talks resume. '),
      'i-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ENGLISH, 'utf16le')]),
      '.hidden.txt': Buffer.from(ENGLISH),
      'sub/j-nested.md': Buffer.from(`# Talks resume\n\n${ENGLISH}`),
      'sub/.git/config': Buffer.from('[core]'),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(mixed, name), bytes);
    const missing = join(dir, 'no-such-folder');

    const listing = await listInputFiles([mixed, missing]);
    const expected = ['a-good.txt', 'b-page.html', 'c-empty.txt', 'd-blank.txt', 'e-photo.png', 'f-comments.txt', 'g-french.txt', 'h-large.txt', 'i-utf16.txt', 'sub/j-nested.md'];
    expect(listing.files).toEqual(expected.map((name) => join(mixed, name)));
    expect(listing.messages).toEqual([{ file: missing, severity: 'fatal', rule: 'not-found', text: `no such file or folder: ${missing}` }]);

    const results: IngestedFile[] = [];
    for await (const result of ingestFiles([mixed, missing], { maxFileMb: 0.25 })) results.push(result);

    const outcome = Object.fromEntries(
      results.map((r) => [r.path.slice(dir.length + 1), r.article ? 'article' : fatal(r).rule]),
    );
    expect(outcome).toEqual({
      'no-such-folder': 'not-found',
      'mixed/a-good.txt': 'article',
      'mixed/b-page.html': 'article',
      'mixed/c-empty.txt': 'empty',
      'mixed/d-blank.txt': 'empty',
      'mixed/e-photo.png': 'binary',
      'mixed/f-comments.txt': 'no-content',
      'mixed/g-french.txt': 'not-english',
      'mixed/h-large.txt': 'too-large',
      'mixed/i-utf16.txt': 'article',
      'mixed/sub/j-nested.md': 'article',
    });
    const good = results.filter((r) => r.article).map((r) => r.article?.title);
    expect(good).toEqual(['Talks resume in Istanbul', 'Talks resume', 'The Kremlin said on Friday that the talks with Washington had made progress, but that a ceasefire was not yet in sight.', 'Talks resume']);
  });

  it('ingestFile on a missing path or a folder gives a message, not an exception', async () => {
    expect(fatal(await ingestFile(join(dir, 'nope.txt'))).rule).toBe('not-found');
    expect(fatal(await ingestFile(dir)).rule).toBe('unreadable');
  });

  it('ingestFile on a seed gives the same article as ingestBuffer', async () => {
    const path = join(SEEDS, '004_a0fbd092381ce522.txt');
    expect(await ingestFile(path)).toEqual(ingestBuffer(path, readFileSync(path)));
  });
});
