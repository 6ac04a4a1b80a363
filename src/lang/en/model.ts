// The English language model: wink-nlp with wink-eng-lite-web-model (sentences, tokens, POS,
// lemmas). The only module that imports either; src/nlp/ asks it for the one instance.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type EnglishNlp = ReturnType<typeof winkNLP>;

// wink-nlp breaks custom patterns when instantiated twice in one process: keep one instance.
let instance: EnglishNlp | null = null;

/** The process's one wink-nlp instance with the English model (sentence breaking and POS tags). */
export function englishNlp(): EnglishNlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
