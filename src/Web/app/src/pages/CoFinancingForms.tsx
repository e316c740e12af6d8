import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CommandForm, numberIn, useCommand } from '../components/CommandForm';
import { DateInput, dateIn } from '../components/DateInput';
import { Choice, TextInput } from '../components/Inputs';
import { amount as kroner, date } from '../format/danish';
import { graphql } from '../gql';
import { today } from '../pageData';
import type { AgreementDetails } from './AgreementPage';

const CommitCoFinancingDocument = graphql(`
  mutation CommitCoFinancing($input: CommitCoFinancingInput!) {
    commitCoFinancing(input: $input) { agreement { version } }
  }
`);

const InvoiceCoFinancingDocument = graphql(`
  mutation InvoiceCoFinancing($input: InvoiceCoFinancingInput!) {
    invoiceCoFinancing(input: $input) { agreement { version } }
  }
`);

const PayCoFinancingDocument = graphql(`
  mutation PayCoFinancing($input: PayCoFinancingInput!) {
    payCoFinancing(input: $input) { agreement { version } }
  }
`);

type FormProps = { agreement: AgreementDetails; onSaved: () => void };

const commitFields: Record<string, string> = {
  'input.partyId': 'commit-party', 'input.year': 'commit-year', 'input.amount': 'commit-amount', 'input.purpose': 'commit-purpose',
};

/** BRN records a party's promise of money (or hours) for a year. */
export function CommitForm({ agreement, onSaved }: FormProps) {
  const [partyId, setPartyId] = useState(agreement.parties[0]?.organisation.id ?? '');
  const [year, setYear] = useState(today.slice(0, 4));
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState('');
  const command = useCommand(commitFields, 'Tilsagnet blev ikke registreret. Prøv igen.');
  const party = agreement.parties.find((p) => p.organisation.id === partyId)?.organisation.name;
  const submit = async () => {
    const committed = await command.send(() => request(CommitCoFinancingDocument, {
      input: {
        agreementId: agreement.id, expectedVersion: agreement.version, partyId,
        year: numberIn(year, 'input.year'), amount: numberIn(amount, 'input.amount'), purpose,
      },
    }), `Tilsagnet fra ${party} for ${year} er registreret.`);
    if (committed) {
      setAmount('');
      setPurpose('');
      onSaved();
    }
  };
  return (
    <CommandForm id="commit-co-financing" title="Registrér et tilsagn om medfinansiering" command={command} submit="Registrér tilsagnet" onSubmit={submit}>
      <Choice id="commit-party" label="Part" value={partyId} onValue={setPartyId} error={command.errorOf('input.partyId')}
        options={agreement.parties.map((p) => ({ value: p.organisation.id, text: p.organisation.name }))} />
      <TextInput id="commit-year" label="År" inputMode="numeric" width="xsmall" value={year} onValue={setYear} error={command.errorOf('input.year')} />
      <TextInput id="commit-amount" label="Beløb i kroner" hint="Fx 250.000" inputMode="decimal" width="medium" value={amount} onValue={setAmount} error={command.errorOf('input.amount')} />
      <TextInput id="commit-purpose" label="Formål" value={purpose} onValue={setPurpose} error={command.errorOf('input.purpose')} />
    </CommandForm>
  );
}

type Commitment = AgreementDetails['coFinancing']['commitments'][number];

const describe = (c: Commitment) => `${c.party.name}, ${c.year}: ${kroner(c.amount)} (${c.purpose})`;

const invoiceFields: Record<string, string> = {
  'input.commitmentId': 'invoice-commitment', 'input.amount': 'invoice-amount', 'input.invoicedOn': 'invoice-invoiced-on', 'input.dueOn': 'invoice-due-on',
};

