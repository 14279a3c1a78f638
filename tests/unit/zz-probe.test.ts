import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { it } from 'vitest';
import { generateTenant } from '../../server/seed/generate';
import { decodeText } from '../../src/lib/csv/decode';
import { parseCsv } from '../../src/lib/csv/parse';
import { planImport } from '../../src/domain/bulk/plan';

it('probe', async () => {
  const rows = generateTenant({ seed: 1, subscribers: 47_000, externals: 3_000, groups: 2_000, subLists: 1_000 } as never);
  const bytes = new Uint8Array(readFileSync('tests/csv-corpus/ten-thousand-external-contacts.csv'));
  const session = new Session(); session.connect();
  await session.post('Profiler.enable'); await session.post('Profiler.start');
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const d = decodeText(bytes); if (!d.ok) throw new Error();
    const p = parseCsv(d.text, { maxRows: 50000 }); if (!p.ok) throw new Error();
    const t2 = performance.now() - t; t = performance.now();
    const plan = planImport({ table: 'externalContacts', mode: 'exact', file: { headers: p.csv.headers, rows: p.csv.rows }, snapshot: { contacts: rows.contacts as never, groups: [], subLists: [] }, newId: () => crypto.randomUUID() });
    const t3 = performance.now() - t;
    console.log(`parse ${t2.toFixed(0)} plan ${t3.toFixed(0)}`, plan.ok);
  }
  const { profile } = await session.post('Profiler.stop');
  writeFileSync('/tmp/o-bulk-probe/plan.cpuprofile', JSON.stringify(profile));
}, 120000);
