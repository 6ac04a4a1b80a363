// A state or body that speaks through its people: "Israeli officials said", "the Syrian government
// said", "Ecuador's government said", "EU diplomats said", "the Ogaden National Liberation Front
// rebels said" (find-speakers.ts asks when a noun, not a name, is a verb's subject).
import type { Mention, Sentence } from '../../model/types';
import type { ArticleView, Discourse } from '../view';
import { bareApostrophe, isPossessive } from '../../lang/en/morphology';

/** How many words may stand between a body and the people who speak for it: "Israeli senior military officials". */
const REPRESENTATIVE_GAP = 2;

/**
 * "Israeli officials said", "the Syrian government said", "EU diplomats said", "Houthi leaders
 * declared": the state or body named right before a noun for those who speak for it (past a few
 * words such as "senior", "military"), or null. Not when two are named ("Israeli and Egyptian
 * officials"): no one of them speaks alone; nor when they are counted ("two EU diplomats"): those are
 * people the text does not name, not the body speaking.
 */
export function representedBody(view: ArticleView, sentence: Sentence, noun: number): number | null {
  const { tokens } = sentence;
  const { representativeNouns, governmentWords, memberNouns } = view.knowledge.functionWords;
  const members = memberNouns.has(tokens[noun].normal);
  if (!members && !representativeNouns.has(tokens[noun].normal) && !governmentWords.has(tokens[noun].normal)) return null;
  for (let k = noun - 1; k >= 0 && noun - k <= REPRESENTATIVE_GAP + 1; k--) {
    // a demonym qualifies the noun ("Israeli officials"): the plain index of endings leaves it out
    const body = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[1] === k) ?? null;
    if (body !== null) {
      const m = view.mentions[body];
      if (m.label !== 'Organization' && (m.label !== 'State' || members)) return null;
      // "Ukraine opposition leaders", "Syrian rebel commanders": people set against the state, not it
      if (m.label === 'State' && tokens.slice(k + 1, noun).some((t) => view.knowledge.functionWords.oppositionWords.has(t.normal) || view.knowledge.functionWords.insurgentWords.has(t.normal))) return null;
      const first = m.phraseStart ?? m.tokens[0];
      if (tokens.slice(first, k + 1).some((t) => t.pos === 'CCONJ')) return null; // "House and Senate leaders"
      let b = first - 1;
      // "the Syrian authorities" speak for Syria; "two NATO diplomats", "some EU officials" are people unnamed
      if (tokens[b]?.pos === 'DET') {
        if (!view.knowledge.functionWords.definiteDeterminers.has(tokens[b].normal)) return null;
        b--;
      }
      const before = tokens[b];
      // "Israeli, Egyptian officials", "House, Senate leaders"; not "..., the G7 leaders said"
      const listed = before?.normal === ',' && ['PROPN', 'ADJ'].includes(tokens[b - 1]?.pos ?? '') && b === first - 1 && listsBefore(view, sentence, b - 1, m);
      // "President X and the Syrian authorities"; not a clause joined by ", and"
      const coordinated = before?.pos === 'CCONJ' && b > 0 && tokens[b - 1]?.normal !== ','; // not "But the Syrian authorities" opening the sentence
      return before && (coordinated || before.pos === 'NUM' || listed) ? null : body;
    }
    if (isPossessive(tokens[k])) continue; // "Ecuador's government said", "Hamas's leaders said"
    // "Vietnam's Communist leadership": a capitalised word that names nobody qualifies the noun as an adjective would
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN' && !(tokens[k].pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tokens[k].text))) return null;
  }
  return null;
}

/**
 * Does the word before the comma at `k` + 1 list another body with `body` ("Israeli, Egyptian
 * officials", "House, Senate leaders")? Not a name of another kind ("leaving Kabul, Russian
 * officials said") nor a time ("Earlier Friday, U.S. military officials said").
 */
function listsBefore(view: ArticleView, sentence: Sentence, k: number, body: Mention): boolean {
  const named = view.bySentence[sentence.index].map((o) => view.mentions[o]).find((o) => o.tokens[1] === k);
  if (named) return named.label === body.label && named.kind === body.kind;
  const word = sentence.tokens[k].normal;
  return !view.knowledge.days.has(word) && !view.knowledge.months.has(word) && !view.knowledge.temporalWords.has(word);
}

