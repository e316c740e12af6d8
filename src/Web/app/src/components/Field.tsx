import type { ComponentChildren } from 'preact';

type FieldProps = { id: string; label: string; error?: string; hint?: string; optional?: boolean; children: ComponentChildren };

/** A DKFDS form group: label, hint, the error it has (marked for the eye and for a screen reader), and the control. */
export function Field({ id, label, error, hint, optional, children }: FieldProps) {
  return (
    <div class={error ? 'form-group form-error' : 'form-group'}>
      <label class="form-label" for={id}>
        {label}
        {optional && <span class="weight-normal"> (frivilligt)</span>}
      </label>
      <FieldMessages id={id} error={error} hint={hint} />
      {children}
    </div>
  );
}

/** A field's hint and its error, marked for the eye and for a screen reader, with the ids <code>describedBy</code> points at. */
export function FieldMessages({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && <span class="form-hint" id={`${id}-hint`}>{hint}</span>}
      {error && (
        <span class="form-error-message" id={`${id}-error`}>
          <span class="sr-only">Fejl: </span>
          {error}
        </span>
      )}
    </>
  );
}

/** The aria attributes a control inside <Field> needs for its hint and error. */
export const describedBy = (id: string, error?: string, hint?: string) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
});
