// Calendar dates as the dataset writes them: full ISO days, or months read as their first day and flagged approximate.

/** A day as `YYYY-MM-DD`; such strings order correctly when compared as strings. */
export type Day = string;

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real date `YYYY-MM-DD` or month `YYYY-MM`; false for anything else, including 2019-02-30. */
export function isCalendarDate(value: string): boolean {
  const full = FULL.exec(value);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  }
  const month = MONTH.exec(value);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12;
  }
  return false;
}

/** True when the date names only a month, so anything that depends on it is approximate. */
export function isApproximate(value: string): boolean {
  return MONTH.test(value);
}

/** The day a dataset date stands for: a month means its first day. Throws on a value that is not a date. */
export function toDay(value: string): Day {
  if (!isCalendarDate(value)) throw new RangeError(`toDay: not an ISO date: ${JSON.stringify(value)}`);
  return MONTH.test(value) ? `${value}-01` : value;
}

/** The day after `day` (for validity windows that end the day before an event). */
export function addDays(day: Day, n: number): Day {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Compare two days; negative when a is earlier. */
export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
