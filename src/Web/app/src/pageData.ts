import type { UserRole } from './gql/graphql';

type PageData = {
  labels: Record<string, Record<string, string>>;
  today: string;
  signIn: { authority: string; clientId: string; scope: string } | null;
};

/** What the server put in the page: the domain's Danish words for the contract's enums, its today, and how to sign in. */
const pageData: PageData = JSON.parse(document.getElementById('page-data')!.textContent!);

/** The Danish word for an enum value, e.g. label('AgreementStatus', 'IN_FORCE') is "I kraft". */
export const label = (enumName: string, value: string): string => pageData.labels[enumName]?.[value] ?? value;

/** Today as the server counts it (2025-03-31), which is what its statuses and deadlines are reckoned on. */
export const today: string = pageData.today;

/** The OpenID provider and browser client the server signs its pages in with. */
export const signInSettings = pageData.signIn;

export const userRole: Record<UserRole, string> = {
  KOORDINATOR: 'Koordinator, BRN',
  MEDLEM: 'Medlem',
  REVISOR: 'Revisor',
  ADMINISTRATOR: 'Administrator',
};
