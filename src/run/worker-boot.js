// Entry of a pipeline worker when the sources run as TypeScript (bin/kg.js, jest): each worker
// is a fresh V8 isolate without the parent's require hooks, so it registers one itself: the
// cached transpiler of transpile-cache.js (same output as ts-node's transpile-only mode).
'use strict';
require('./transpile-cache.js').register();
require('./worker.ts');
