import { lazy, Suspense } from 'react';
import { createHashRouter } from 'react-router';
import { CaseCreatePage } from '../features/cases/CaseCreatePage';
import { CaseEditPage } from '../features/cases/CaseEditPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { CaseLayout, type CaseCrumb } from '../features/cases/CaseLayout';
import { CataloguesPage } from '../features/catalogues/CataloguesPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ChangeLogPage } from '../features/change-log/ChangeLogPage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { CertificationPage } from '../features/certification/CertificationPage';
import { ReportPage } from '../features/report/ReportPage';
import { QuestionnairePage } from '../features/questionnaire/QuestionnairePage';
import { AppShell } from './AppShell';
import { SettingsPage } from '../features/settings/SettingsPage';

// Charts are heavy; they load only when the scoring page is opened.
const ScoringPage = lazy(() => import('../features/scoring/ScoringPage'));

const crumb = (text: CaseCrumb['crumb']): CaseCrumb => ({ crumb: text });

/** Hash routes work the same from a file in Electron and from the loopback server. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <CaseListPage /> },
      { path: 'faelle/neu', element: <CaseCreatePage /> },
      {
        path: 'faelle/:id',
        element: <CaseLayout />,
        children: [
          { index: true, element: <CasePage /> },
          { path: 'bearbeiten', element: <CaseEditPage />, handle: crumb(() => 'Bearbeiten') },
          { path: 'fragebogen/:group?', element: <QuestionnairePage />, handle: crumb(() => 'Fragebogen') },
          {
            path: 'bewertung/:field?',
            element: (
              <Suspense fallback={<p className="loading">Lädt …</p>}>
                <ScoringPage />
              </Suspense>
            ),
            handle: crumb(() => 'Stärken/Schwächen'),
          },
          { path: 'ziele', element: <GoalsPage />, handle: crumb((terms) => terms.agreement) },
          { path: 'zertifizierung', element: <CertificationPage />, handle: crumb((terms) => terms.assessmentShort) },
          { path: 'bericht', element: <ReportPage />, handle: crumb((terms) => terms.report) },
          { path: 'protokoll', element: <ChangeLogPage />, handle: crumb(() => 'Änderungsprotokoll') },
        ],
      },
      { path: 'kataloge', element: <CataloguesPage /> },
      { path: 'sicherungen', element: <BackupsPage /> },
      { path: 'einstellungen', element: <SettingsPage /> },
      { path: '*', element: <p className="page">Diese Seite gibt es nicht.</p> },
    ],
  },
]);
