#!/usr/bin/env node
// Entry point of `kg` (npx kg ...): runs the TypeScript sources through ts-node, types checked by
// `npm test` rather than at every start, so the command starts fast.
'use strict';
const path = require('node:path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
const { main } = require('../src/cli/main.ts');
const io = {
  print: (s) => process.stdout.write(`${s}\n`),
  printError: (s) => process.stderr.write(`${s}\n`),
  tty: Boolean(process.stderr.isTTY),
};
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
