import { describedBy, Field } from './Field';

type Common = { id: string; label: string; value: string; onValue: (value: string) => void; error?: string; hint?: string; optional?: boolean };

type TextInputProps = Common & { type?: 'text' | 'date'; inputMode?: 'decimal' | 'numeric'; width?: 'xsmall' | 'small' | 'medium'; multiline?: boolean };

/** A labelled DKFDS text, number or date field with its hint and error. */
export function TextInput({ id, label, value, onValue, error, hint, optional, type = 'text', inputMode, width, multiline }: TextInputProps) {
  const aria = describedBy(id, error, hint);
  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional}>
      {multiline
        ? <textarea class="form-input" id={id} rows={3} value={value} onInput={(e) => onValue(e.currentTarget.value)} {...aria} />
        : <input class={width ? `form-input form-input--${width}` : 'form-input'} type={type} inputMode={inputMode} id={id} value={value}
            onInput={(e) => onValue(e.currentTarget.value)} required={!optional} {...aria} />}
    </Field>
  );
}

export type Option = { value: string; text: string };

/** A labelled DKFDS drop-down. */
export function Choice({ id, label, value, onValue, error, hint, options }: Common & { options: Option[] }) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select class="form-select" id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)} {...describedBy(id, error, hint)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
      </select>
    </Field>
  );
}
