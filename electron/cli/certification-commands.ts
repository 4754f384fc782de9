import type { Command } from 'commander';
import { addFileExport, commandGroup } from './command-builders';
import type { WithBackend } from './output';

export function certificationCommand(withBackend: WithBackend): Command {
  const certification = commandGroup('certification', 'Gutachten eines Auditfalls (Zertifizierung bzw. Qualitätssiegel)').alias('assessment');
  addFileExport(certification, withBackend, {
    name: 'export',
    description: 'Schreibt die Gutachten-Arbeitsmappe für die entscheidende Stelle (Verein bzw. Expertengremium), mit Profildiagramm auf dem Deckblatt',
    target: 'Zieldatei (.xlsx)',
    method: 'certification.exportWorkbook',
  });
  return certification;
}
