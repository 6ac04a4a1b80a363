// Field checks for knowledge files. Each check names the file and the field path
// ("people[12].roles[0].from") so a broken edit or regeneration fails with one line that says
// where. Pure: the caller reads the file and passes the parsed JSON.

export class KnowledgeFieldError extends Error {
  constructor(source: string, path: string, problem: string) {
    super(`knowledge file ${source}: ${path}: ${problem}`);
    this.name = 'KnowledgeFieldError';
  }
}

export interface FieldContext {
  readonly source: string;
  readonly path: string;
}

/**
 * A field inside `ctx`. Its path is spelt only when asked (an error message): the Phoenix lists
 * have ~100,000 fields, and building every path string made checking them cost more than reading.
 */
class NestedContext implements FieldContext {
  private spelt: string | undefined;
  constructor(
    readonly source: string,
    private readonly parent: FieldContext,
    private readonly key: string | number,
  ) {}
  get path(): string {
    if (this.spelt === undefined) {
      const outer = this.parent.path;
      this.spelt = typeof this.key === 'number' ? `${outer}[${this.key}]` : outer ? `${outer}.${this.key}` : this.key;
    }
    return this.spelt;
  }
}

export const at = (ctx: FieldContext, key: string | number): FieldContext => new NestedContext(ctx.source, ctx, key);

const fail = (ctx: FieldContext, problem: string): never => {
  throw new KnowledgeFieldError(ctx.source, ctx.path || '(top)', problem);
};

export function record(value: unknown, ctx: FieldContext): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(ctx, 'expected an object');
  return value as Record<string, unknown>;
}

export function list(value: unknown, ctx: FieldContext): unknown[] {
  if (!Array.isArray(value)) return fail(ctx, 'expected a list');
  return value;
}

export function text(value: unknown, ctx: FieldContext): string {
  if (typeof value !== 'string' || value.trim() === '') return fail(ctx, 'expected a non-empty string');
  if (value !== value.trim()) return fail(ctx, `"${value}" has leading or trailing spaces`);
  return value;
}

export function optionalText(value: unknown, ctx: FieldContext): string | undefined {
  return value === undefined ? undefined : text(value, ctx);
}

export function texts(value: unknown, ctx: FieldContext): string[] {
  return list(value, ctx).map((item, i) => text(item, at(ctx, i)));
}

export function optionalTexts(value: unknown, ctx: FieldContext): string[] {
  return value === undefined ? [] : texts(value, ctx);
}

/** Lower-case words (letters, digits, inner hyphens, apostrophes and dots), one space between. */
export function lowerPhrase(value: unknown, ctx: FieldContext): string {
  const phrase = text(value, ctx);
  if (phrase !== phrase.toLowerCase()) return fail(ctx, `"${phrase}" must be lower case`);
  if (/\s{2,}/.test(phrase)) return fail(ctx, `"${phrase}" has double spaces`);
  return phrase;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], ctx: FieldContext): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return fail(ctx, `expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A calendar date written YYYY-MM-DD (checked: 2014-02-30 is refused). */
export function isoDate(value: unknown, ctx: FieldContext): string {
  const date = text(value, ctx);
  if (!isIsoDate(date)) return fail(ctx, `"${date}" is not a date YYYY-MM-DD`);
  return date;
}

/** /^(\d{4})-(\d{2})-(\d{2})$/ and isCalendarDate, read digit by digit: no match array and no numbers parsed from strings (the Phoenix lists have ~50,000 dates). */
function isIsoDate(date: string): boolean {
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isCalendarDate(year, month, day);
}

const DASH = 45;

/** The number the ASCII digits date[from, from + n) spell, or -1 when one is not a digit. */
function digitsAt(date: string, from: number, n: number): number {
  let value = 0;
  for (let i = from; i < from + n; i++) {
    const d = date.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Month 1-12 and a day the month has (leap years counted), by arithmetic: a Date per field was the loader's main cost. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 100 || month < 1 || month > 12 || day < 1) return false; // Date.UTC read years 0-99 as 1900-1999: refused, as before
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

export function optionalIsoDate(value: unknown, ctx: FieldContext): string | undefined {
  return value === undefined ? undefined : isoDate(value, ctx);
}

export function bool(value: unknown, ctx: FieldContext): boolean {
  if (typeof value !== 'boolean') return fail(ctx, 'expected true or false');
  return value;
}

/** Only the named keys may appear: a misspelt field is an error, not silently ignored. */
export function onlyKeys(value: Record<string, unknown>, keys: readonly string[], ctx: FieldContext): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key) && !key.startsWith('$')) fail(at(ctx, key), `unknown field (expected ${keys.join(', ')})`);
  }
}

export function noDuplicates(values: readonly string[], ctx: FieldContext, what: string): void {
  const seen = new Set<string>();
  for (const [i, value] of values.entries()) {
    if (seen.has(value)) fail(at(ctx, i), `duplicate ${what} "${value}"`);
    seen.add(value);
  }
}

export function reject(ctx: FieldContext, problem: string): never {
  return fail(ctx, problem);
}

/** The top of a file: an object with only the named fields (each required unless listed as optional). */
export function fileObject(value: unknown, source: string, keys: readonly string[]): { data: Record<string, unknown>; ctx: FieldContext } {
  const ctx: FieldContext = { source, path: '' };
  const data = record(value, ctx);
  onlyKeys(data, keys, ctx);
  return { data, ctx };
}

/** A nested object field, with only the named fields. */
export function section(data: Record<string, unknown>, key: string, ctx: FieldContext, keys: readonly string[]): { data: Record<string, unknown>; ctx: FieldContext } {
  const inner = at(ctx, key);
  const value = record(data[key], inner);
  onlyKeys(value, keys, inner);
  return { data: value, ctx: inner };
}

/** A list of lower-case words or phrases ("prime minister"). */
export function lowerWords(value: unknown, ctx: FieldContext): string[] {
  return list(value, ctx).map((item, i) => lowerPhrase(item, at(ctx, i)));
}

/** A list of phrases, each a non-empty list of lower-case words. */
export function lowerPhrases(value: unknown, ctx: FieldContext): string[][] {
  return list(value, ctx).map((item, i) => {
    const words = lowerWords(item, at(ctx, i));
    if (words.length === 0) reject(at(ctx, i), 'expected at least one word');
    return words;
  });
}

/** An object whose values are lists of lower-case words: {"call": ["for", "on"]}. */
export function lowerWordLists(value: unknown, ctx: FieldContext): Record<string, string[]> {
  const data = record(value, ctx);
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('$')).map(([key, words]) => [lowerPhrase(key, at(ctx, key)), lowerWords(words, at(ctx, key))]));
}

/** An object whose values are non-empty strings: {"foreign minister": "foreign minister"}. */
export function textMap(value: unknown, ctx: FieldContext, lowerKeys = true): Record<string, string> {
  const data = record(value, ctx);
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, v]) => [lowerKeys ? lowerPhrase(key, at(ctx, key)) : text(key, at(ctx, key)), text(v, at(ctx, key))]),
  );
}

/** A whole number, zero or more. */
export function count(value: unknown, ctx: FieldContext): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return fail(ctx, 'expected a whole number (0 or more)');
  return value;
}
