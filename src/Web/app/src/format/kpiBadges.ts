import type { KpiStatus } from '../gql/graphql';

/** DKFDS badge per KPI status: the colour repeats what the label says, never replaces it. */
export const kpiStatusBadge: Record<KpiStatus, string> = {
  ACHIEVED: 'badge-success',
  ON_TRACK: 'badge-success',
  AT_RISK: 'badge-warning',
  OFF_TRACK: 'badge-error',
  NOT_REPORTED: 'badge-info',
};
