// Proposals reported with no verb of saying: the subject's own act of proposing — "Chile plans to
// reopen the border", "Peru invited Bolivia to talks", "The administration wants Rwanda to stop
// backing the rebels", "Kenya is ready to mediate", "Oman stands ready to host both sides". The
// sentence's signals (proposal.ts sentenceSignals: a proposal verb, a verb of intent or appeal with
// its infinitive, "ready/willing/open to" with an act of cooperation) are read once; each one whose
// subject is a named actor, and that no claim of the sentence already carries, makes a PROPOSAL of
// that actor. Modal commitments ("Chile will send") and obligations ("Chile must stop") stay a
// speaker's words only: told by the narrator they are predictions and judgements, not proposals.
import type { Claim, Sentence, Token } from '../../model/types';
import { coordinatedAfter, partiesAround, plausibleActor, ownNames, targetsOf } from '../../extract/targets';
import { isCueToken, subjectLeft } from '../../extract/speakers/find-speakers';
import { insideQuote } from '../../extract/quotes';
import { participleAgent, passiveAgent } from '../../extract/speakers/passive-agent';
import { mentionEndingAt, newDiscourse, type ArticleView, type Cue } from '../../extract/view';
import { baseForm, isIngForm } from '../../lang/en/morphology';
import { readinessToHarm } from './threat-readiness';

/** What proposal.ts finds at each token of a sentence, and whether a proposal there is carried by force. */
export interface SignalReader {
  kinds(view: ArticleView, sentence: Sentence): ('explicit' | 'commitment' | null)[];
  harmAfter(view: ArticleView, sentence: Sentence, token: number): boolean;
}

export function actProposals(view: ArticleView, sentence: Sentence, claims: Claim[], signals: SignalReader): Claim[] {
  const { tokens } = sentence;
  const kinds = signals.kinds(view, sentence);
  const out: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = kinds[i];
    if (kind === null || (kind === 'explicit' && !verbReading(view, sentence, i))) continue; // "his plan", "the offer": nouns have their own path (nominal.ts)
    // "will send", "must stop": a modal or obligation, told by the narrator, is a prediction or a
    // judgement; a statement's own "we will", "we must" is its issuer's commitment
    if (kind === 'commitment' && !agreedAct(view, sentence, i) && !ownVoice(view, tokens, i)) continue;
    // quoted words are a speaker's, whom the quote's own attribution finds (quote-blocks.ts)
    if (insideQuote(view.quotes, tokens[i].start)) continue;
    // "Hamas accepted the ceasefire proposed by Egypt": the agent proposes what the sentence is about, and says nothing here
    const participle = participleAgent(view, sentence, i);
    // a verb of saying is the speaker's clause
    if (participle === null && isCueToken(view, sentence, i)) continue;
    // "talks were offered by Peru": the passive's agent proposes
    const agent = participle ?? passiveAgent(view, sentence, i);
    if (agent === null && passiveOrAttributive(view, sentence, i)) continue;
    // "Oman stands ready to", "Chile seems willing to": the verb before the phrase has the subject
    const verb = kind === 'commitment' && tokens[i - 1]?.pos === 'VERB' ? i - 1 : i;
    const subject = agent !== null ? { mention: agent } : subjectLeft(view, sentence, verb, newDiscourse()).speaker; // remembers nothing across sentences: a pronoun finds its person by gender and recency
    if (!subject || !('mention' in subject)) continue;
    const source = subject.mention;
    const m = view.mentions[source];
    if (m.label === 'Location' || !plausibleActor(view, source) || carried(view, source, [...claims, ...out])) continue;
    // "plans to strike", "is ready to retaliate", "is ready to impose sanctions": a threat, not an offer (threat-readiness.ts)
    if (signals.harmAfter(view, sentence, i) || readinessToHarm(view, sentence, i)) continue;
    if (participle !== null) {
      out.push(...participleProposals(view, sentence, i, participle));
      continue;
    }
    const cue: Cue = { token: i, lemma: baseForm(tokens[i]), speaker: { mention: source }, from: m.phraseStart ?? m.tokens[0] };
    const targets = targetsOf(view, sentence, source, cue, { from: cue.from, to: tokens.length - 1 });
    out.push({ type: 'PROPOSAL', source, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: cue.lemma });
  }
  return out;
}

