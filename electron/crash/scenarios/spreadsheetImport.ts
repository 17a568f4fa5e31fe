// Spreadsheet import: businesses.importRead, then businesses.importCommit of a few hundred rows in one
// transaction. After a kill each import is all there or not there at all.
import { check, checkChangeLog, reopenChecked, setUpOffice, signedIn } from '../checks';
import type { CrashScenario } from '../scenario';
import { readSheet, taggedSheet } from '../sheets';

const ROWS = 300;
// Letters between the numbers: names are compared without punctuation, so "3-14" and "31-4" would be one business.
const tag = (life: number, op: number) => `L${life}N${op}`;

export const scenario: CrashScenario = {
  name: 'spreadsheet import',
  // Reading the sheet dominates a life, so each life aims at its first commit: 300 rows take from
  // tens to hundreds of milliseconds on a busy machine, and the kill falls before, inside or after them.
  killWindowMs: 600,
  maxHots: 1,

  async prepare(dataDir, life) {
    if (life === 0) await setUpOffice(dataDir);
  },

  async act(dataDir, io) {
    const app = signedIn(dataDir);
    const communes = (await app.ok('units.communes', {})).map((c) => c.code);
    for (let op = 0; ; op += 1) {
      const t = tag(io.life, op);
      const jobId = await readSheet(app, await taggedSheet(t, communes, ROWS));
      io.hot();
      const result = await app.ok('businesses.importCommit', { jobId, validOnly: false });
      check(result.imported === ROWS, `imported ${result.imported} of ${ROWS}`);
      io.ack({ tag: t, life: io.life });
    }
  },

  verify({ dataDir, life, acks }) {
    const inFlight = new Set(Array.from({ length: life + 1 }, (_, l) => tag(l, acks.filter((a) => a.life === l).length)));
    const db = reopenChecked(dataDir);
    try {
      const groups = db.prepare("SELECT notes, count(*) AS n FROM business WHERE notes LIKE 'nhập %' GROUP BY notes").all() as {
        notes: string;
        n: number;
      }[];
      const found = new Map(groups.map((g) => [g.notes.slice('nhập '.length), g.n]));
      for (const [t, n] of found) {
        check(n === ROWS, `import ${t} is half-applied: ${n} of ${ROWS} rows`);
        check(acks.some((a) => a.tag === t) || inFlight.has(t), `import ${t} was never acknowledged`);
      }
      const lost = acks.filter((a) => !found.has(String(a.tag)));
      check(lost.length === 0, `acknowledged imports lost: ${lost.map((a) => String(a.tag)).join(', ')}`);
      checkChangeLog(db);
    } finally {
      db.close();
    }
  },
};
