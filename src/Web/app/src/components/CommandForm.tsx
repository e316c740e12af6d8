import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Refused, type Problem } from '../api/client';
import { parseNumber } from '../format/danish';
import { Alert } from './Alert';
import { ErrorSummary } from './ErrorSummary';

export type Command = ReturnType<typeof useCommand>;

/**
 * The state every form on a page shares: the server's refusals (each mapped to the control it is about), the
 * success message and whether it is being sent. send() runs the request and reports what came of it.
 */
export function useCommand(fieldIds: Record<string, string>, failure: string) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => problems.find((p) => p.field && fieldIds[p.field] === fieldIds[field])?.message;
  const send = async (action: () => Promise<unknown>, success: string): Promise<boolean> => {
    setBusy(true);
    setDone(undefined);
    try {
      await action();
      setProblems([]);
      setDone(success);
      return true;
    } catch (error) {
      setProblems(error instanceof Refused ? error.problems : [{ message: failure }]);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { fieldIds, problems, done, busy, errorOf, send };
}

type CommandFormProps = { id: string; title: string; command: Command; submit: string; onSubmit: () => void; closed?: boolean; children: ComponentChildren };

/**
 * A form's section: its heading, DKFDS's error summary on a refusal, the success alert in a live region, and the submit
 * button. When its command has left nothing more to do here (the last party signed), it is <code>closed</code>: the
 * section stays with its success alert and the children say why, instead of the form vanishing with the confirmation.
 */
export function CommandForm({ id, title, command, submit, onSubmit, closed, children }: CommandFormProps) {
  const handle = (event: Event) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {command.problems.length > 0 && <ErrorSummary problems={command.problems} fieldIds={command.fieldIds} />}
      <div aria-live="polite">{command.done && <Alert variant="success">{command.done}</Alert>}</div>
      {closed ? children : (
        <form onSubmit={handle} noValidate>
          {children}
          <button type="submit" class="button button-primary" disabled={command.busy}>{submit}</button>
        </form>
      )}
    </section>
  );
}

/** A number the user wrote the Danish way, or a refusal naming the field, as the server would give it. */
export function numberIn(text: string, field: string): number {
  const value = parseNumber(text);
  if (value === undefined)
    throw new Refused([{ message: `Skriv et tal, fx 1.234,5 – ikke "${text}".`, field }]);
  return value;
}
