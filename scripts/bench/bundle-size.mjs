// @ts-check
/**
 * Bundle sizes: the gzip size of every JavaScript file of the build, which files are the simulated
 * back-end's (the chunks the build names as demo code), and what the first screen fetched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round1 } from './stats.mjs';

/**
 * gzip kB per file (by URL path), the simulated back-end's files, and the whole build's total.
 * @typedef {{ kb: Map<string, number>; demoBackend: Set<string>; totalKb: number }} BuildSizes
 */

/** @param {string} file */
function gzipKb(file) {
  return gzipSync(readFileSync(file)).length / 1024;
}

/**
 * @param {string} outDir the build's folder
 * @returns {BuildSizes}
 */
export function buildSizes(outDir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(m?js)$/.test(name)) files.push(path);
    }
  };
  walk(outDir);
  const kb = new Map(files.map((file) => [`/${relative(outDir, file)}`, gzipKb(file)]));
  // The build names every chunk of demo code so (DEMO_CHUNK_PREFIX, src/domain/page-policy.ts): the
  // back-end's, and the demo accounts' that the sign-in page loads before it.
  const demoBackend = new Set([...kb.keys()].filter((path) => path.startsWith('/assets/demo-')));
  return { kb, demoBackend, totalKb: round1([...kb.values()].reduce((a, b) => a + b, 0)) };
}

/**
 * What the first screen fetched, in gzip kB: everything (`kb`), the app's own share (`appKb`), per file.
 * @param {string[]} scripts the URL paths of the JavaScript fetched
 * @param {BuildSizes} sizes
 */
export function summarizeFirstScreen(scripts, { kb, demoBackend }) {
  const known = scripts.filter((path) => kb.has(path));
  /** @param {string[]} paths */
  const sum = (paths) => round1(paths.reduce((total, path) => total + (kb.get(path) ?? 0), 0));
  return {
    kb: sum(known),
    appKb: sum(known.filter((path) => !demoBackend.has(path))),
    files: Object.fromEntries(known.map((path) => [path, round1(kb.get(path) ?? 0)])),
  };
}
