import { randomInt } from 'node:crypto';
import { clearCode, storeCode } from '../../db/oneTimeCodes';
import { setUserPassword } from '../../db/users';
import type { AppContext } from '../api/context';
import { hashPassword, UNSET_PASSWORD } from './password';

/*
 * An account without a password (new, reset, or the first administrator of an unattended setup) cannot be
 * claimed by whoever types its name: setting the password needs the one-time code the administrator was
 * shown once (or IT staff got from `init` / `users reset-password`), before it expires.
 */

/** No 0/O, 1/I/L: read from a screen or a printout and typed by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;
/** Three days: time for IT staff's note to reach the person, short enough that a lost one dies. */
export const ONE_TIME_CODE_HOURS = 72;

export interface OneTimeCode {
  code: string;
  expiresAt: string;
}

/** "K7QM-3XPA-W9TD": about 59 bits from the system's CSPRNG. */
export function newCodeText(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** As typed: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * Clears the user's password and gives a new code (replacing any earlier one). Hash first (async), then
 * one transaction, so the account is never without a code and a password at the same time.
 */
export async function issueOneTimeCode(app: AppContext, userId: string, stamp: { now: string; userId: string | null }): Promise<OneTimeCode> {
  const code = newCodeText();
  const codeHash = await hashPassword(normaliseCode(code));
  const expiresAt = new Date(Date.parse(stamp.now) + ONE_TIME_CODE_HOURS * 3600_000).toISOString();
  app.db.transaction(() => {
    setUserPassword(app.db, userId, UNSET_PASSWORD, stamp);
    storeCode(app.db, userId, { codeHash, expiresAt }, stamp);
  })();
  return { code, expiresAt };
}

export function dropOneTimeCode(app: AppContext, userId: string): void {
  clearCode(app.db, userId);
}
