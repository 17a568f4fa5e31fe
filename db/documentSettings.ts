/** What the printed documents say about the office (table document_setting): Decree 30/2020 header parts. */
import type Database from 'better-sqlite3';

type Db = Database.Database;

export const DOCUMENT_SETTING_KEYS = ['parentBody', 'place', 'teamName', 'reportSymbol', 'minutesSymbol', 'signHead', 'signPreparer', 'recipients'] as const;
export type DocumentSettingKey = (typeof DOCUMENT_SETTING_KEYS)[number];
export type DocumentSettings = Record<DocumentSettingKey, string>;

export function documentSettings(db: Db): DocumentSettings {
  const rows = db.prepare('SELECT key, value FROM document_setting').all() as { key: DocumentSettingKey; value: string }[];
  const found = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(DOCUMENT_SETTING_KEYS.map((key) => [key, found.get(key) ?? ''])) as DocumentSettings;
}

export function setDocumentSettings(db: Db, values: Partial<DocumentSettings>): void {
  const upsert = db.prepare('INSERT INTO document_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const key of DOCUMENT_SETTING_KEYS) {
    const value = values[key];
    if (value !== undefined) upsert.run(key, value);
  }
}
