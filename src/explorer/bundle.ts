// The page's scripts are bundled from src/explorer/public/ and node_modules (sigma, graphology and
// its layout, community and metrics packages) by esbuild when the server starts: nothing comes from
// a CDN, the page works offline, and the packages stay the registry's own files. Bundled once per
// server, in memory (a few hundred milliseconds).

import * as path from 'node:path';

export interface Bundle {
  /** URL path -> script text. */
  scripts: Map<string, string>;
}

/** Entry points, by the URL they are served at. */
const ENTRIES: Record<string, string> = {
  '/app.js': 'app.js',
  '/layout-worker.js': 'layout-worker.js',
  '/graph-loader.js': 'graph-loader.js',
};

export function bundlePage(publicDir: string): Bundle {
  // Loaded here rather than at the top: only the explorer needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const scripts = new Map<string, string>();
  for (const [url, file] of Object.entries(ENTRIES)) {
    const result = esbuild.buildSync({
      entryPoints: [path.join(publicDir, file)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      // KG_EXPLORER_MINIFY=0 keeps names readable in a profile (bench/explorer-trace.ts).
      minify: process.env.KG_EXPLORER_MINIFY !== '0',
      legalComments: 'eof', // the packages' licence notices stay with their code,
      logLevel: 'silent',
      // The packages are resolved from the project's node_modules, wherever the page files are.
      nodePaths: [path.join(__dirname, '..', '..', 'node_modules')],
    });
    scripts.set(url, result.outputFiles[0].text);
  }
  return { scripts };
}
