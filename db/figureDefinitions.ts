/*
 * What the targets count, in one place: every query behind a target figure (the dashboard, the commune bars,
 * the inspections and training headers, the periodic report, the CLI) takes its conditions from here, so a
 * figure cannot be 40 on one screen and 43 on another.
 */

/**
 * A business counts towards T9 and T3 (numerator and denominator) while it is operating: a suspended or
 * closed business is in the register but not among "cơ sở đang hoạt động", as the report's tables name them.
 */
export const countedBusiness = (alias: string): string => `${alias}.status = 'operating'`;

/**
 * A person counts in the staff register (T12's denominator) on the day `@until` unless they had left by then:
 * "đã nghỉ" with a date leaves the live denominator from that date; a left person without a date is out.
 */
export const countedStaff = (alias: string): string => `(${alias}.status = 'active' OR (${alias}.left_on IS NOT NULL AND ${alias}.left_on > @until))`;

/** A record dated after the day figures are taken (`@until`: today, or the end of a past year) does not count yet. */
export const notAfter = (column: string): string => `${column} <= @until`;
