// Calendar dates as the dataset writes them: full ISO days, or a month or year read as its first day and flagged
// approximate (sources often give only the month an agreement entered into force).

/** A day as `YYYY-MM-DD`; such strings order correctly when compared as strings. */
export type Day = string;

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1–12) of a year, counted without a Date (date checks run hundreds of thousands of times on a
 * large dataset), and as Date.UTC counts them: years 0–99 stand for 1900–1999.
 */
function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  const y = year < 100 ? year + 1900 : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** True for a real date `YYYY-MM-DD`, month `YYYY-MM` or year `YYYY`; false for anything else, e.g. 2019-02-30. */
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
  return YEAR.test(value);
}

/**
 * True for a calendar day `YYYY-MM-DD` that exists (2019-02-28, not 2019-02-30), the only form a query date takes;
 * false for a month or year alone and for anything else.
 */
export function isIsoDay(value: string): boolean {
  return FULL.test(value) && isCalendarDate(value);
}

/** True when the date names only a month or a year, so anything that depends on it is approximate. */
export function isApproximate(value: string): boolean {
  return MONTH.test(value) || YEAR.test(value);
}

/** The last day a month or year date may stand for (the day itself for a full date). */
export function lastDayOf(value: string): Day {
  if (YEAR.test(value)) return `${value}-12-31`;
  const month = MONTH.exec(value);
  if (month) return `${value}-${String(daysInMonth(Number(month[1]), Number(month[2]))).padStart(2, "0")}`;
  return toDay(value);
}

/** The day a dataset date stands for: a month or year means its first day. Throws on a value that is not a date. */
export function toDay(value: string): Day {
  if (!isCalendarDate(value)) throw new RangeError(`toDay: not an ISO date: ${JSON.stringify(value)}`);
  if (YEAR.test(value)) return `${value}-01-01`;
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
