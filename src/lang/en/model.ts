// The English language model: wink-nlp with wink-eng-lite-web-model (sentences, tokens, POS,
// lemmas). The only module that imports either; src/nlp/ asks it for the one instance.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type EnglishNlp = ReturnType<typeof winkNLP>;

// wink-nlp breaks custom patterns when instantiated twice in one process: keep one instance.
let instance: EnglishNlp | null = null;

/** The process's one wink-nlp instance with the English model (sentence breaking and POS tags). */
export function englishNlp(): EnglishNlp {
  if (instance === null) {
    rememberLemmas();
    instance = winkNLP(model, ['sbd', 'pos']);
  }
  return instance;
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** How many lemmas per part of speech rememberLemmas keeps before it starts over. */
const MAX_REMEMBERED_LEMMAS = 50_000;

/**
 * The model lemmatises a token whose word has more than one lemma (and every word out of its
 * vocabulary: "Shoigu's", "sanctioned") each time it is asked, by exception tables and suffix rules
 * that ask the vocabulary whether a cut form is a base form of that part of speech. The answer
 * depends only on the word and its part of speech (the vocabulary asked is the model's own, which
 * words read later never change), and words repeat: remembered per part of speech.
 */
function rememberLemmas(): void {
  const addons = (model as unknown as { addons?: { lemmatize?: Lemmatize & { remembered?: true } } }).addons;
  const lemmatize = addons?.lemmatize;
  if (!addons || !lemmatize || lemmatize.remembered) return;
  const byPos = new Map<string, Map<string, string>>();
  const remembered: Lemmatize & { remembered?: true } = (value, pos, cache) => {
    // other parts of speech are their own lemma (the model returns the value): nothing to remember
    if (pos !== 'NOUN' && pos !== 'VERB' && pos !== 'ADJ') return lemmatize(value, pos, cache);
    let known = byPos.get(pos);
    if (!known) byPos.set(pos, (known = new Map()));
    let lemma = known.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (known.size >= MAX_REMEMBERED_LEMMAS) known.clear();
      known.set(value, lemma);
    }
    return lemma;
  };
  remembered.remembered = true;
  addons.lemmatize = remembered;
}
