// Readers for the TABARI/PETRARCH dictionary formats (../shared/data/petrarch2/dictionaries.rst):
// actor dictionaries (names, `+` aliases, `[CODE date-range]` restrictions), the agents
// dictionary (role nouns with plurals and `~CODE`s) and the verb dictionary (synsets, `--- VERB
// [code] ---` blocks, verb forms, `- pattern [code]` lines). Pure functions of the file text, so
// the conversion can be tested on lines written for the tests.

export interface CodeRestriction {
  code: string;
  /** ISO dates, both inclusive; absent = unbounded on that side. */
  from?: string;
  to?: string;
  /** `[CODE]` with no dates: applies when no dated restriction does. */
  fallback: boolean;
}

export interface ActorRecord {
  /** Primary phrases (spelling variants written as consecutive primary lines), raw. */
  primaries: string[];
  /** `+` synonym phrases, raw. */
  aliases: string[];
  codes: CodeRestriction[];
  comments: string[];
  line: number;
}

export interface Problem {
  line: number;
  message: string;
}

/** YYMMDD or YYYYMMDD; two-digit years up to 20 are 20xx (the files end in 2014–2016). */
export function parseTabariDate(raw: string): string | undefined {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    year = yy <= 20 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else if (/^\d{8}$/.test(raw)) {
    year = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else return undefined;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const date = new Date(Date.UTC(year, month - 1, day));
  const iso = date.toISOString().slice(0, 10);
  return iso === `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}` ? iso : undefined;
}

/** One `[CODE ...]` group: `CODE`, `CODE <date`, `CODE >date`, `CODE date-date`. */
export function parseCodeRestriction(inner: string): CodeRestriction | string {
  const parts = inner.trim().split(/\s+/);
  const code = parts[0] ?? '';
  if (!/^[A-Z~]{2,}[A-Z0-9]*$/.test(code)) return `bad code "${inner.trim()}"`;
  const range = parts.slice(1).join('');
  if (range === '') return { code, fallback: true };
  let match: RegExpExecArray | null;
  if ((match = /^<(\d+)$/.exec(range))) {
    const to = parseTabariDate(match[1] ?? '');
    return to ? { code, to, fallback: false } : `bad date in "${inner.trim()}"`;
  }
  if ((match = /^>(\d+)$/.exec(range))) {
    const from = parseTabariDate(match[1] ?? '');
    return from ? { code, from, fallback: false } : `bad date in "${inner.trim()}"`;
  }
  if ((match = /^(\d+)-(\d+)$/.exec(range))) {
    const from = parseTabariDate(match[1] ?? '');
    const to = parseTabariDate(match[2] ?? '');
    if (!from || !to) return `bad date in "${inner.trim()}"`;
    return from <= to ? { code, from, to, fallback: false } : `dates out of order in "${inner.trim()}"`;
  }
  return `bad date range in "${inner.trim()}"`;
}

function splitComment(line: string): { body: string; comment: string } {
  const hash = line.indexOf('#');
  return hash < 0 ? { body: line, comment: '' } : { body: line.slice(0, hash), comment: line.slice(hash + 1).trim() };
}

function takeCodes(body: string, line: number, problems: Problem[]): { rest: string; codes: CodeRestriction[] } {
  const codes: CodeRestriction[] = [];
  const rest = body.replace(/\[([^\]]*)\]/g, (_all, inner: string) => {
    if (inner.trim() === '---' || inner.trim() === '') return ' ';
    const parsed = parseCodeRestriction(inner);
    if (typeof parsed === 'string') problems.push({ line, message: parsed });
    else codes.push(parsed);
    return ' ';
  });
  return { rest: rest.trim(), codes };
}

const lastWord = (phrase: string): string => {
  const words = phrase.replace(/_+$/, '').split(/[_\s]+/);
  return words[words.length - 1] ?? '';
};

/**
 * Reads an actor dictionary. Consecutive primary lines without codes share the codes that follow
 * (the format's way of listing spellings); they are one record when they share their last word
 * (DMITRY_MEDVEDEV_, DMITRI_MEDVEDEV_), separate records with the same codes otherwise. A blank
 * line ends a group.
 */
