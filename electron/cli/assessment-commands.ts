import type { Command } from 'commander';
import { addFileExport, commandGroup } from './command-builders';
import type { WithBackend } from './output';

export function assessmentCommand(withBackend: WithBackend): Command {
  const assessment = commandGroup('assessment', 'Gutachten eines Auditfalls (Zertifizierung bzw. Qualitätssiegel)');
  addFileExport(assessment, withBackend, {
    name: 'export',
    description: 'Schreibt die Gutachten-Arbeitsmappe für die entscheidende Stelle (Verein bzw. Expertengremium), mit Profildiagramm auf dem Deckblatt',
    target: 'Zieldatei (.xlsx)',
    method: 'certification.exportWorkbook',
  });
  return assessment;
}