/**
 * "a ceasefire plan put forward by Egypt and Qatar": each agent listed after the participle
 * proposes; the targets are the others the sentence names, wherever they stand ("Hamas accepted
 * ..."), never a co-proposer.
 */
function participleProposals(view: ArticleView, sentence: Sentence, i: number, agent: number): Claim[] {
  const start = view.mentions[agent].phraseStart ?? view.mentions[agent].tokens[0];
  const agents = [agent, ...coordinatedAfter(view, sentence, start).filter((m) => m !== agent && plausibleActor(view, m))];
  const names = new Set(agents.map((m) => view.mentions[m].canonical));
  const parties = partiesAround(view, sentence, i, names);
  return agents.map((source) => {
    const own = ownNames(view, source);
    const targets = parties.filter((m) => !own.has(view.mentions[m].canonical));
    return { type: 'PROPOSAL', source, targets, evidence: { start: sentence.start, end: sentence.end, text: sentence.text }, cue: baseForm(sentence.tokens[i]) };
  });
}

/** A verb, or a proposal word the tagger read as a noun between a name and its infinitive ("Chile plans to send aid"). */
function verbReading(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  if (tokens[i] === undefined) return false; // past the sentence's end ("Chile and Peru plan" as its last words)
  if (tokens[i].pos === 'VERB') return true;
  return tokens[i].pos === 'NOUN' && tokens[i + 1]?.normal === 'to' && tokens[i + 2]?.pos === 'VERB' && mentionEndingAt(view, sentence, i - 1) !== null;
}

/** "ready to", "agreed to", "open to": the one commitment that names the subject's act without a modal. */
function agreedAct(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  return view.knowledge.cues.agreeTo.some((phrase) => phrase.every((w, k) => tokens[i + k]?.normal === w || (k === 0 && tokens[i].lemma === w)));
}

/** "the planned summit", "Bolivia was invited to talks": not the subject's own act; "has sought to": a past effort. */
function passiveOrAttributive(view: ArticleView, sentence: Sentence, i: number): boolean {
  const { tokens } = sentence;
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.pos === 'DET' || before.normal === 'as') return true;
  // "has sought to ease tensions", "have long planned to": an effort the narrator tells as past;
  // "has offered to mediate", "has called for" still stand
  let aux = i - 1;
  while (aux > 0 && tokens[aux].pos === 'ADV') aux--;
  if (tokens[aux].lemma === 'have' && tokens[aux].pos === 'AUX' && view.knowledge.proposalActs.effortVerbs.has(baseForm(tokens[i]))) return true;
  // "is prepared to help", "is committed to": a readiness, not a passive
  if (agreedAct(view, sentence, i)) return false;
  return before.lemma === 'be' && tokens[i].pos === 'VERB' && !isIngForm(tokens[i].normal) && tokens[i].normal !== tokens[i].lemma;
}

/**
 * A proposal of the sentence already speaks for this actor: its own, or its side's speaker's ("Kenya
 * plans to ..., Ruto said"). Another claim of its does not: in "the US has encouraged Asad to reform,
 * but they refuse ...", the statement read from "refuse" leaves the encouragement to this path.
 */
function carried(view: ArticleView, source: number, claims: Claim[]): boolean {
  const canonical = view.mentions[source].canonical;
  return claims.some((c) => c.type === 'PROPOSAL' && (c.source === source || view.mentions[c.source].canonical === canonical || ownNames(view, c.source).has(canonical)));
}

/**
 * "Qatar has offered to mediate ..., Qatari Foreign Minister Ali Hamad said": a person who
 * reports a proposal their own state or body made earlier in the sentence proposes it too (they
 * speak for that side), with its targets.
 */
export function reportedOwnProposals(view: ArticleView, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const proposers = new Set(claims.filter((c) => c.type === 'PROPOSAL').map((c) => view.mentions[c.source].canonical));
  for (const reporter of claims) {
    const person = view.mentions[reporter.source];
    if (reporter.type !== 'STATEMENT' || person.label !== 'Person' || proposers.has(person.canonical)) continue;
    const own = ownNames(view, reporter.source);
    const side = claims.find((c) => {
      const m = view.mentions[c.source];
      return c.type === 'PROPOSAL' && m.label !== 'Person' && m.tokens[0] < person.tokens[0] && own.has(m.canonical);
    });
    if (!side) continue;
    proposers.add(person.canonical);
    out.push({ type: 'PROPOSAL', source: reporter.source, targets: side.targets, evidence: reporter.evidence, quote: reporter.quote, cue: side.cue });
  }
  return out;
}

