// A require hook for .ts files with a disk cache of the transpiled JavaScript (<project>/.cache/
// ts-transpile/, git-ignored): the same output as ts-node's transpile-only mode (TypeScript's
// transpileModule with tsconfig.json's options), but a warm start needs neither TypeScript nor
// any transpiling. Pipeline workers start with it: with ts-node each worker spent about 2 s
// transpiling the sources, more when several workers start at once on few cores.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache', 'ts-transpile');
let ts = null;
let compilerOptions = null;
let salt = null;

function saltOf() {
  if (salt === null) {
    const tsVersion = JSON.parse(fs.readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;
    salt = `${tsVersion}\0${fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')}\0`;
  }
  return salt;
}

function transpile(source, fileName) {
  if (ts === null) {
    ts = require('typescript');
    const configFile = path.join(ROOT, 'tsconfig.json');
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, ROOT);
    compilerOptions = { ...parsed.options, sourceMap: false, inlineSourceMap: false, declaration: false, noEmit: false };
  }
  return ts.transpileModule(source, { fileName, compilerOptions, reportDiagnostics: false }).outputText;
}

function compileCached(source, fileName) {
  const key = crypto.createHash('sha256').update(saltOf()).update(fileName).update('\0').update(source).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // not cached yet
  }
  const output = transpile(source, fileName);
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(tmp, output);
    fs.renameSync(tmp, cached); // atomic: workers starting together may race on the same file
  } catch {
    // a read-only tree still works, uncached
  }
  return output;
}

function register() {
  // Replaces ts-node's hook when a `-r ts-node/register` in execArgv put one in the worker too.
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    module._compile(compileCached(source, filename), filename);
  };
}

module.exports = { register, compileCached };
