import { z } from 'zod';

/** Validation messages are message keys, translated by whoever shows them (renderer or CLI). */
export const trimmed = (max: number) =>
  z
    .string({ error: 'validation.text' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, { error: 'validation.tooLong' }));

export const requiredText = (max: number) =>
  trimmed(max).pipe(z.string().min(1, { error: 'validation.required' }));

export const Uuid = z.uuid({ error: 'validation.id' });

/** A calendar date, stored as YYYY-MM-DD and shown as dd/mm/yyyy. */
export const CalendarDate = z.iso.date({ error: 'validation.date' });

export const UnitLevel = z.enum(['province', 'district', 'commune'], { error: 'validation.choice' });
export type UnitLevel = z.infer<typeof UnitLevel>;

export const Role = z.enum(['admin', 'clerk', 'inspector'], { error: 'validation.choice' });
export type Role = z.infer<typeof Role>;

/** Opaque file content crossing the boundary (IPC or HTTP) as base64. */
export const FileBytes = z
  .string()
  .max(80 * 1024 * 1024, { error: 'validation.fileTooLarge' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.file' });
