// `kg`: the command line. Parses arguments and calls src/cli/commands.ts; the only place that
// turns errors into exit codes and one-line messages.
//
// Start-up time: this file loads only commander and small local modules. Each command loads what
// it needs when it runs (`await import`): neo4j-driver, wink-nlp and htmlparser2 each cost
// hundreds of milliseconds, and `kg --help` needs none of them. Keep it that way: no static
// import here of anything that reaches the pipeline or the driver.
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './io';
import { endQuietlyWhenOutputCloses } from './pipes';
import { EXIT, UsageError } from './report';
import { parseWorkers } from './workers-option';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const maxFileOption = (): Option => new Option('--max-file-mb <mb>', 'skip input files larger than this (default 10, or KG_MAX_FILE_MB)').argParser((v) => Number(v));
const workersOption = (): Option => new Option('--workers <n>', 'worker threads for extraction (1 = in-process; default 1 for small inputs, min(cores, 4) for large)').argParser(parseWorkers);

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('kg')
    .description('Knowledge-graph builder for news: people, states and organizations, and who said, threatened or proposed what to whom, with evidence, in Neo4j.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.print(s.trimEnd()), writeErr: (s) => io.printError(s.trimEnd()) });

  program
    .command('extract')
    .description('extract the graph from article files/folders into a JSON export (no database)')
    .argument('<paths...>', 'article files or folders (.txt, .md, .html)')
    .requiredOption('--json <file>', 'where to write the export')
    .option('--graph', 'also resolve names against the people of the configured Neo4j (read only)')
    .option('-v, --verbose', 'also report what cleaning removed from each file')
    .addOption(maxFileOption())
    .addOption(workersOption())
    .action(async (paths: string[], opts) => setExit(await (await import('./commands')).extractCommand(paths, opts, io)));

  program
    .command('build')
    .description('extract the graph from article files/folders and load it into Neo4j')
    .argument('<paths...>', 'article files or folders')
    .option('-v, --verbose', 'also report what cleaning removed from each file')
    .addOption(maxFileOption())
    .addOption(workersOption())
    .option('--sync', 'also remove the articles loaded from these folders before that are no longer in them')
    .action(async (paths: string[], opts) => setExit(await (await import('./commands')).buildCommand(paths, opts, io)));

  program
    .command('remove')
    .description('remove articles from the graph, with their edges and mentions, and entities no other article mentions')
    .argument('<articles...>', 'article sources (path relative to the input folder, or URL), paths as loaded, or article ids')
    .action(async (keys: string[]) => setExit(await (await import('./remove-command')).removeCommand(keys, io)));

  program
    .command('export')
    .description('export the graph in Neo4j for analysts (--claims table, --graphml, --gexf), or extract article files into neo4j-admin import files (--csv)')
    .argument('[paths...]', 'with --csv: article files or folders')
    .option('--claims <file>', 'the claims of the graph as a CSV table for a spreadsheet')
    .option('--graphml <file>', 'the graph as GraphML (yEd, Gephi, NetworkX)')
    .option('--gexf <file>', 'the graph as GEXF (Gephi)')
    .option('--csv <dir>', 'folder for neo4j-admin import files of the articles in <paths> (a bulk load into a new database)')
    .option('-v, --verbose', 'also report what cleaning removed from each file')
    .addOption(maxFileOption())
    .addOption(workersOption())
    .action(async (paths: string[], opts) => {
      if (opts.csv) {
        if (paths.length === 0) throw new UsageError('kg export --csv <dir> needs the article files or folders to extract');
        setExit(await (await import('./commands')).exportCsvCommand(paths, opts, io));
        return;
      }
      if (paths.length > 0) throw new UsageError('--claims, --graphml and --gexf export the graph in Neo4j: load articles with `kg build` first, and give no paths');
      if (!opts.claims && !opts.graphml && !opts.gexf) throw new UsageError('kg export needs --claims <file>, --graphml <file>, --gexf <file> or --csv <dir>');
      setExit(await (await import('./export-command')).analystExportCommand(opts, io));
    });

  program
    .command('cypher')
    .description('run one Cypher query against the configured Neo4j and print the rows')
    .argument('<query>', 'the Cypher query; pass values with --param, never inside the text')
    .option('-p, --param <key=value>', 'a query parameter (repeatable); JSON values are parsed', collect, [])
    .option('--json', 'print rows as JSON lines')
    .action(async (query: string, opts) => setExit(await (await import('./cypher-command')).cypherCommand(query, opts, io)));

  program
    .command('query')
    .description('run one query of the pack in cypher/queries/ and print the rows (kg query --list)')
    .argument('[name]', 'the query name; omit it (or pass --list) to list the pack')
    .option('-p, --param <key=value>', 'a query parameter (repeatable), e.g. --param actor=Putin', collect, [])
    .option('--json', 'print rows as JSON lines')
    .option('-l, --list', 'list the queries with their descriptions and parameters')
    .option('-v, --verbose', 'with --list: also print each query\'s notes')
    .action(async (name: string | undefined, opts) => setExit(await (await import('./query-command')).queryCommand(name, opts, io)));

  program
    .command('serve')
    .description('start the explorer: a local web page drawing the graph from Neo4j')
    .option('--port <port>', 'port to listen on', '7475')
    .option('--host <host>', 'address to listen on (keep 127.0.0.1 unless you mean to share it)', '127.0.0.1')
    .action(async (opts) => setExit(await (await import('./serve-command')).serveCommand(opts, io)));

  program
    .command('neo4j')
    .description('manage the local Neo4j server (installed from Maven Central into .neo4j/)')
    .argument('<action>', 'install | start | stop | status | new-password')
    .action(async (action: string) => setExit(await (await import('../admin/server-cli')).runServerCommand([action], io.print, io.printError)));

  return program;
}

