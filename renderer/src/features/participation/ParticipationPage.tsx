import { useEvidenceStore } from '../evidence/evidence-store';
import { useParams } from 'react-router';
import { useCaseData } from '../../api/use-case-data';
import { DataPending } from '../../components/DataPending';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { useFocusTarget } from '../../app/use-focus-target';
import { useCaseStore } from '../cases/case-store';
import { EventList } from './EventList';
import { FormatOverview } from './FormatOverview';
import { IdeaList } from './IdeaList';
import { ProjectGroup } from './ProjectGroup';
import { useParticipationStore } from './participation-store';

const PARTICIPATION_AREAS = ['participation', 'case', 'certification'] as const;

/** The facilitator's page: the procedure's formats, the events held, and the project group. */
const EVIDENCE_AREAS = ['evidence'] as const;

export function ParticipationPage() {
  const { id = '' } = useParams();
  const { data, error } = useCaseData(useParticipationStore, id, PARTICIPATION_AREAS);
  // The paperclips read the case's documents.
  useCaseData(useEvidenceStore, id, EVIDENCE_AREAS);
  const motto = useCaseStore((state) => (state.detail?.id === id ? state.detail.motto : ''));
  useFocusTarget();

  if (!data) return <DataPending error={error} />;
  return (
    <section className="page participation-page" aria-labelledby="participation-title">
      <header className="page-header">
        <div>
          <h1 id="participation-title">Beteiligung und Werkstätten</h1>
          {motto && (
            <p className="subtitle" data-testid="participation-motto">
              „{motto}“
            </p>
          )}
        </div>
      </header>
      <ReadOnlyNotice reason={data.lockReason} />
      <FormatOverview data={data} />
      <EventList data={data} />
      <IdeaList caseId={id} />
      <ProjectGroup data={data} />
    </section>
  );
}
