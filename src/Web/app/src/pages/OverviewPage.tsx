import { addDays, amount, date } from '../format/danish';
import { today } from '../pageData';
import { AgreementList } from './AgreementList';
import { type Attention, AttentionList } from './AttentionList';

/** Days before its end within which an agreement in force is listed as ending soon. */
const endingWithinDays = 90;

const year = Number(today.slice(0, 4));

const pending = (a: Attention) => a.amendments.filter((m) => !m.inEffect && !m.rejectedBy);

/** What needs attention now, each list asked of the server and paged, each item linking to its agreement; then every agreement, filtered and sorted as the API offers. */
export function OverviewPage() {
  return (
    <>
      <h1>Overblik</h1>
      <h2>Kræver opmærksomhed</h2>
      <AttentionList title="KPI'er i risiko eller bagud" filter={{ status: 'IN_FORCE', kpiStatusIn: ['AT_RISK', 'OFF_TRACK'] }}
        describe={(a) => `${a.kpiHealth.atRisk} i risiko, ${a.kpiHealth.offTrack} bagud`} />
      <AttentionList title="Forfaldne betalinger" filter={{ status: 'IN_FORCE', paymentOverdue: true }}
        describe={(a) => `${amount(a.coFinancing.overdue)} forfaldent`} />
      <AttentionList title="Møder bagud i forhold til aftalt kadence" filter={{ status: 'IN_FORCE', meetingsBehind: true }}
        describe={(a) => `${a.meetingCompliance.find((y) => y.year === year)?.shortfall ?? 0} møder mangler i ${year}`} />
      <AttentionList title={`Aftaler der udløber inden for ${endingWithinDays} dage`} filter={{ status: 'IN_FORCE', endsOnOrBefore: addDays(today, endingWithinDays) }}
        order="END" describe={(a) => `udløber ${date(a.period.end)}`} />
      <AttentionList title="Tillæg der venter på accept" filter={{ status: 'IN_FORCE', amendmentAwaitingAcceptance: true }}
        describe={(a) => pending(a).map((m) => m.summary).join('; ')} />
      <h2>Alle aftaler</h2>
      <AgreementList />
    </>
  );
}
