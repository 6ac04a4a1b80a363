// The words that decide what a capitalised run names, from the run's knowledge: mention-words.json
// (ctx.knowledge.mentionWords), the given names of first-names.json and the organisation forms of
// organization-forms.json (both derived). The common English words are in src/lang/en/dictionary.ts.
import type { OrganizationForm } from '../../knowledge/derived/organization-forms';
import type { Knowledge } from '../knowledge';

export type { MentionWords } from '../../knowledge/mention-words';

/** A given name ("Jeffrey", "Zbigniew") by the maintained first-name list. */
export function isFirstName(knowledge: Knowledge, word: string): boolean {
  return knowledge.derived.firstNames.has(word);
}

/** Each knowledge's organisation forms by spelling, built on first use. */
const formIndexes = new WeakMap<readonly OrganizationForm[], Map<string, OrganizationForm>>();

/**
 * "Inc.", "Corp", "Party", "Authority": the organisation form a capitalised word is, if any. Spelt
 * as the form is ("Asa" is a given name, "ASA" a legal form), with or without the final dot.
 */
export function organizationForm(knowledge: Knowledge, word: string): OrganizationForm | undefined {
  const forms = knowledge.derived.organizationForms;
  let index = formIndexes.get(forms);
  if (!index) {
    index = new Map();
    for (const f of forms) for (const spelling of [f.form, ...f.variants]) index.set(spelling.replace(/\.$/, ''), f);
    formIndexes.set(forms, index);
  }
  return index.get(word.replace(/\.$/, ''));
}
