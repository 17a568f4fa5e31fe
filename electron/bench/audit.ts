// Audit trail figures for `npm run bench`: verifying 1,000,000 entries, and what the audit adds to a write.
import { performance } from 'node:perf_hooks';
import { canonicalEntry, entryHash, GENESIS_HASH, verifyAuditChain } from '../../db/audit';
import type { BusinessFields } from '../../db/businessTypes';
import { openDatabase } from '../../db/open';
import { tempDataDir } from '../../db/testing';
import { TestApp } from '../testing/factories';

export interface BenchTools {
  line: (label: string, value: string, target: string) => void;
  median: (values: number[]) => number;
  timeAsync: (fn: () => Promise<unknown>) => Promise<number>;
  generated: (i: number, communes: string[]) => BusinessFields;
}

const ENTRIES = Number(process.env.AUDIT_BENCH_ENTRIES ?? 1_000_000);
const WRITES = 300;

/** Raw inserts computing the chain as the app would, in batches (a realistic mix of record and call entries). */
function seedChain(count: number): { dir: string; cleanup: () => void; seconds: number } {
  const { dir, cleanup } = tempDataDir('dd-bench-audit-');
  const db = openDatabase(dir);
  const start = performance.now();
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, user_id, user_name, action, via, target_table, record_id, record_label, fields, detail, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let prev = GENESIS_HASH;
  const t0 = Date.UTC(2016, 0, 1);
  for (let batch = 0; batch < count; batch += 50_000) {
    db.transaction(() => {
      for (let seq = batch + 1; seq <= Math.min(count, batch + 50_000); seq += 1) {
        const record = seq % 10 !== 0;
        const values = [
          seq,
          new Date(t0 + seq * 300_000).toISOString(),
          'a3c1e1f2-0000-4000-8000-000000000001',
          'Nguyễn Thị Hoa',
          record ? 'record.update' : 'businesses.export',
          record ? 'businesses.update' : null,
          record ? 'business' : null,
          record ? `00000000-0000-4000-8000-${String(seq % 20_000).padStart(12, '0')}` : null,
          record ? `Nhà nghỉ Hoàng Anh ${seq % 20_000}` : null,
          record ? '["phone","status"]' : null,
          record ? null : '{"result":{"fileName":"co-so-kinh-doanh.xlsx","bytes":{"size":812345}}}',
          prev,
        ];
        const hash = entryHash(canonicalEntry(values));
        insert.run(...values, hash);
        prev = hash;
      }
    })();
  }
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return { dir, cleanup, seconds };
}

async function handlerWrites(tools: BenchTools, withAudit: boolean): Promise<number> {
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    if (!withAudit) app.running.app.db.exec('DROP TRIGGER audit_record_change');
    const communes = (await app.ok('units.communes', {})).map((c) => c.code);
    const times: number[] = [];
    for (let i = 0; i < WRITES; i += 1) {
      const fields = tools.generated(300_000 + i, communes);
      times.push(await tools.timeAsync(() => app.ok('businesses.create', fields)));
    }
    return tools.median(times);
  } finally {
    app.close();
  }
}

export async function benchAudit(tools: BenchTools): Promise<void> {
  const seeded = seedChain(ENTRIES);
  try {
    tools.line('seed 1,000,000 audit entries (raw inserts + chain)', `${seeded.seconds.toFixed(1)} s`, 'info');
    // A fresh connection, as `audit verify` would open it.
    const db = openDatabase(seeded.dir);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = verifyAuditChain(db);
    const seconds = (performance.now() - start) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    db.close();
    if (!result.ok || result.entries !== ENTRIES) throw new Error(`verify: ${JSON.stringify(result)}`);
    tools.line('verify 1,000,000 audit entries', `${seconds.toFixed(2)} s`, '< 10 s');
    tools.line('  of which CPU time of this process', `${((user + system) / 1e6).toFixed(2)} s`, 'info');
    tools.line('verify rate', `${Math.round(ENTRIES / seconds).toLocaleString('en')} /s`, 'info');
  } finally {
    seeded.cleanup();
  }
  const without = await handlerWrites(tools, false);
  const withAudit = await handlerWrites(tools, true);
  tools.line(`handler create without audit trigger, median of ${WRITES}`, `${without.toFixed(3)} ms`, 'info');
  tools.line(`handler create with audit entry (sealed in the same transaction)`, `${withAudit.toFixed(3)} ms`, 'info');
  tools.line('audit overhead per write', `${(((withAudit - without) / without) * 100).toFixed(0)} %`, 'info');
}
