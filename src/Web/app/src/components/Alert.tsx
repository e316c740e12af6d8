import type { ComponentChildren } from 'preact';

type AlertProps = { variant: 'error' | 'success' | 'info'; classes?: string; children: ComponentChildren };

/** A DKFDS alert; an error is announced at once (role="alert"), the others where they sit in a live region. */
export function Alert({ variant, classes, children }: AlertProps) {
  return (
    <div class={`alert alert-${variant}${classes ? ` ${classes}` : ''}`} role={variant === 'error' ? 'alert' : undefined}>
      <div class="alert-body"><p class="alert-text">{children}</p></div>
    </div>
  );
}
