// Sanctions the text reports an actor putting in place, with no speaker's clause (CAMEO 163/172):
// "The European Commission has imposed a penalty payment on X", "President Y announced an
// expansion of sanctions against Z". The gold counts the day's measures as the actor's threats; a
// measure dated in the past ("Mexico imposed tariffs on steel in April", "sanctions already
// imposed") is history, not news, and is left alone (threat-frames.json pastMarkers; "in" a month or a year).
import type { Claim, Sentence } from '../../model/types';
import { plausibleActor, ownNames } from '../../extract/targets';
import { insideQuote } from '../../extract/quotes';
import type { ArticleView } from '../../extract/view';
import { isPassive, subjectsOf } from './conflict-words';
import { aimedActor, askedOfOthers, doneByAgent, measuresOf } from './threat-sanctions';

/** The threats of the measures the sentence reports its actors putting in place (none where a speaker's threat already covers it). */
export function measureActs(view: ArticleView, sentence: Sentence): Claim[] {
  const measures = measuresOf(view, sentence);
  if (measures.length === 0 || datedInThePast(view, sentence)) return [];
  const out: Claim[] = [];
  for (const { verb, noun } of measures) {
    if (isPassive(sentence, verb) || insideQuote(view.quotes, sentence.tokens[verb].start) !== null) continue;
    if (askedOfOthers(view, sentence, verb) || doneByAgent(view, sentence, verb)) continue;
    const author = subjectsOf(view, sentence, verb)[0];
    if (author === undefined || !plausibleActor(view, author) || view.mentions[author].label === 'Location') continue;
    const aimed = aimedActor(view, sentence, noun + 1, sentence.tokens.length - 1);
    if (aimed < 0 || ownNames(view, author).has(view.mentions[aimed].canonical)) continue;
    out.push({ type: 'THREAT', source: author, targets: [aimed], evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: sentence.tokens[verb].normal });
  }
  return out;
}

/**
 * Does the sentence date what it reports in the past: a past marker ("last", "ago", "already"), or
 * "in" before a month or a year ("in April", "in 2019"; not "under its March 2004 decision")?
 */
function datedInThePast(view: ArticleView, sentence: Sentence): boolean {
  const { pastMarkers } = view.knowledge.threatFrames;
  const { months } = view.knowledge.ingest.dates;
  const { tokens } = sentence;
  return tokens.some((t, i) => pastMarkers.has(t.normal) || (tokens[i - 1]?.normal === 'in' && (months.has(t.normal) || YEAR.test(t.text))));
}

const YEAR = /^(1[89]|20)\d\d$/;
