#!/usr/bin/env node
// `npm run bench [-- --json]`: the speed and scale benchmark (bench/run.ts), run through ts-node
// in transpile-only mode like bin/kg.js.
'use strict';
const path = require('node:path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
require('../bench/run.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`bench failed: ${err && err.stack ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
