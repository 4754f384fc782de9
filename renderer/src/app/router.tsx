import { createHashRouter } from 'react-router';
import { CaseCreatePage } from '../features/cases/CaseCreatePage';
import { CaseEditPage } from '../features/cases/CaseEditPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CasePage } from '../features/cases/CasePage';
import { CataloguesPage } from '../features/catalogues/CataloguesPage';
import { QuestionnairePage } from '../features/questionnaire/QuestionnairePage';
import { AppShell } from './AppShell';

/** Hash routes work the same from a file in Electron and from the loopback server. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <CaseListPage /> },
      { path: 'faelle/neu', element: <CaseCreatePage /> },
      { path: 'faelle/:id', element: <CasePage /> },
      { path: 'faelle/:id/bearbeiten', element: <CaseEditPage /> },
      { path: 'faelle/:id/fragebogen/:group?', element: <QuestionnairePage /> },
      { path: 'kataloge', element: <CataloguesPage /> },
      { path: '*', element: <p className="page">Diese Seite gibt es nicht.</p> },
    ],
  },
]);
