/** The library's councils and committees, loaded when a merge list needs them; null while loading or when it failed. */
import { useEffect, useState } from 'react';
import type { CouncilSummary } from '../../../shared/types/library';
import { api } from '../../kernel/api';
import { plural } from '../../ui/dates';
import { councilLabel } from '../../ui/labels';
import type { Choice } from './MergeChooser';

export function useCouncils(): CouncilSummary[] | null {
  const [councils, setCouncils] = useState<CouncilSummary[] | null>(null);
  useEffect(() => {
    let current = true;
    api['library.overview']({}).then(
      (reply) => {
        if (current) setCouncils(reply.ok ? reply.value.councils : []);
      },
      () => {
        if (current) setCouncils([]);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return councils;
}

/** Every committee but this one: "Audit Committee (Anytown Council), 3 meetings". */
export function committeeChoices(councils: CouncilSummary[] | null, excludeId: number): Choice[] | null {
  if (!councils) return null;
  return councils.flatMap((council) =>
    council.committees
      .filter((c) => c.id !== excludeId)
      .map((c) => ({ id: c.id, label: `${c.name} (${councilLabel(council)}), ${plural(c.meetingCount, 'meeting')}` })),
  );
}

/** Every council but this one, told apart by its committees (several may be unnamed). */
export function councilChoices(councils: CouncilSummary[] | null, excludeId: number): Choice[] | null {
  if (!councils) return null;
  return councils
    .filter((c) => c.id !== excludeId)
    .map((c) => ({ id: c.id, label: `${councilLabel(c)}: ${c.committees.map((m) => m.name).join(', ') || 'no committees'}` }));
}
