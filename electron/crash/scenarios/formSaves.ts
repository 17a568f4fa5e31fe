// Form saves: businesses.create and businesses.update through the router, as the business form sends them.
import { businessFields } from '../../testing/factories';
import { check, checkChangeLog, reopenChecked, setUpOffice, signedIn } from '../checks';
import type { CrashScenario } from '../scenario';

/** `LlifeNop`: every write carries a tag unique across lives, stored in the fields it changes. */
// Letters between the numbers: names are compared without punctuation, so "3-14" and "31-4" would be one business.
const tag = (life: number, op: number) => `L${life}N${op}`;

export const scenario: CrashScenario = {
  name: 'form saves',
  killWindowMs: 15,
  maxHots: 16,

  async prepare(dataDir, life) {
    if (life === 0) await setUpOffice(dataDir);
  },

  async act(dataDir, io) {
    const app = signedIn(dataDir);
    const page = await app.ok('businesses.list', { limit: 500 });
    const ids = page.rows.map((b) => b.id);
    for (let op = 0; ; op += 1) {
      const t = tag(io.life, op);
      const id = ids[Math.floor(io.random() * ids.length)];
      if (id === undefined || io.random() < 0.4) {
        io.hot();
        const created = await app.ok(
          'businesses.create',
          businessFields({ name: `Cơ sở ${t}`, address: `Số ${t}`, registrationNo: `CR${t}`, notes: `tạo ${t}` }),
        );
        ids.push(created.id);
        io.ack({ kind: 'create', id: created.id, tag: t, life: io.life });
      } else {
        const current = await app.ok('businesses.get', { id });
        io.hot();
        await app.ok('businesses.update', { id, fields: { ...current, notes: `sửa ${t}`, workersTotal: 10 + (op % 50) } });
        io.ack({ kind: 'update', id, tag: t, life: io.life });
      }
    }
  },

  verify({ dataDir, life, acks }) {
    // The write in flight at each kill (op number = that life's ack count) may have been applied or not,
    // and one applied in an earlier life stays: a row holds its last acknowledged value or a later in-flight one.
    const inFlight = Array.from({ length: life + 1 }, (_, l) => tag(l, acks.filter((a) => a.life === l).length));
    const expected = new Map<string, { value: string; life: number }>();
    for (const ack of acks) {
      expected.set(String(ack.id), { value: `${ack.kind === 'create' ? 'tạo' : 'sửa'} ${String(ack.tag)}`, life: Number(ack.life) });
    }
    const db = reopenChecked(dataDir);
    try {
      const rows = db.prepare('SELECT id, name, notes, workers_total FROM business').all() as { id: string; name: string; notes: string }[];
      for (const row of rows) {
        const want = expected.get(row.id);
        if (want === undefined) {
          check(inFlight.some((t) => row.name === `Cơ sở ${t}`), `business ${row.name} was never acknowledged`);
          continue;
        }
        const later = inFlight.slice(want.life).map((t) => `sửa ${t}`);
        check(row.notes === want.value || later.includes(row.notes), `business ${row.name} holds "${row.notes}", acknowledged "${want.value}"`);
      }
      const present = new Set(rows.map((r) => r.id));
      const lost = [...expected.keys()].filter((id) => !present.has(id));
      check(lost.length === 0, `acknowledged businesses lost: ${lost.join(', ')}`);
      checkChangeLog(db);
    } finally {
      db.close();
    }
  },
};