/** BRN invoices part of a commitment not yet invoiced; after the last, the confirmation stays. */
export function InvoiceForm({ agreement, onSaved }: FormProps) {
  const open = agreement.coFinancing.commitments.filter((c) => c.status !== 'CANCELLED' && c.invoiced < c.amount);
  const [commitmentId, setCommitmentId] = useState(open[0]?.id ?? '');
  const [amount, setAmount] = useState('');
  const [invoicedOn, setInvoicedOn] = useState(today);
  const [dueOn, setDueOn] = useState(today);
  const command = useCommand(invoiceFields, 'Fakturaen blev ikke registreret. Prøv igen.');
  const chosen = open.find((c) => c.id === commitmentId) ?? open[0];
  if (!chosen && !command.done)
    return null;
  const submit = async () => {
    const invoiced = chosen && await command.send(() => request(InvoiceCoFinancingDocument, {
      input: { agreementId: agreement.id, expectedVersion: agreement.version, commitmentId: chosen.id, amount: numberIn(amount, 'input.amount'),
        invoicedOn: dateIn(invoicedOn, 'input.invoicedOn'), dueOn: dateIn(dueOn, 'input.dueOn') },
    }), `Fakturaen på ${amount} kr. er registreret.`);
    if (invoiced) {
      setAmount('');
      onSaved();
    }
  };
  return (
    <CommandForm id="invoice-co-financing" title="Registrér en faktura" command={command} submit="Registrér fakturaen" onSubmit={submit} closed={!chosen}>
      {chosen ? (
        <>
          <Choice id="invoice-commitment" label="Tilsagn" value={chosen.id} onValue={setCommitmentId} error={command.errorOf('input.commitmentId')}
            options={open.map((c) => ({ value: c.id, text: `${describe(c)}, ikke faktureret: ${kroner(c.amount - c.invoiced)}` }))} />
          <TextInput id="invoice-amount" label="Beløb i kroner" hint="Fx 125.000" inputMode="decimal" width="medium" value={amount} onValue={setAmount} error={command.errorOf('input.amount')} />
          <DateInput id="invoice-invoiced-on" label="Fakturadato" value={invoicedOn} onValue={setInvoicedOn} error={command.errorOf('input.invoicedOn')} />
          <DateInput id="invoice-due-on" label="Forfaldsdato" value={dueOn} onValue={setDueOn} error={command.errorOf('input.dueOn')} />
        </>
      ) : <p>Alle tilsagn er faktureret.</p>}
    </CommandForm>
  );
}

const paymentFields: Record<string, string> = {
  'input.commitmentId': 'payment-invoice', 'input.invoiceId': 'payment-invoice', 'input.amount': 'payment-amount', 'input.paidOn': 'payment-paid-on',
};

/** BRN registers a payment against an invoice with something outstanding; after the last, the confirmation stays. */
export function PaymentForm({ agreement, onSaved }: FormProps) {
  const unpaid = agreement.coFinancing.commitments.flatMap((c) => c.invoices.filter((i) => i.outstanding > 0).map((invoice) => ({ commitment: c, invoice })));
  const [invoiceId, setInvoiceId] = useState(unpaid[0]?.invoice.id ?? '');
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const command = useCommand(paymentFields, 'Betalingen blev ikke registreret. Prøv igen.');
  const chosen = unpaid.find((u) => u.invoice.id === invoiceId) ?? unpaid[0];
  if (!chosen && !command.done)
    return null;
  const submit = async () => {
    const paid = chosen && await command.send(() => request(PayCoFinancingDocument, {
      input: {
        agreementId: agreement.id, expectedVersion: agreement.version, commitmentId: chosen.commitment.id, invoiceId: chosen.invoice.id,
        amount: numberIn(amount, 'input.amount'), paidOn: dateIn(paidOn, 'input.paidOn'),
      },
    }), `Betalingen på ${amount} kr. er registreret.`);
    if (paid) {
      setAmount('');
      onSaved();
    }
  };
  return (
    <CommandForm id="pay-co-financing" title="Registrér en betaling" command={command} submit="Registrér betalingen" onSubmit={submit} closed={!chosen}>
      {chosen ? (
        <>
          <Choice id="payment-invoice" label="Faktura" value={chosen.invoice.id} onValue={setInvoiceId} error={command.errorOf('input.invoiceId')}
            options={unpaid.map(({ commitment, invoice }) => ({
              value: invoice.id, text: `${describe(commitment)} – faktura af ${date(invoice.invoicedOn)}, mangler ${kroner(invoice.outstanding)}`,
            }))} />
          <TextInput id="payment-amount" label="Beløb i kroner" inputMode="decimal" width="medium" value={amount} onValue={setAmount} error={command.errorOf('input.amount')} />
          <DateInput id="payment-paid-on" label="Betalt den" value={paidOn} onValue={setPaidOn} error={command.errorOf('input.paidOn')} />
        </>
      ) : <p>Alle fakturaer er betalt.</p>}
    </CommandForm>
  );
}
