import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../auth/hooks/useSession';
import { JurisdictionsQuery } from '../graphql/targets';

/** The jurisdiction a screen shows: the user's own, or (for an installation-wide admin) one to pick. */
export function useJurisdiction() {
  const { user } = useSession();
  const { data } = useQuery(JurisdictionsQuery);
  const [picked, setPicked] = useState<string | null>(null);
  const jurisdictions = data?.jurisdictions ?? [];
  const id = picked ?? user?.jurisdiction?.id ?? jurisdictions[0]?.id ?? null;
  return { id, jurisdictions, setPicked, fixed: Boolean(user?.jurisdiction) };
}
