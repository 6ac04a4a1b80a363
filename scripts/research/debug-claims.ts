// Prints one article's claims and person mentions (a development aid: ts-node scripts/research/debug-claims.ts FILE)
import { ingestFile } from '../../src/ingest';
import { annotate } from '../../src/nlp';
import { extract } from '../../src/extract';
import { loadKnowledge } from '../../src/knowledge';

async function main(): Promise<void> {
  const knowledge = loadKnowledge();
  const file = await ingestFile(process.argv[2], {}, knowledge.ingest);
  if (!file.article) throw new Error('no article');
  const x = extract(annotate(file.article), knowledge);
  const name = (m: number): string => `${x.mentions[m].canonical || x.mentions[m].surface}[${x.mentions[m].kind}]`;
  if (process.argv[3] === 'm') for (const m of x.mentions) console.log(`  m s${m.sentence} ${m.label}/${m.kind} "${m.surface}" -> ${m.canonical} role=${m.role ?? ''} of=${m.roleOf ?? ''} g=${m.gender ?? ''}`);
  for (const c of x.claims) console.log(`${c.type} ${name(c.source)} -> ${c.targets.map(name).join('|')} [${c.cue}] ${c.evidence.text.slice(0, 80)}`);
}
void main();
