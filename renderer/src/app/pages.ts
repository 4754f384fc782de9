import { preloadProfileChart } from '../features/certification/LazyProfileChart';

/**
 * Every page's code except the case list's, each its own chunk: the app starts with what the
 * list needs, and the rest loads at the first idle moment after the list is shown, before the
 * auditor clicks (react-router's route `lazy` then finds it loaded).
 */
export const pages = {
  caseCreate: () => import('../features/cases/CaseCreatePage').then((module) => ({ Component: module.CaseCreatePage })),
  caseLayout: () => import('../features/cases/CaseLayout').then((module) => ({ Component: module.CaseLayout })),
  case: () => import('../features/cases/CasePage').then((module) => ({ Component: module.CasePage })),
  caseEdit: () => import('../features/cases/CaseEditPage').then((module) => ({ Component: module.CaseEditPage })),
  questionnaire: () => import('../features/questionnaire/QuestionnairePage').then((module) => ({ Component: module.QuestionnairePage })),
  scoring: () => import('../features/scoring/ScoringPage').then((module) => ({ Component: module.default })),
  goals: () => import('../features/goals/GoalsPage').then((module) => ({ Component: module.GoalsPage })),
  participation: () => import('../features/participation/ParticipationPage').then((module) => ({ Component: module.ParticipationPage })),
  workshopMode: () => import('../features/participation/WorkshopModePage').then((module) => ({ Component: module.WorkshopModePage })),
  certification: () => import('../features/certification/CertificationPage').then((module) => ({ Component: module.CertificationPage })),
  report: () => import('../features/report/ReportPage').then((module) => ({ Component: module.ReportPage })),
  evidence: () => import('../features/evidence/EvidencePage').then((module) => ({ Component: module.EvidencePage })),
  changeLog: () => import('../features/change-log/ChangeLogPage').then((module) => ({ Component: module.ChangeLogPage })),
  catalogues: () => import('../features/catalogues/CataloguesPage').then((module) => ({ Component: module.CataloguesPage })),
  backups: () => import('../features/backups/BackupsPage').then((module) => ({ Component: module.BackupsPage })),
  settings: () => import('../features/settings/SettingsPage').then((module) => ({ Component: module.SettingsPage })),
};

let preloading = false;

/** Loads every page's code at the next idle moment; once per app start. */
export function preloadPagesWhenIdle(): void {
  if (preloading) return;
  preloading = true;
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
  whenIdle(() => {
    for (const load of [...Object.values(pages), preloadProfileChart]) void load();
    void import('../features/scoring/chart-warm-up').then((module) => whenIdle(module.warmUpCharts));
  });
}
