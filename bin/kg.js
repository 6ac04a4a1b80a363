#!/usr/bin/env node
// Entry point of `kg` (npx kg ...). Runs the compiled CLI in dist/ (built by `npm run build`, which
// `npm install` / `npm ci` run through `prepare`) when it was built from the sources as they are
// now (scripts/source-hash.js); otherwise, after a source edit, a checkout or a rebase, it runs the
// TypeScript sources through ts-node (transpile-only: slower to start, never stale) and says so.
'use strict';
const path = require('node:path');
const { distIsFresh } = require('../scripts/source-hash.js');

const io = {
  print: (s) => process.stdout.write(`${s}\n`),
  printError: (s) => process.stderr.write(`${s}\n`),
  tty: Boolean(process.stderr.isTTY),
};

let cli;
if (distIsFresh()) {
  cli = require('../dist/cli/main.js');
} else {
  io.printError('kg: dist/ is missing or older than src/: running the sources through ts-node (slow start); `npm run build` makes it fast again');
  require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
  cli = require('../src/cli/main.ts');
}
cli.main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
