/**
 * Time as the clinic keeps it: Europe/Moscow, which has been UTC+03:00 all year since 2014,
 * so a fixed offset is exact. Date-times are written with the offset (`2026-03-02T09:30:00+03:00`),
 * as a Russian clinic's system would send them.
 */
export const CLINIC_TIME_ZONE = 'Europe/Moscow';
export const CLINIC_UTC_OFFSET = '+03:00';

const OFFSET_MS = 3 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** `epochMs` as a FHIR dateTime in clinic time, to the second. */
export function toClinicDateTime(epochMs: number): string {
  const local = new Date(epochMs + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}${CLINIC_UTC_OFFSET}`;
}

/** `epochMs` as a FHIR instant in UTC with milliseconds (the form of `meta.lastUpdated`). */
export function toInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** The clinic's calendar date (`YYYY-MM-DD`) at `epochMs`. */
export function clinicDate(epochMs: number): string {
  return new Date(epochMs + OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms of `hour:minute` clinic time on the clinic calendar date `date`. */
export function clinicTimeOn(date: string, hour: number, minute = 0): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole years between a birth date and a calendar date. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** `2025-03-14` → `14.03.2025`, the Russian way. */
export function russianDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
