// The name an organisation's node carries: a form the corpus writes. Knowledge names bodies by one
// canonical form ("Hezbollah", "US Department of Defense"), but an article that writes
// "Hizballah" or "Defense Department" is read and checked by what it writes. The node keeps
// knowledge's form where the corpus writes it or a form of it (a part of it, the same capitalised
// words, its initials), else takes the fullest name written (most words, then most often, then
// first). Its id stays knowledge's, so one body is one node whatever each run's articles write.
import type { Mention } from '../model/types';
import { writtenName } from '../lang/en/phrases';
import { withoutPossessive } from '../lang/en/morphology';
import { entityKey } from './names';
import { initials, isAcronym, isRunOf } from './organizations';

/** entityKey of an organisation's canonical name -> the forms the corpus writes it in, with counts. */
export type OrganizationForms = Map<string, Map<string, number>>;

/** An organisation's canonical name and one form an article writes it in. */
export type OrganizationForm = [canonical: string, written: string];

/**
 * The forms an article's organisation mentions write, in article order (what the corpus index
 * reads): names only, capitalised words and the connectors inside names ("Ministry of Defence"),
 * not descriptions ("Iran's foreign ministry", "European allies", "Yonhap news agency").
 */
export function organizationFormsOf(mentions: readonly Mention[], connectors: ReadonlySet<string>): OrganizationForm[] {
  const out: OrganizationForm[] = [];
  for (const m of mentions) {
    if (m.label !== 'Organization' || m.weak || m.kind !== 'name') continue;
    const written = writtenName(m.surface);
    if (isName(written, connectors)) out.push([m.canonical, written]);
  }
  return out;
}

function isName(written: string, connectors: ReadonlySet<string>): boolean {
  const words = written.split(/\s+/);
  return /^[\p{Lu}\d]/u.test(written) && words.every((w) => (/^[\p{Lu}\d]/u.test(w) || connectors.has(w)) && withoutPossessive(w) === w);
}

/** Adds an article's organisation forms to the corpus's. */
export function addOrganizationForms(forms: OrganizationForms, written: readonly OrganizationForm[]): void {
  for (const [canonical, form] of written) {
    const key = entityKey(canonical);
    const counts = forms.get(key) ?? new Map<string, number>();
    counts.set(form, (counts.get(form) ?? 0) + 1);
    forms.set(key, counts);
  }
}

const wordCount = (name: string): number => name.split(/\s+/).length;

/** The name of the organisation knowledge or the article calls `name`, as the corpus writes it. */
export function writtenOrganizationName(forms: OrganizationForms, name: string): string {
  const key = entityKey(name);
  const written = forms.get(key);
  if (!written || written.size === 0) return name;
  if ([...written.keys()].some((form) => formOf(form, name))) return name;
  return [...written].sort((a, b) => wordCount(b[0]) - wordCount(a[0]) || b[1] - a[1])[0][0];
}

const capitalWords = (name: string): string => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).join(' ').toLowerCase();
const compact = (name: string): string => entityKey(name).replace(/ /g, '');

/**
 * "Halvorsen" or "Nordic Agency Norpress" for "Halvorsen Marine" or "NORPRESS" (one a part of the
 * other), "Argumenty and Fakty" for "Argumenty i Fakty", "G-20" for "G20", "JCS" for "South
 * Korean Joint Chiefs of Staff" (the initials of its capitalised words hold it; a hyphenated word
 * is one: "AFP" does not spell "Agence France-Presse", and names the node where written alone).
 */
function formOf(written: string, name: string): boolean {
  if (compact(written) === compact(name) || capitalWords(written) === capitalWords(name)) return true;
  if (isRunOf(written, name) || isRunOf(name, written)) return true;
  return (isAcronym(written) && initials(name).includes(written)) || (isAcronym(name) && initials(written).includes(name));
}
