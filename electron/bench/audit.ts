// Audit trail figures for `npm run bench`: verifying 1,000,000 entries, and what the audit adds to a write.
import { performance } from 'node:perf_hooks';
import { canonicalEntry, entryHash, GENESIS_HASH, verifyAuditChain } from '../../db/audit';
import type { BusinessFields } from '../../db/businessTypes';
import { insertBusiness } from '../../db/business';
import { openDatabase, type Db } from '../../db/open';
import { tempDataDir, TEST_COMMUNE } from '../../db/testing';

export interface BenchTools {
  line: (label: string, value: string, target: string) => void;
  median: (values: number[]) => number;
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

/**
 * What the audit adds to one register write: the same insert, each in its own transaction, in a database with
 * and one without the audit trigger, alternating so both see the same disk and load. (Through the handler the
 * gap is the same: without record entries the router would log the call instead.)
 */
function writeOverhead(tools: BenchTools): { withAudit: number; without: number } {
  const folders = [tempDataDir('dd-bench-audit-w-'), tempDataDir('dd-bench-audit-wo-')];
  const [audited, bare] = folders.map((f) => openDatabase(f.dir)) as [Db, Db];
  try {
    bare.exec('DROP TRIGGER audit_record_change');
    const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    const times = { withAudit: [] as number[], without: [] as number[] };
    for (let i = 0; i < WRITES; i += 1) {
      const fields = tools.generated(300_000 + i, [TEST_COMMUNE]);
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const order = i % 2 === 0 ? (['withAudit', 'without'] as const) : (['without', 'withAudit'] as const);
      for (const kind of order) {
        const db = kind === 'withAudit' ? audited : bare;
        const start = performance.now();
        db.transaction(() => insertBusiness(db, id, owner, fields, stamp)).immediate();
        times[kind].push(performance.now() - start);
      }
    }
    return { withAudit: tools.median(times.withAudit), without: tools.median(times.without) };
  } finally {
    audited.close();
    bare.close();
    folders.forEach((f) => f.cleanup());
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
  const { withAudit, without } = writeOverhead(tools);
  tools.line(`business insert + change log, own transaction, median of ${WRITES}`, `${without.toFixed(3)} ms`, 'info');
  tools.line('the same with its audit entry sealed in the transaction', `${withAudit.toFixed(3)} ms`, 'info');
  tools.line('audit overhead per register write', `${(((withAudit - without) / without) * 100).toFixed(0)} %`, 'info');
}
