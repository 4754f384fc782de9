import type { Command } from 'commander';
import { addFileExport, commandGroup } from './command-builders';
import type { WithBackend } from './output';

export function conceptCommand(withBackend: WithBackend): Command {
  const concept = commandGroup('concept', 'Strategiekonzept bzw. Handlungskonzept eines Auditfalls als Word-Datei');
  addFileExport(concept, withBackend, {
    name: 'export',
    description: 'Schreibt das Konzept für den Gemeinderat als .docx (jeder Export ist eine neue Fassung im Änderungsprotokoll)',
    target: 'Zieldatei (.docx)',
    method: 'concept.export',
  });
  return concept;
}
