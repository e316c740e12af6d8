import { useEffect, useState } from 'preact/hooks';
import { Refused } from '../api/client';
import { describedBy, FieldMessages } from './Field';

type Parts = { day: string; month: string; year: string };

type DateInputProps = { id: string; label: string; value: string; onValue: (value: string) => void; error?: string; hint?: string };

const written = /^(\d*)-(\d*)-(\d*)$/;

const partsOf = (value: string): Parts => {
  const [, year = '', month = '', day = ''] = written.exec(value) ?? [];
  return { day, month, year };
};

const twoDigits = (text: string) => (text.length === 1 ? `0${text}` : text);

/** What the user wrote as "year-month-day"; an ISO date when they wrote a whole one, padded so that 3 3 2025 is 2025-03-03. */
const composed = ({ day, month, year }: Parts) => (day || month || year ? `${year}-${twoDigits(month)}-${twoDigits(day)}` : '');

/** Whether the day exists in the calendar: 29-02-2028 does, 31-02-2026 does not. */
const exists = (year: number, month: number, day: number) => {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
};

/**
 * DKFDS's date input (datofelter): day, month and year in three fields under one legend, which DKFDS recommends for
 * a date the user knows, such as the day a meeting was held. The value is what the fields hold as yyyy-mm-dd, an
 * ISO date for the API once they hold a real one; <code>dateIn</code> reads it when the form is sent.
 */
export function DateInput({ id, label, value, onValue, error, hint }: DateInputProps) {
  const [parts, setParts] = useState(() => partsOf(value));
  useEffect(() => {
    if (value !== composed(parts))
      setParts(partsOf(value));
  }, [value]);
  const change = (part: keyof Parts, text: string) => {
    const next = { ...parts, [part]: text.trim() };
    setParts(next);
    onValue(composed(next));
  };
  const field = (part: keyof Parts, name: string, group: string) => (
    <div class={`form-group ${group}`}>
      <label class="form-label" for={`${id}-${part}`}>{name}</label>
      <input class="form-input" type="number" id={`${id}-${part}`} value={parts[part]} required aria-invalid={error ? true : undefined}
        onInput={(e) => change(part, e.currentTarget.value)} />
    </div>
  );
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <fieldset id={id} aria-describedby={describedBy(id, error, hint)['aria-describedby']}>
        <legend class="form-label">{label}</legend>
        <FieldMessages id={id} error={error} hint={hint} />
        <div class="date-group mt-3">
          {field('day', 'Dag', 'form-group-day')}
          {field('month', 'Måned', 'form-group-month')}
          {field('year', 'År', 'form-group-year')}
        </div>
      </fieldset>
    </div>
  );
}

/** The ISO date a DateInput holds, or a refusal naming the field, as the server would give it: 31-02-2026 is no date. */
export function dateIn(value: string, field: string): string {
  const { day, month, year } = partsOf(value);
  if (!day || !month || !year)
    throw new Refused([{ message: 'Skriv datoen med dag, måned og år, fx 31 03 2025.', field }]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !exists(Number(year), Number(month), Number(day)))
    throw new Refused([{ message: `${twoDigits(day)}-${twoDigits(month)}-${year} findes ikke i kalenderen. Tjek dag, måned og år.`, field }]);
  return value;
}
