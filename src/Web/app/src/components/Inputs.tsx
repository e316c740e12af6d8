import { describedBy, Field } from './Field';

type Common = { id: string; label: string; value: string; onValue: (value: string) => void; error?: string; hint?: string; optional?: boolean };

type TextInputProps = Common & { inputMode?: 'decimal' | 'numeric'; width?: 'xsmall' | 'small' | 'medium'; multiline?: boolean };

/** A labelled DKFDS text or number field with its hint and error. */
export function TextInput({ id, label, value, onValue, error, hint, optional, inputMode, width, multiline }: TextInputProps) {
  const aria = describedBy(id, error, hint);
  return (
    <Field id={id} label={label} error={error} hint={hint} optional={optional}>
      {multiline
        ? <textarea class="form-input" id={id} rows={3} value={value} onInput={(e) => onValue(e.currentTarget.value)} {...aria} />
        : <input class={width ? `form-input form-input--${width}` : 'form-input'} type="text" inputMode={inputMode} id={id} value={value}
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

/** A DKFDS group of check boxes under one legend; the values are those checked. */
export function Checkboxes({ id, label, values, onValues, error, hint, options }: Omit<Common, 'value' | 'onValue'> & { values: string[]; onValues: (values: string[]) => void; options: Option[] }) {
  const toggle = (value: string, checked: boolean) => onValues(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <fieldset id={id} aria-describedby={describedBy(id, error, hint)['aria-describedby']}>
        <legend class="form-label">{label}</legend>
        {hint && <span class="form-hint" id={`${id}-hint`}>{hint}</span>}
        {error && <span class="form-error-message" id={`${id}-error`}><span class="sr-only">Fejl: </span>{error}</span>}
        {options.map((o, i) => (
          <div class="form-group-checkbox" key={o.value}>
            <input type="checkbox" class="form-checkbox" id={`${id}-option${i + 1}`} checked={values.includes(o.value)} onChange={(e) => toggle(o.value, e.currentTarget.checked)} />
            <label class="form-label" for={`${id}-option${i + 1}`}>{o.text}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
