import type { Db } from '../../db/open';
import { ApiError } from '../api/errors';
import type { Handler } from '../api/router';

/*
 * Who denounced a business is kept only in case_record's reporter columns (Law on Denunciation 2018,
 * art. 47; Law 136/2025/QH15; PDPL 91/2025/QH15). Every case the API returns goes out with them
 * blank; seeing them is its own call (cases.revealReporter), for the case-log area only, written to the
 * activity log with its reason. They never travel in a package (db/packageRecords.ts), and anonymising
 * a case wipes them from the change log too, with secure_delete so the freed bytes are zeroed.
 */

interface WithReporter {
  reporterName: string;
  reporterContact: string;
  anonymous: boolean;
}

export function redactCase<C extends WithReporter>(c: C): C & { reporterHidden: boolean } {
  return { ...c, reporterName: '', reporterContact: '', reporterHidden: c.reporterName !== '' || c.reporterContact !== '' };
}

interface StoredReporter {
  name: string;
  contact: string;
  anonymous: boolean;
}

function storedReporter(db: Db, id: string): StoredReporter | undefined {
  const row = db.prepare('SELECT reporter_name AS name, reporter_contact AS contact, anonymous FROM case_record WHERE id = ?').get(id) as
    | { name: string; contact: string; anonymous: number }
    | undefined;
  return row && { name: row.name, contact: row.contact, anonymous: row.anonymous === 1 };
}

/** The identity, for cases.revealReporter (the router checks the area and logs the call with its reason). */
export function revealReporter(db: Db, id: string): { reporterName: string; reporterContact: string; anonymous: boolean } {
  const found = storedReporter(db, id);
  if (!found) throw new ApiError('NOT_FOUND', 'cases.error.notFound');
  return { reporterName: found.name, reporterContact: found.contact, anonymous: found.anonymous };
}

/** Every earlier image of the case in the change log loses its reporter: the case's own row already has. */
export function forgetReporter(db: Db, id: string): void {
  db.prepare(
    `UPDATE change_log SET row_json = json_set(row_json, '$.reporter_name', '', '$.reporter_contact', '')
     WHERE table_name = 'case_record' AND row_id = ?
       AND (json_extract(row_json, '$.reporter_name') <> '' OR json_extract(row_json, '$.reporter_contact') <> '')`,
  ).run(id);
}

type CaseHandlers = {
  'cases.list': Handler<'cases.list'>;
  'cases.get': Handler<'cases.get'>;
  'cases.create': Handler<'cases.create'>;
  'cases.update': Handler<'cases.update'>;
};

/**
 * The case handlers with the identity taken out of what they return. An update whose reporter fields
 * are blank keeps the stored reporter (the form never held it); marking the case anonymous removes it
 * everywhere the database keeps a copy.
 */
export function withReporterRedacted<H extends CaseHandlers>(inner: H): H {
  return {
    ...inner,
    'cases.list': async (ctx, input) => {
      const out = await inner['cases.list'](ctx, input);
      return { ...out, rows: out.rows.map(redactCase) };
    },
    'cases.get': async (ctx, input) => redactCase(await inner['cases.get'](ctx, input)),
    'cases.create': async (ctx, input) => {
      const out = await inner['cases.create'](ctx, input);
      return { ...out, case: redactCase(out.case) };
    },
    'cases.update': async (ctx, input) => {
      const db = ctx.app.db;
      const before = storedReporter(db, input.id);
      const fields = { ...input.fields };
      if (before && !fields.anonymous && fields.reporterName === '' && fields.reporterContact === '') {
        fields.reporterName = before.name;
        fields.reporterContact = before.contact;
      }
      const anonymising = fields.anonymous && before !== undefined && (before.name !== '' || before.contact !== '');
      // Freed bytes are zeroed from now on on this connection, so the name is not left in the file's free space.
      if (anonymising) db.pragma('secure_delete = ON');
      const out = db
        .transaction(() => {
          const saved = inner['cases.update'](ctx, { ...input, fields });
          if (anonymising) forgetReporter(db, input.id);
          return saved;
        })
        .immediate();
      const saved = await out;
      return { ...saved, case: redactCase(saved.case) };
    },
  };
}
