// A radio script's recorded clip (VOA scripts): "/// BARAK ACT ///", the clip's words, "/// END
// ACT ///". The paragraphs between the markers are the words of the person the opening marker
// names by surname; the marker lines themselves name nobody (src/extract/index.ts).
import type { Sentence } from '../../model/types';
import type { DocumentSpeech } from './speaker-knowledge';
import { startsParagraph, type ArticleView } from '../view';

export interface ActMarker {
  /** The marker's words between its delimiters, lower case ("barak", "act"). */
  words: string[];
  closing: boolean;
}

/** The act marker a sentence is ("/// BARAK ACT ///", "/// End Act ///"), or null. */
export function actMarker(sentence: Sentence, k: DocumentSpeech): ActMarker | null {
  const { delimiter, words: actWords, ends } = k.actMarkers;
  const text = sentence.text.trim();
  if (delimiter === '' || !text.startsWith(delimiter) || !text.endsWith(delimiter) || text.length <= 2 * delimiter.length) return null;
  const words = text.slice(delimiter.length, -delimiter.length).trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || !actWords.has(words[words.length - 1])) return null;
  return { words, closing: ends.has(words[0]) };
}

/** The clips of the script: each opening marker's person and the sentences up to the next marker (or the end of the paragraph after it). */
export function actBlocks(view: ArticleView): { speaker: number; from: number; to: number }[] {
  const k = view.knowledge.documentSpeech;
  const markers = view.sentences.map((s) => actMarker(s, k));
  const blocks: { speaker: number; from: number; to: number }[] = [];
  markers.forEach((marker, at) => {
    if (!marker || marker.closing || marker.words.length < 2 || at + 1 >= view.sentences.length) return;
    const speaker = personBySurnameBefore(view, at, marker.words[0]);
    if (speaker === null) return;
    let to = at + 1;
    const next = markers.findIndex((m, i) => i > at && m !== null);
    if (next > at) to = next - 1;
    else while (to + 1 < view.sentences.length && !startsParagraph(view, to + 1)) to++;
    if (to > at) blocks.push({ speaker, from: at + 1, to });
  });
  return blocks;
}

/** The latest person named before sentence `at` whose name ends in `surname` ("Ehud Barak", "President Clinton"). */
function personBySurnameBefore(view: ArticleView, at: number, surname: string): number | null {
  for (let i = view.mentions.length - 1; i >= 0; i--) {
    const m = view.mentions[i];
    if (m.sentence >= at || m.label !== 'Person' || m.kind !== 'name' || m.qualifies !== undefined) continue;
    const words = m.canonical.toLowerCase().split(/\s+/);
    if (words[words.length - 1] === surname) return i;
  }
  return null;
}
