import { ingestBuffer } from './setup/ingest';
import { extractArticle } from '../src/run';
import { defaultKnowledge } from './setup/knowledge';
const knowledge = defaultKnowledge();
const file = ingestBuffer('a.txt', Buffer.from(process.argv[2], 'utf8'), { requireEnglish: false }, knowledge.ingest);
const x = extractArticle(file, knowledge)!;
console.log(x.mentions.map((m) => `${m.canonical}/${m.label}/${m.kind}/${m.tokens}/ps=${m.phraseStart}`));
console.log(JSON.stringify(x.claims.map((c) => ({ t: c.type, s: x.mentions[c.source].canonical, cue: c.cue }))));
