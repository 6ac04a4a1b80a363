// "All Iranian diplomats must leave the country within 48 hours": a demand with a deadline counted
// in hours or days is an ultimatum (CAMEO 139 "give * ultimatum", "* + hours"). A modal of
// obligation (calls-for-action.json deonticModals), then within a few words a deadline word and a
// number of units (threat-frames.json deadlineWords, ultimatumUnits); made of an actor, not a thing.
// And a deadline given to someone: "gave Syria until Friday to sign the protocol" (ultimatumGivers,
// untilWords): the party given the deadline is the one threatened.
import type { Sentence } from '../../model/types';
import type { ArticleView } from '../../extract/view';

/** How many words may stand between the modal and its deadline ("must withdraw all of its troops from the border within"). */
const DEADLINE_REACH = 14;

/** The token of the deadline word of a demand in one of the ranges, or -1. */
export function deadlineDemandAt(view: ArticleView, sentence: Sentence, ranges: Array<{ from: number; to: number }>): number {
  const { tokens } = sentence;
  const { deadlineWords, ultimatumUnits } = view.knowledge.threatFrames;
  const { deonticModals } = view.knowledge.callsForAction;
  for (const range of ranges) {
    const last = Math.min(range.to, tokens.length - 1);
    for (let k = Math.max(range.from, 0); k <= last; k++) {
      if (!deonticModals.has(tokens[k].normal) || view.knowledge.cues.negators.has(tokens[k + 1]?.normal ?? '') || !actorSubject(view, sentence, k)) continue;
      for (let j = k + 1; j <= last && j <= k + DEADLINE_REACH; j++) {
        if (tokens[j].pos === 'PUNCT' && tokens[j].text !== ',') break;
        if (deadlineWords.has(tokens[j].normal) && tokens[j + 1]?.pos === 'NUM' && ultimatumUnits.has(tokens[j + 2]?.normal ?? '')) return j;
      }
    }
  }
  return -1;
}

/** How many words before the modal its subject's actor may be named ("all Iranian diplomats must"). */
const SUBJECT_REACH = 4;

/** Is the one the demand is made of an actor named right before the modal ("Russia must", "all Iranian diplomats must"), not a thing ("the report should")? */
function actorSubject(view: ArticleView, sentence: Sentence, modal: number): boolean {
  return view.bySentence[sentence.index].some((m) => {
    const mention = view.mentions[m];
    if (mention.tokens[1] >= modal || mention.tokens[1] < modal - SUBJECT_REACH || mention.label === 'Location') return false;
    return sentence.tokens.slice(mention.tokens[1] + 1, modal).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX'); // the modal's own subject
  });
}

/** How many words a deadline may take between "until" and its "to" ("until the end of the month to"). */
const UNTIL_REACH = 8;

/**
 * "gave Syria until Friday to sign", "has given the rebels until the end of the month to leave", "is
 * giving the junta one month to": the
 * mention of the party given the deadline, in one of the ranges, or -1.
 */
export function givenDeadlineAt(view: ArticleView, sentence: Sentence, ranges: Array<{ from: number; to: number }>): number {
  const { tokens } = sentence;
  const { ultimatumGivers, untilWords, ultimatumUnits } = view.knowledge.threatFrames;
  for (const range of ranges) {
    const last = Math.min(range.to, tokens.length - 1);
    for (let k = Math.max(range.from, 0); k <= last; k++) {
      if (tokens[k].pos !== 'VERB' || !ultimatumGivers.has(tokens[k].lemma)) continue;
      const given = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[0] > k && view.mentions[m].tokens[0] <= k + 3 && view.mentions[m].label !== 'Location');
      if (given === undefined) continue;
      // "gave Honduran officials until Saturday": nouns for the party's people may follow its name
      let until = view.mentions[given].tokens[1] + 1;
      while (until < view.mentions[given].tokens[1] + 3 && tokens[until]?.pos === 'NOUN') until++;
      // "until Friday to", or a count of units: "72 hours to", "one month to"
      const counted = tokens[until]?.pos === 'NUM' && ultimatumUnits.has(tokens[until + 1]?.normal ?? '');
      if (!untilWords.has(tokens[until]?.normal ?? '') && !counted) continue;
      for (let j = until + 1; j <= last && j <= until + UNTIL_REACH; j++) {
        if (tokens[j].normal === 'to' && tokens[j + 1]?.pos === 'VERB') return given;
        if (tokens[j].pos === 'VERB' || (tokens[j].pos === 'PUNCT' && tokens[j].text !== ',')) break;
      }
    }
  }
  return -1;
}

/** How many words the party may take between "to"/"for" and the demand's "to" ("to the Thai army to"). */
const PARTY_REACH = 4;

/**
 * "issued an ultimatum to Thailand to pull back its troops", "set a deadline for Chile to withdraw":
 * a named deadline (threat-frames.json issuedNouns) for a party to act; the party's mention, or -1.
 */
export function namedDeadlineAt(view: ArticleView, sentence: Sentence): number {
  const { tokens } = sentence;
  const { issuedNouns } = view.knowledge.threatFrames;
  for (let k = 0; k < tokens.length - 3; k++) {
    if (!issuedNouns.has(tokens[k].normal) || !['to', 'for'].includes(tokens[k + 1].normal)) continue;
    const party = view.bySentence[sentence.index].find((m) => view.mentions[m].tokens[0] > k + 1 && view.mentions[m].tokens[0] <= k + 3 && view.mentions[m].label !== 'Location');
    if (party === undefined) continue;
    for (let j = view.mentions[party].tokens[1] + 1; j < tokens.length && j <= view.mentions[party].tokens[1] + PARTY_REACH; j++) {
      if (tokens[j].normal === 'to' && tokens[j + 1]?.pos === 'VERB') return party;
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT') break;
    }
  }
  return -1;
}
