const kroner = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const figures = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('da-DK', { style: 'percent', maximumFractionDigits: 0 });
const clock = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
const calendarDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Copenhagen' });

/** 1234567 as "1.234.567 kr." */
export const amount = (value: number): string => `${kroner.format(value)} kr.`;

/** "1.234,5", "1234,5" or "1234.5" as 1234.5; undefined when it is not a number. */
export const parseNumber = (text: string): number | undefined => {
  const written = text.replace(/\s/g, '');
  const plain = written.includes(',') || /^-?\d{1,3}(\.\d{3})+$/.test(written) ? written.replace(/\./g, '').replace(',', '.') : written;
  return written !== '' && Number.isFinite(Number(plain)) ? Number(plain) : undefined;
};

export const figure = (value: number): string => figures.format(value);

export const share = (value: number): string => percent.format(value);

/** An ISO date (2025-03-31) as "31-03-2025"; the API's dates have no time zone, so none is applied. */
export const date = (iso: string): string => {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
};

/** A moment as "31-03-2025 kl. 14.05", in Danish time. */
export const moment = (iso: string): string => {
  const at = new Date(iso);
  return `${date(calendarDay.format(at))} kl. ${clock.format(at)}`;
};

/** Whole days from one ISO date to another. */
export const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** An ISO date so many days later, e.g. addDays('2025-03-31', 90) is '2025-06-29'. */
export const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