export function parseActorDictionary(textContent: string): { records: ActorRecord[]; problems: Problem[] } {
  const records: ActorRecord[] = [];
  const problems: Problem[] = [];
  let group: ActorRecord[] = []; // records waiting for their codes
  let current: ActorRecord | undefined;
  const lines = textContent.split(/\r?\n/);
  for (const [index, rawLine] of lines.entries()) {
    const lineNo = index + 1;
    const { body, comment } = splitComment(rawLine);
    const trimmed = body.trim();
    if (trimmed === '') {
      if (comment === '' && rawLine.trim() === '') group = [];
      continue;
    }
    if (trimmed.startsWith('+')) {
      if (!current) {
        problems.push({ line: lineNo, message: 'alias before any name' });
        continue;
      }
      const { rest, codes } = takeCodes(trimmed, lineNo, problems);
      for (const alias of rest.split('+')) if (alias.trim()) current.aliases.push(alias.trim());
      if (comment) current.comments.push(comment);
      if (codes.length > 0) {
        for (const record of group) record.codes.push(...codes);
        group = [];
      }
      continue;
    }
    if (trimmed.startsWith('[')) {
      if (!current) {
        problems.push({ line: lineNo, message: 'codes before any name' });
        continue;
      }
      const { codes } = takeCodes(trimmed, lineNo, problems);
      for (const record of group.length > 0 ? group : [current]) record.codes.push(...codes);
      if (comment) current.comments.push(comment);
      group = [];
      continue;
    }
    const { rest, codes } = takeCodes(trimmed, lineNo, problems);
    const name = rest.trim();
    if (!name) continue;
    const sameSpelling = current && group.includes(current) && lastWord(current.primaries[0] ?? '') === lastWord(name);
    if (current && sameSpelling) {
      current.primaries.push(name);
      if (comment) current.comments.push(comment);
    } else {
      current = { primaries: [name], aliases: [], codes: [], comments: comment ? [comment] : [], line: lineNo };
      records.push(current);
      group.push(current);
    }
    if (codes.length > 0) {
      for (const record of group) record.codes.push(...codes);
      group = [];
    }
  }
  return { records, problems };
}

export interface AgentRecord {
  /** Words of the phrase, upper case, as written (underscores = consecutive words). */
  phrase: string;
  /** Plural forms: regular unless `{...}` gives others; `{}` means none. */
  plurals: string[];
  code: string;
  line: number;
}

/** Regular English plural of a phrase's last word, as the format defines it. */
export function regularPlural(phrase: string): string {
  if (/SS$/.test(phrase)) return `${phrase}ES`;
  if (/[^AEIOU]Y$/.test(phrase)) return `${phrase.slice(0, -1)}IES`;
  return `${phrase}S`;
}

