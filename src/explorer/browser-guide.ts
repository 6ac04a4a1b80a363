// A Neo4j Browser guide made from the query pack: one slide per query, with a runnable
// `:params` block (the header's examples) and the query itself, so an analyst clicks instead of
// typing. `kg serve` serves it at /guide; in Neo4j Browser:
//   :play http://localhost:7475/guide
// (Browser fetches guides only from hosts in browser.remote_content_hostname_allowlist, which is
// "guides.neo4j.com, localhost" by default: use "localhost", not 127.0.0.1.)
import type { PackQuery, ParamSpec } from '../neo4j/query-pack';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A Cypher literal for an example value: integers as numbers, everything else as a string. */
function cypherLiteral(param: ParamSpec): string {
  if (param.type === 'integer') return String(Number(param.example));
  if (param.type === 'enum-list') return `[${param.example.split(',').map((v) => `'${v.trim().replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(', ')}]`;
  return `'${param.example.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `:params {...}`: required parameters get their example, optional ones null (their default). */
export function paramsCommand(query: PackQuery): string {
  const entries = query.params.map((p) => `${p.name}: ${p.required ? cypherLiteral(p) : 'null'}`);
  return `:params {${entries.join(', ')}}`;
}

/** The query without its header comment (the slide says it in prose). */
function queryBody(query: PackQuery): string {
  const lines = query.cypher.split(/\r?\n/);
  let start = 0;
  while (start < lines.length && (lines[start].trim() === '' || lines[start].trim().startsWith('//'))) start++;
  return lines.slice(start).join('\n').trim();
}

function slide(title: string, body: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-12">
        <h3>${escapeHtml(title)}</h3>
${body}
      </div>
    </slide>`;
}

function runnable(code: string): string {
  return `        <pre mode="cypher" class="pre-scrollable code runnable">${escapeHtml(code)}</pre>`;
}

export function browserGuideHtml(pack: PackQuery[], explorerUrl = 'http://localhost:7475/'): string {
  const intro = slide(
    'News knowledge graph: the analyst\'s queries',
    [
      '        <p>People, states and organizations, and who said, threatened or proposed what to whom, with the sentence that says so.',
      '        Claims are <code>STATEMENT</code>, <code>THREAT</code> and <code>PROPOSAL</code> edges from the speaker to the addressee, or to the <code>Article</code> node when nobody is addressed;',
      '        <code>AFFILIATED_WITH</code> joins a person to a state or organization.</p>',
      '        <p>Each of the next slides is one question. Click the <code>:params</code> block first (it sets the parameters; edit the values to taste), then the query.',
      '        Actor parameters match a name or any alias, in any case, with or without a leading "the".</p>',
      '        <p>Style (colours and captions per label and relationship), then a first look:</p>',
      runnable(`:style ${new URL('style.grass', explorerUrl).href}`),
      runnable('MATCH (s:Entity)-[r:THREAT|PROPOSAL]->(t)\nRETURN s, r, t\nLIMIT 100'),
      `        <p>The same graph to browse, with filters and evidence: <code>kg serve</code>, then ${escapeHtml(explorerUrl)}</p>`,
    ].join('\n'),
  );
  const slides = pack.map((q) => {
    const params = q.params.length
      ? [
          '        <ul>',
          ...q.params.map((p) => `          <li><code>${escapeHtml(p.name)}</code>${p.required ? '' : ' (optional, null for the default)'}: ${escapeHtml(p.description)}; e.g. <code>${escapeHtml(p.example)}</code></li>`),
          '        </ul>',
          runnable(paramsCommand(q)),
        ]
      : [runnable(':params {}')];
    return slide(q.name, [`        <p>${escapeHtml(q.description)}</p>`, ...params, runnable(queryBody(q)), ...q.notes.map((n) => `        <p><small>${escapeHtml(n)}</small></p>`)].join('\n'));
  });
  return `<article class="guide">
  <carousel class="deck container-fluid">
${[intro, ...slides].join('\n')}
  </carousel>
</article>
`;
}
