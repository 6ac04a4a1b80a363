// A force in the passive after a marker of intent: "Israeli civilians would be targeted", "any
// soldier who crosses the border will be killed". It falls on its subject; said of another side, the
// speaker's side threatens it (read by threat.ts for the type and for the first target).
import type { Sentence } from '../../model/types';
import { mentionsFrom, type ArticleView } from '../../extract/view';
import { ownNames } from '../../extract/targets';
import { baseForm } from '../../lang/en/morphology';
import { oneWordIntentMarker } from './threat-frames';
import { QUOTE_MARK } from '../../extract/quotes';

/** How far back from its marker the subject of a passive force may open ("any Israeli soldier who crosses the border will be killed"). */
const PATIENT_REACH = 10;

/**
 * "Israeli soldiers would be targeted", "any intruder from Chad will be killed": a force in the
 * passive after a marker of intent falls on its subject; said of another side, the speaker's side
 * threatens it. Not where the subject is the speaker's own side (a fear), nor where an agent is
 * named ("will be attacked by X"). The subject's mention (the threatened), or -1.
 */
export function passiveForceAt(view: ArticleView, sentence: Sentence, region: { from: number; to: number }, source: number): number {
  const { tokens } = sentence;
  const { forceVerbs, agentWords } = view.knowledge.threatFrames;
  const last = Math.min(region.to, tokens.length - 1);
  for (let i = Math.max(region.from, 1); i <= last; i++) {
    if (!oneWordIntentMarker(view, tokens[i])) continue;
    let k = i + 1;
    while (tokens[k]?.pos === 'ADV') k++;
    if (tokens[k]?.normal !== 'be') continue;
    const verb = tokens[k + 1];
    if (!verb || verb.pos !== 'VERB' || verb.normal === verb.lemma || !forceVerbs.has(baseForm(verb)) || agentWords.has(tokens[k + 2]?.normal ?? '')) continue;
    const patient = patientOfOtherSide(view, sentence, i, source);
    if (patient >= 0) return patient;
  }
  return -1;
}

/** The subject before the marker, where it is a named party that is not the speaker's side, or -1. */
function patientOfOtherSide(view: ArticleView, sentence: Sentence, marker: number, source: number): number {
  const { tokens } = sentence;
  let start = marker - 1;
  while (start > 0 && marker - start < PATIENT_REACH && !CLAUSE_EDGES.has(tokens[start - 1].normal) && !QUOTE_MARK.test(tokens[start - 1].text)) start--;
  const patient = mentionsFrom(view, sentence, start, marker - 1).find((m) => view.mentions[m].label !== 'Location' && m !== source);
  return patient !== undefined && !ownNames(view, source).has(view.mentions[patient].canonical) ? patient : -1;
}

/** Words that close the clause before a passive's subject. */
const CLAUSE_EDGES = new Set([',', ';', ':', 'that']);
