import type { TargetGroup } from '../gql/graphql';
import { label } from '../pageData';

/** An agreement's target groups in the domain's Danish words, e.g. "Iværksættere, Innovationsaktive SMV'er". */
export const targetGroups = (groups: readonly TargetGroup[]): string =>
  groups.length === 0 ? 'Ingen' : groups.map((g) => label('TargetGroup', g)).join(', ');

type Terms = { title?: string | null; purpose?: string | null; strengthArea?: string | null; geographicScope?: string | null; targetGroups?: readonly TargetGroup[] | null };

/** The terms an amendment changes, each as "Term: new value"; a term left as it is is not named. */
export const amendedTerms = (changes: Terms): string[] => [
  changes.title != null && `Titel: ${changes.title}`,
  changes.purpose != null && `Formål: ${changes.purpose}`,
  changes.strengthArea != null && `Styrkeposition: ${changes.strengthArea}`,
  changes.geographicScope != null && `Geografisk afgrænsning: ${changes.geographicScope}`,
  changes.targetGroups != null && `Målgrupper: ${targetGroups(changes.targetGroups)}`,
].filter((term): term is string => term !== false);
