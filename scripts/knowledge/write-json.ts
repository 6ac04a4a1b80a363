// Writes a derived knowledge file: top-level fields one per line group, each list item compact on
// its own line, so a regeneration shows as a readable diff and the files stay small.
import { writeFileSync } from 'node:fs';

/** Short strings (names) several to a line, about 100 characters wide. */
function wrapStrings(items: string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const piece = JSON.stringify(item);
    if (line && line.length + piece.length + 2 > 100) {
      lines.push(`    ${line},`);
      line = '';
    }
    line = line ? `${line}, ${piece}` : piece;
  }
  if (line) lines.push(`    ${line}`);
  return lines.join('\n');
}

export function formatKnowledgeJson(value: Record<string, unknown>): string {
  const fields = Object.entries(value).map(([key, field]) => {
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(field)) {
      if (field.length === 0) return `${head}[]`;
      if (field.every((item) => typeof item === 'string')) return `${head}[\n${wrapStrings(field as string[])}\n  ]`;
      return `${head}[\n${field.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
    }
    if (typeof field === 'object' && field !== null) {
      const entries = Object.entries(field).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      return `${head}{\n${entries.join(',\n')}\n  }`;
    }
    return `${head}${JSON.stringify(field)}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

export function writeKnowledgeJson(path: string, value: Record<string, unknown>): void {
  writeFileSync(path, formatKnowledgeJson(value));
}
