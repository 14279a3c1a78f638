/**
 * What a sync cycle runs after the initial sync (push, pull, commit, the activity entries) and
 * the recovery from a changed history: one chunk, which cycle.ts loads when a cycle first gets
 * there. A new device's first rows come from the initial sync alone, so its first screen does
 * not fetch this code (docs/performance.md, round ten).
 */
export { pullActivity } from './activity';
export { commitPull } from './commit';
export { pull } from './pull';
export { push } from './push';
export { rebootstrap } from './rebootstrap';