export async function main(argv: string[], io: Io): Promise<number> {
  endQuietlyWhenOutputCloses(); // `kg build | head -3`
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    return await reportError(err, io);
  }
  return code;
}

/**
 * Errors whose message is already the one line to show. Recognised by name: their classes live in
 * modules that load neo4j-driver, which a command that failed early never loaded.
 */
const ONE_LINE_ERRORS = new Set(['GraphConnectionError', 'IngestOptionError', 'LocalServerError', 'UsageError']);

/** Expected failures become one line; anything else is a bug and keeps its stack. */
async function reportError(err: unknown, io: Io): Promise<number> {
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.error;
  if (err instanceof UsageError || (err instanceof Error && ONE_LINE_ERRORS.has(err.name))) {
    io.printError(`error: ${err.message}`);
    // A frozen server leaves sockets that keep the process alive: end once the line is out.
    if ((err as { stalled?: boolean }).stalled) setTimeout(() => process.exit(EXIT.error), 500).unref();
    return EXIT.error;
  }
  const { describeLostConnection, isLostConnection, redactSecrets } = await import('./db-errors');
  // The server went away mid-command (killed, restarted): one line, no stack trace.
  if (isLostConnection(err)) {
    io.printError(`error: ${describeLostConnection(err)}`);
    return EXIT.error;
  }
  const code = (err as { code?: string }).code;
  if (code && /^Neo\./.test(code)) {
    io.printError(redactSecrets(`error: Neo4j refused the query: ${(err as Error).message.split('\n')[0]}`));
    return EXIT.error;
  }
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    io.printError(`error: ${(err as Error).message}`);
    return EXIT.error;
  }
  io.printError(redactSecrets(`internal error (a bug, please report it): ${(err as Error).stack ?? String(err)}`));
  return EXIT.error;
}

if (require.main === module) {
  const io: Io = { print: (s) => process.stdout.write(`${s}\n`), printError: (s) => process.stderr.write(`${s}\n`), tty: !!process.stderr.isTTY };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
