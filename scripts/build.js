#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm install` / `npm ci` build it): compiles src/ into dist/
// with tsconfig.build.json, copies the files that are not TypeScript (the explorer's page, the
// worker boot scripts), then stamps dist/ with the hash of the sources (scripts/source-hash.js).
// bin/kg.js runs dist/ only while that stamp matches. `--if-stale` skips a build that is current.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { sourceHash, distIsFresh, STAMP, ROOT } = require('./source-hash.js');

function copyAssets(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyAssets(src, dst);
    else if (entry.isFile() && !entry.name.endsWith('.ts')) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
    }
  }
}

function build({ ifStale = false, quiet = false } = {}) {
  if (ifStale && distIsFresh(ROOT)) return 0;
  const hash = sourceHash(ROOT); // before compiling: an edit made meanwhile leaves dist/ stale, not stamped fresh
  const dist = path.join(ROOT, 'dist');
  fs.rmSync(dist, { recursive: true, force: true }); // outputs of deleted or moved sources go too
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const began = Date.now();
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build failed: tsc exited ${result.status ?? result.signal}; dist/ is not stamped, so bin/kg.js runs the sources\n`);
    return 1;
  }
  copyAssets(path.join(ROOT, 'src'), dist);
  fs.writeFileSync(path.join(ROOT, STAMP), `${hash}\n`);
  if (!quiet) process.stderr.write(`built dist/ in ${((Date.now() - began) / 1000).toFixed(1)} s\n`);
  return 0;
}

module.exports = { build };

if (require.main === module) {
  const args = process.argv.slice(2);
  process.exitCode = build({ ifStale: args.includes('--if-stale'), quiet: args.includes('--quiet') });
}
