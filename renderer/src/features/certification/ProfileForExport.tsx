import { useEffect } from 'react';
import { useScoringStore } from '../scoring/scoring-store';
import { ProfileChart } from '../scoring/ProfileChart';

/** The profile chart as the assessment page and the report show it, loaded for one case. */
export default function ProfileForExport({ caseId }: { caseId: string }) {
  const data = useScoringStore((state) => state.data);
  const load = useScoringStore((state) => state.load);
  useEffect(() => {
    void load(caseId);
  }, [caseId, load]);
  if (!data || data.caseId !== caseId) return <p className="loading">Profil lädt …</p>;
  return <ProfileChart data={data} />;
}
