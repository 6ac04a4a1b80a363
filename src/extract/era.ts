// When an article's text gives no date, the office holders it names with their titles still say
// when it was written: "Secretary of State Colin Powell" and "Prime Minister Tony Blair" both held
// office in 2001-2005. The year most of them held government office (in the Phoenix dictionaries'
// dated roles) gives a date by which titled surnames are resolved ("President Bush": George W., not
// his father). Never stored as the article's date, nor used for bare titles ("the prime minister"):
// a guessed year names no one the text does not.
import type { Mention, Sentence } from '../model/types';
import type { Knowledge } from './knowledge';
import { officeIndex } from '../knowledge/derived/office-lookup';
import { nameKey } from '../knowledge/derived/office-index';

/** Most years one person's terms may span and still date an article ("Putin" for decades says little). */
const MAX_TERM_YEARS = 12;

export function eraDate(mentions: Mention[], sentences: Sentence[], knowledge: Knowledge): string | null {
  const votes = new Map<number, number>();
  const counted = new Set<string>();
  for (const m of mentions) {
    if (m.label !== 'Person' || m.kind !== 'name' || !m.role || !governmentOffice(m.role, knowledge) || !m.canonical.includes(' ')) continue;
    if (counted.has(m.canonical) || formerHolder(m, sentences, knowledge)) continue;
    counted.add(m.canonical);
    for (const year of governmentYears(m.canonical, knowledge)) votes.set(year, (votes.get(year) ?? 0) + 1);
  }
  const most = Math.max(0, ...votes.values());
  if (most === 0) return null;
  const best = [...votes].filter(([, n]) => n === most).map(([y]) => y).sort((a, b) => a - b);
  // the middle of the years most of them served together
  return `${best[Math.floor(best.length / 2)]}-07-01`;
}

/** An office of government a state has one holder of ("Secretary of State", not "opposition leader"). */
function governmentOffice(role: string, knowledge: Knowledge): boolean {
  // the head noun: the last word, or the word before "of" ("secretary of state")
  const words = role.split(' ');
  const of = words.findIndex((w) => knowledge.functionWords.roleComplementPrepositions.has(w));
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return knowledge.uniqueOffices.has(role) && knowledge.functionWords.governmentRoles.has(head);
}

/** "former Secretary of State X", "the late President Y": a title the person no longer held. */
function formerHolder(m: Mention, sentences: Sentence[], knowledge: Knowledge): boolean {
  const before = sentences[m.sentence]?.tokens[(m.phraseStart ?? m.tokens[0]) - 1];
  return before !== undefined && knowledge.functionWords.pastOfficeWords.has(before.normal);
}

/** The years of the one known person of that name's closed terms in government, if they are few enough to date by. */
function governmentYears(name: string, knowledge: Knowledge): Set<number> {
  const years = new Set<number>();
  const candidates = officeIndex(knowledge).byName.get(nameKey(name)) ?? [];
  if (candidates.length !== 1) return years;
  for (const role of candidates[0].roles) {
    if (role.fallback || role.sector !== 'GOV' || !role.from || !role.to) continue;
    for (let y = Number(role.from.slice(0, 4)); y <= Number(role.to.slice(0, 4)); y++) years.add(y);
  }
  return years.size <= MAX_TERM_YEARS ? years : new Set();
}
