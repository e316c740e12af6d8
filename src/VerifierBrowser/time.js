// Times as .NET writes a DateTimeOffset in JSON ("2026-03-02T09:15:00.123456+00:00"), kept to the 100 ns tick:
// JavaScript's Date keeps only milliseconds, and the hashes cover microseconds.

import { MalformedError } from './bytes.js';

const TicksPerSecond = 10_000_000n;
const TicksPerDay = 86_400n * TicksPerSecond;
const UnixEpochTicks = 621_355_968_000_000_000n;
const MaxTicks = 3_155_378_975_999_999_999n;

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})$/;

/** The moment in ticks (100 ns) since 0001-01-01T00:00:00Z, UTC. */
export function utcTicks(text) {
  const m = typeof text === 'string' ? pattern.exec(text) : null;
  if (m === null)
    throw new MalformedError(`'${text}' is not a time with its offset`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const fraction = BigInt((m[7] ?? '').padEnd(7, '0'));
  const offsetMinutes = m[8] === 'Z' ? 0 : (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || Math.abs(offsetMinutes) > 14 * 60)
    throw new MalformedError(`'${text}' is not a time with its offset`);
  const local = BigInt(daysBefore(year, month, day)) * TicksPerDay + BigInt(hour * 3600 + minute * 60 + second) * TicksPerSecond + fraction;
  const ticks = local - BigInt(offsetMinutes) * 60n * TicksPerSecond;
  if (ticks < 0n || ticks > MaxTicks)
    throw new MalformedError(`'${text}' is outside the years 1 to 9999`);
  return ticks;
}

/** Microseconds since 1970-01-01T00:00:00Z, cut toward zero as .NET's integer division does. */
export function unixMicroseconds(ticks) {
  return (ticks - UnixEpochTicks) / 10n;
}

/** The time as a checkpoint's signed text spells it: UTC, always six fraction digits (cut, not rounded), then Z. */
export function checkpointTime(ticks) {
  let days = Number(ticks / TicksPerDay);
  const inDay = ticks % TicksPerDay;
  const seconds = Number(inDay / TicksPerSecond);
  const micros = Number((inDay % TicksPerSecond) / 10n);
  let year = 1;
  while (days >= daysInYear(year)) {
    days -= daysInYear(year);
    year++;
  }
  let month = 1;
  while (days >= daysInMonth(year, month)) {
    days -= daysInMonth(year, month);
    month++;
  }
  const two = n => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(days + 1)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.${String(micros).padStart(6, '0')}Z`;
}

function isLeap(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInYear(year) {
  return isLeap(year) ? 366 : 365;
}

function daysInMonth(year, month) {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function daysBefore(year, month, day) {
  const y = year - 1;
  let days = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  for (let m = 1; m < month; m++)
    days += daysInMonth(year, m);
  return days + day - 1;
}
