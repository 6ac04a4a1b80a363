// Whether dist/ (the compiled CLI) was built from the sources as they are now. `npm run build`
// (scripts/build.js) writes the hash of every file under src/ and of the tsconfig files into
// dist/.source-hash; bin/kg.js runs dist/ only when that hash still matches, so an edited source,
// a checkout or a rebase never runs stale compiled code. Content, not mtimes: copies and
// checkouts that keep old times cannot fool it. About 3 ms for the whole of src/.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const STAMP = path.join('dist', '.source-hash');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];

function filesUnder(dir, rel = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesUnder(dir, child));
    else if (entry.isFile()) out.push(child);
  }
  return out;
}

/** The hash of the sources the build reads, or null when there are none (no src/). */
function sourceHash(root = ROOT) {
  const src = path.join(root, 'src');
  if (!fs.existsSync(src)) return null;
  const hash = crypto.createHash('sha256');
  const files = [...CONFIGS.map((f) => `../${f}`), ...filesUnder(src).sort()];
  for (const rel of files) {
    hash.update(rel).update('\0');
    try {
      hash.update(fs.readFileSync(path.join(src, rel)));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ holds the build of the current sources. */
function distIsFresh(root = ROOT) {
  let stamp;
  try {
    stamp = fs.readFileSync(path.join(root, STAMP), 'utf8').trim();
  } catch {
    return false;
  }
  return stamp === sourceHash(root);
}

module.exports = { sourceHash, distIsFresh, STAMP, ROOT };