/** How many words a phrase after the people may take before the verb: "officials in charge of the operation say". */
const POSTMODIFIER_REACH = 6;

/**
 * "Venezuelan officials in charge of the operation say", "Kenyan officials at the talks said": the
 * body the people speak for, where a phrase of a preposition and nouns stands between them and the
 * verb, whose last word is at `last`; or null.
 */
export function postModifiedBody(view: ArticleView, sentence: Sentence, last: number): number | null {
  const { tokens } = sentence;
  const { representativeNouns, governmentWords } = view.knowledge.functionWords;
  for (let k = last - 1; k >= 0 && last - k <= POSTMODIFIER_REACH; k--) {
    const t = tokens[k];
    if ((representativeNouns.has(t.normal) || governmentWords.has(t.normal)) && tokens[k + 1]?.pos === 'ADP') return representedBody(view, sentence, k);
    if (!['DET', 'NOUN', 'ADJ', 'ADP'].includes(t.pos)) return null;
  }
  return null;
}

/**
 * "a spokesman for the Supreme Court said", "President Bozize's spokesman says": a spokesperson the
 * text does not name speaks for the one they serve. `first` opens the mention `served` (after
 * "for"/"of" and maybe a determiner), or `served` ends right before the possessive of the noun at
 * `first`; `served` when it is so, or null.
 */
export function spokespersonFor(view: ArticleView, sentence: Sentence, first: number, served: number): number | null {
  const { tokens } = sentence;
  const { spokesNouns, roleComplementPrepositions } = view.knowledge.functionWords;
  let k = first - 1;
  while (k >= 0 && tokens[k].pos === 'DET') k--;
  if (!roleComplementPrepositions.has(tokens[k]?.normal ?? '') || !spokesNouns.has(tokens[k - 1]?.normal ?? '')) return null;
  return view.mentions[served].label === 'Location' ? null : served;
}

/** "President Bozize's spokesman", "the army's spokeswoman": the one whose spokesperson the noun at `noun` is, or null. */
export function principalOfSpokesperson(view: ArticleView, sentence: Sentence, noun: number): number | null {
  const { tokens } = sentence;
  const possessive = tokens[noun - 1];
  // "Bernie Sanders' campaign": the apostrophe alone after a name in -s is its possessive too
  if (!view.knowledge.functionWords.spokesNouns.has(tokens[noun].normal) || possessive === undefined || !(isPossessive(possessive) || bareApostrophe(tokens, noun - 1))) return null;
  const principal = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[1] === noun - 2) ?? null;
  return principal !== null && view.mentions[principal].label !== 'Location' ? principal : null;
}

/** The state or body that speaks through the people at `noun` (representedBody, postModifiedBody), remembered for a later "the officials said". */
export function representedSpeaker(view: ArticleView, sentence: Sentence, noun: number, discourse: Discourse): number | null {
  const body = representedBody(view, sentence, noun) ?? postModifiedBody(view, sentence, noun);
  if (body !== null) discourse.lastRepresentedBody = { mention: body, sentence: sentence.index };
  return body;
}

/** How many sentences back "the officials" may find the body whose officials spoke before. */
const REPRESENTED_REACH = 4;

/**
 * "the officials said", "The authorities say" with nothing before the noun but "the": the state
 * or body whose people spoke last ("Pakistani officials said ... In a statement, the officials
 * said"), within a few sentences; or null.
 */
export function sameRepresentedBody(view: ArticleView, sentence: Sentence, noun: number, discourse: Discourse): number | null {
  const { tokens } = sentence;
  const { representativeNouns, governmentWords } = view.knowledge.functionWords;
  const last = discourse.lastRepresentedBody;
  if (last === null || sentence.index - last.sentence > REPRESENTED_REACH) return null;
  if (!representativeNouns.has(tokens[noun].normal) && !governmentWords.has(tokens[noun].normal)) return null;
  return tokens[noun - 1]?.normal === 'the' ? last.mention : null;
}

