// The tests' default knowledge: knowledge/en extended by this process's KG_KNOWLEDGE_DIR, loaded
// once per value of it. Only tests use it; a run loads its knowledge itself (src/run) and passes it
// to every stage.
import { loadKnowledge, type Knowledge } from '../../src/knowledge';

let cached: { key: string; knowledge: Knowledge } | undefined;

export function defaultKnowledge(): Knowledge {
  const key = process.env.KG_KNOWLEDGE_DIR ?? '';
  if (!cached || cached.key !== key) cached = { key, knowledge: loadKnowledge(key) };
  return cached.knowledge;
}
