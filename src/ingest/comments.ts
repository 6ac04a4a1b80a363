// Finds where a reader comment section starts in a list of lines, so everything from there on
// can be cut: commenters' names, their words, and their verbatim repeats of article sentences.
import type { CommentKnowledge } from './knowledge';

export interface CommentSection {
  /** Index of the first line of the comment section. */
  startLine: number;
  /** What gave it away, for the message. */
  evidence: string;
}

export interface CommentScan {
  section: CommentSection | null;
  /**
   * Comment markers seen before the article body ("12 comments" under a headline): not the
   * start of the comments, but not article text either.
   */
  strayMarkerLines: number[];
}

export function findCommentSection(lines: readonly string[], k: CommentKnowledge): CommentScan {
  const strayMarkerLines: number[] = [];
  let bodyWords = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const beforeBody = bodyWords < k.minBodyWordsBeforeMarker;

    if (matchesAny(k.markers, line)) {
      if (!beforeBody) return { section: { startLine: i, evidence: line }, strayMarkerLines };
      strayMarkerLines.push(i);
      continue;
    }
    const header = commentHeaderAt(lines, i, k);
    if (header && isCorroborated(header, lines, i, beforeBody, k)) {
      return { section: { startLine: header.startLine, evidence: line }, strayMarkerLines };
    }
    if (matchesAny(k.replyLines, line)) {
      const blockStart = startOfBlock(lines, i);
      if (i - blockStart + 1 <= k.maxReplyBlockLines) {
        return { section: { startLine: blockStart, evidence: line }, strayMarkerLines };
      }
      strayMarkerLines.push(i);
      continue;
    }
    // only compared with minBodyWordsBeforeMarker: past it, the count no longer matters
    if (beforeBody) bodyWords += line.split(/\s+/).length;
  }
  return { section: null, strayMarkerLines };
}

interface CommentHeader {
  startLine: number;
  /** "David" on one line, then "David 2 weeks ago": a comment layout, never a byline. */
  doubledName: boolean;
}

/** The comment header on line i ("David 2 weeks ago", or "2 weeks ago" under a name line), if any. */
function commentHeaderAt(lines: readonly string[], i: number, k: CommentKnowledge): CommentHeader | null {
  const line = lines[i];
  const previous = i > 0 ? lines[i - 1] : '';
  for (const header of k.headers) {
    const name = header.exec(line)?.groups?.name;
    if (name === undefined) continue;
    if (previous === name) return { startLine: i - 1, doubledName: true };
    if (looksLikeCommenterName(name, k)) return { startLine: i, doubledName: false };
  }
  if (previous !== '' && matchesAny(k.ageLines, line) && looksLikeCommenterName(previous, k)) {
    return { startLine: i - 1, doubledName: false };
  }
  return null;
}

/**
 * "David" then "David 2 weeks ago" is a comment layout and nothing else. A lone "Name 3 hours ago"
 * could also be a byline above the body or a sub-heading inside it ("Crimea 10 years ago"), so it
 * needs more comment headers after it, or, below the body, only a short tail after it.
 */
function isCorroborated(header: CommentHeader, lines: readonly string[], i: number, beforeBody: boolean, k: CommentKnowledge): boolean {
  if (header.doubledName || hasCommentHeaderAfter(lines, i + 1, k)) return true;
  return !beforeBody && lines.slice(i + 1).join('\n').length <= k.maxCharsAfterLoneHeader;
}

function hasCommentHeaderAfter(lines: readonly string[], from: number, k: CommentKnowledge): boolean {
  for (let j = from; j < lines.length; j++) if (commentHeaderAt(lines, j, k)) return true;
  return false;
}

/**
 * A screen name: one to four words, each capitalised or handle-like ("@sasha", "user_123"), or a
 * single word of any case ("mouse"). "photo taken 3 days ago" or "Updated 2 hours ago" is not one.
 */
export function looksLikeCommenterName(name: string, k: CommentKnowledge): boolean {
  const words = name.trim().split(/\s+/);
  if (name.length > 40 || words.length > 4 || words[0] === '') return false;
  if (/[.!?,;:"”’)]$/.test(name)) return false;
  if (k.notNames.has(words[0].toLowerCase())) return false;
  if (words.length === 1) return /^[@\p{L}\p{N}][\p{L}\p{N}._'-]*$/u.test(words[0]);
  return words.every((w) => /^[@\p{Lu}]/u.test(w) || /[\d_]/.test(w));
}

function startOfBlock(lines: readonly string[], i: number): number {
  let start = i;
  while (start > 0 && lines[start - 1] !== '') start--;
  return start;
}

function matchesAny(patterns: readonly RegExp[], line: string): boolean {
  return patterns.some((p) => p.test(line));
}