/** "we will continue", "we must act": the statement's own first-person plural right before the modal (the quote test is the caller's). */
export function ownVoice(view: ArticleView, tokens: Token[], modal: number): boolean {
  let j = modal - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  const word = tokens[j]?.normal ?? '';
  return view.knowledge.pronouns.get(word) === 'Group' && view.knowledge.functionWords.firstPersonSubjects.has(word);
}

/**
 * "Qatar, Egypt and the US calling for a resumption of talks", "Chile and Peru plan to": a proposal
 * whose proposer closes a list of actors ("A, B and C", "A and C") that is the subject of the next
 * verb is each listed actor's proposal too, with the same targets. A lone comma never links the
 * list ("talks between Israel and Hamas, Kenya said" is Kenya's alone).
 */
export function coordinatedProposals(view: ArticleView, sentence: Sentence, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const proposers = new Set(claims.filter((c) => c.type === 'PROPOSAL').map((c) => view.mentions[c.source].canonical));
  for (const claim of claims) {
    if (claim.type !== 'PROPOSAL' || !sameSentence(view, sentence, claim.source) || !verbAfter(view, sentence, claim.source)) continue;
    // a speaker's clause ("X, Y and Z told the committee that ...") is the speaker search's to share out among the listed speakers
    if (claims.some((c) => c.type === 'STATEMENT' && c.source === claim.source)) continue;
    for (const other of listEndingAt(view, sentence, claim.source)) {
      const m = view.mentions[other];
      if (proposers.has(m.canonical) || m.label === 'Location' || !plausibleActor(view, other)) continue;
      proposers.add(m.canonical);
      out.push({ ...claim, source: other, targets: claim.targets.filter((t) => view.mentions[t].canonical !== m.canonical) });
    }
  }
  return out;
}

function sameSentence(view: ArticleView, sentence: Sentence, mention: number): boolean {
  return view.bySentence[sentence.index].includes(mention);
}

/** How long a relative clause between a list and its verb may be ("Britain and Canada, which coordinate their sanctions with the EU, pledged"). */
const RELATIVE_REACH = 20;

/** The subject's verb right after the mention, past auxiliaries, adverbs and a relative clause: "Egypt and US calling", "Chile and Peru, which share a border, have agreed". */
function verbAfter(view: ArticleView, sentence: Sentence, mention: number): boolean {
  const { tokens } = sentence;
  let k = view.mentions[mention].tokens[1] + 1;
  if (tokens[k]?.normal === ',' && view.knowledge.functionWords.relativePronouns.has(tokens[k + 1]?.normal ?? '')) {
    const close = tokens.findIndex((t, at) => at > k + 1 && at <= k + RELATIVE_REACH && t.normal === ',');
    if (close < 0) return false;
    k = close + 1;
  }
  while (tokens[k] && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k++;
  return tokens[k]?.pos === 'VERB' || verbReading(view, sentence, k); // "Chile and Peru plan to", the tagger's noun
}

/** The actors before the mention in a list that closes with "and" before it: [A, B] of "A, B and C"; [] without the "and". */
function listEndingAt(view: ArticleView, sentence: Sentence, last: number): number[] {
  const { tokens } = sentence;
  const list: number[] = [];
  // where a listed name opens: its phrase, or the article before it ("and the United States")
  const opening = (mention: number): number => {
    const start = view.mentions[mention].phraseStart ?? view.mentions[mention].tokens[0];
    return tokens[start - 1]?.pos === 'DET' ? start - 1 : start;
  };
  let first = opening(last);
  if (tokens[first - 1]?.normal !== 'and') return [];
  for (;;) {
    const separator = tokens[first - 1]?.normal;
    if (separator !== 'and' && separator !== ',') break;
    const previous = mentionEndingAt(view, sentence, first - 2);
    if (previous === null) break;
    list.unshift(previous);
    first = opening(previous);
  }
  return list;
}
