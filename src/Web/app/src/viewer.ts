import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer { name role organisation { id name } }
  }
`);

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | undefined>(undefined);

/** The signed-in user; every page below the sign-in has one. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer)
    throw new Error('A page was shown before the sign-in was complete.');
  return viewer;
}

export const isStaff = (viewer: Viewer) => viewer.role === 'KOORDINATOR';

/** Staff and auditors read every agreement, its history included. */
export const readsEverything = (viewer: Viewer) => viewer.role === 'KOORDINATOR' || viewer.role === 'REVISOR';

/** Staff act for every party; a member only for their own organisation (signing, reporting its KPIs). */
export const actsFor = (viewer: Viewer, organisationId: string) =>
  isStaff(viewer) || (viewer.role === 'MEDLEM' && viewer.organisation?.id === organisationId);