/** Reads the agents dictionary, expanding `!MARKER!` substitution sets. */
export function parseAgentDictionary(textContent: string): { agents: AgentRecord[]; problems: Problem[] } {
  const agents: AgentRecord[] = [];
  const problems: Problem[] = [];
  const substitutions = new Map<string, string[]>();
  for (const [index, rawLine] of textContent.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (rawLine.trim().startsWith('<!--')) continue;
    const { body } = splitComment(rawLine);
    const trimmed = body.trim();
    if (!trimmed) continue;
    const substitution = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(trimmed);
    if (substitution) {
      substitutions.set(substitution[1] ?? '', (substitution[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const match = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)[\]}]/.exec(trimmed);
    if (!match) {
      problems.push({ line, message: `not an agent line: "${trimmed}"` });
      continue;
    }
    const phrase = (match[1] ?? '').trim();
    const plural = match[2];
    const code = (match[3] ?? '').trim();
    const marker = /!([A-Z]+)!/.exec(phrase);
    if (marker) {
      const forms = substitutions.get(marker[1] ?? '');
      if (!forms) {
        problems.push({ line, message: `unknown substitution !${marker[1]}!` });
        continue;
      }
      // Each substituted form is its own entry, with no plural made from it.
      for (const form of forms) agents.push({ phrase: phrase.replace(marker[0], form), plurals: [], code, line });
      continue;
    }
    const plurals = plural === undefined ? [regularPlural(phrase)] : plural.trim() === '' ? [] : plural.trim().split(/\s+/);
    agents.push({ phrase, plurals, code, line });
  }
  return { agents, problems };
}

export interface VerbBlock {
  name: string;
  code: string;
  verbs: { lemma: string; forms: string[]; code?: string; line: number }[];
  patterns: { text: string; code: string; line: number }[];
}

export interface VerbDictionary {
  synsets: Map<string, string[]>;
  blocks: VerbBlock[];
  problems: Problem[];
}

/** Regular forms of a verb written in capitals: ACCUSE -> ACCUSES, ACCUSED, ACCUSING. */
export function regularVerbForms(verb: string): string[] {
  const third = /(S|X|Z|CH|SH|O)$/.test(verb) ? `${verb}ES` : /[^AEIOU]Y$/.test(verb) ? `${verb.slice(0, -1)}IES` : `${verb}S`;
  const past = /E$/.test(verb) ? `${verb}D` : /[^AEIOU]Y$/.test(verb) ? `${verb.slice(0, -1)}IED` : `${verb}ED`;
  const gerund = /[^E]E$/.test(verb) ? `${verb.slice(0, -1)}ING` : `${verb}ING`;
  return [verb, third, past, gerund];
}

/** A verb entry `+BRIDLE_AT`, `WIRE_+TAP`, `SAY {SAYS SAID SAYING}`: every form, spaces between words. */
function verbForms(entry: string, irregular: string | undefined): { lemma: string; forms: string[] } {
  const words = entry.replace(/_+$/, '').split('_').filter(Boolean);
  const marked = words.findIndex((w) => w.startsWith('+'));
  const verbAt = marked >= 0 ? marked : 0;
  const clean = words.map((w) => w.replace(/^\+/, ''));
  const lemma = clean.join(' ');
  let forms: string[];
  if (irregular !== undefined) {
    forms = [lemma, ...irregular.split(/\s+/).filter(Boolean).map((f) => f.replace(/\+/g, '').replace(/_/g, ' '))];
  } else {
    forms = regularVerbForms(clean[verbAt] ?? '').map((form) => clean.map((w, i) => (i === verbAt ? form : w)).join(' '));
  }
  return { lemma, forms: [...new Set(forms)] };
}

export function parseVerbDictionary(textContent: string): VerbDictionary {
  const synsets = new Map<string, string[]>();
  const blocks: VerbBlock[] = [];
  const problems: Problem[] = [];
  let synset: string[] | undefined;
  let block: VerbBlock | undefined;
  for (const [index, rawLine] of textContent.split(/\r?\n/).entries()) {
    const line = index + 1;
    const { body } = splitComment(rawLine);
    const trimmed = body.trim();
    if (!trimmed || trimmed.startsWith('~')) continue;
    const header = /^---\s*(.+?)\s*\[([^\]]*)\]/.exec(trimmed);
    if (header) {
      block = { name: (header[1] ?? '').trim(), code: (header[2] ?? '').trim(), verbs: [], patterns: [] };
      blocks.push(block);
      synset = undefined;
      continue;
    }
    if (trimmed.startsWith('&')) {
      synset = [];
      synsets.set(trimmed.split(/\s+/)[0] ?? trimmed, synset);
      block = undefined;
      continue;
    }
    if (synset && trimmed.startsWith('+')) {
      synset.push(trimmed.slice(1).trim().replace(/_+$/, '').replace(/_/g, ' '));
      continue;
    }
    if (!block) {
      problems.push({ line, message: `outside any verb block: "${trimmed}"` });
      continue;
    }
    if (trimmed.startsWith('-')) {
      const pattern = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(trimmed);
      if (!pattern) problems.push({ line, message: `pattern without a code: "${trimmed}"` });
      else block.patterns.push({ text: (pattern[1] ?? '').trim(), code: (pattern[2] ?? '').trim(), line });
      continue;
    }
    const verb = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(trimmed);
    if (!verb) {
      problems.push({ line, message: `not a verb line: "${trimmed}"` });
      continue;
    }
    const { lemma, forms } = verbForms(verb[1] ?? '', verb[2]);
    const code = verb[3]?.trim();
    block.verbs.push({ lemma, forms, ...(code ? { code } : {}), line });
  }
  return { synsets, blocks, problems };
}
