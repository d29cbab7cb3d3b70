import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../auth/hooks/useSession';
import { JurisdictionsQuery } from '../graphql/targets';

/**
 * The jurisdiction a screen shows: the user's own, or (for an installation-wide admin) one to pick — at first
 * the one whose plans hand out the most duties, not a parent an import only named (三明市 above 永安市) nor a
 * plan without units (云南省's draft).
 */
export function useJurisdiction() {
  const { user } = useSession();
  const { data } = useQuery(JurisdictionsQuery);
  const [picked, setPicked] = useState<string | null>(null);
  const jurisdictions = data?.jurisdictions ?? [];
  const busiest = jurisdictions.reduce<(typeof jurisdictions)[number] | null>(
    (best, j) =>
      best === null ||
      j.assignmentCount > best.assignmentCount ||
      (j.assignmentCount === best.assignmentCount && j.documentCount > best.documentCount)
        ? j
        : best,
    null,
  );
  const id = picked ?? user?.jurisdiction?.id ?? busiest?.id ?? null;
  return { id, jurisdictions, setPicked, fixed: Boolean(user?.jurisdiction) };
}
