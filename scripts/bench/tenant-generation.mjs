// @ts-check
/** The bench tenant generated in Node with the seed code itself (loaded through Vite), timed. */
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { CONTACTS, TENANT } from './config.mjs';

export async function timeTenantGeneration() {
  const server = await createServer({ logLevel: 'warn', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { generateTenant } = /** @type {typeof import('../../server/seed/generate')} */ (
      await server.ssrLoadModule('/server/seed/generate.ts')
    );
    const t0 = performance.now();
    const rows = generateTenant({ seed: 1, ...TENANT });
    const ms = Math.round(performance.now() - t0);
    if (rows.contacts.length !== CONTACTS) throw new Error('the generator made the wrong number of contacts');
    return ms;
  } finally {
    await server.close();
  }
}
