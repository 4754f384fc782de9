import { createHashRouter } from 'react-router';
import { CaseListPage } from '../features/cases/CaseListPage';
import type { CaseCrumb } from '../features/cases/CaseLayout';
import { AppShell } from './AppShell';
import { pages } from './pages';

const crumb = (text: CaseCrumb['crumb']): CaseCrumb => ({ crumb: text });

/** Hash routes work the same from a file in Electron and from the loopback server. */
export const router = createHashRouter([
  // The Werkstatt-Modus fills the screen of a projector: no app frame around it.
  { path: '/werkstatt/:id', lazy: pages.workshopMode },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <CaseListPage /> },
      { path: 'faelle/neu', lazy: pages.caseCreate },
      {
        path: 'faelle/:id',
        lazy: pages.caseLayout,
        children: [
          { index: true, lazy: pages.case },
          { path: 'bearbeiten', lazy: pages.caseEdit, handle: crumb(() => 'Bearbeiten') },
          { path: 'fragebogen/:group?', lazy: pages.questionnaire, handle: crumb(() => 'Fragebogen') },
          { path: 'bewertung/:field?', lazy: pages.scoring, handle: crumb(() => 'Stärken/Schwächen') },
          { path: 'beteiligung', lazy: pages.participation, handle: crumb(() => 'Beteiligung') },
          { path: 'nachweise', lazy: pages.evidence, handle: crumb(() => 'Nachweise') },
          { path: 'ziele', lazy: pages.goals, handle: crumb((terms) => terms.agreement) },
          { path: 'zertifizierung', lazy: pages.certification, handle: crumb((terms) => terms.assessmentShort) },
          { path: 'bericht', lazy: pages.report, handle: crumb((terms) => terms.report) },
          { path: 'protokoll', lazy: pages.changeLog, handle: crumb(() => 'Änderungsprotokoll') },
        ],
      },
      { path: 'kataloge', lazy: pages.catalogues },
      { path: 'sicherungen', lazy: pages.backups },
      { path: 'einstellungen', lazy: pages.settings },
      { path: '*', element: <p className="page">Diese Seite gibt es nicht.</p> },
    ],
  },
]);
