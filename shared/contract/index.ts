import { z } from '../zod';
import { appMethods } from './app';
import { changeLogMethods } from './change-log';
import { backupsMethods } from './backups';
import { caseChangedSchema } from './case-events';
import { casesMethods } from './cases';
import { cataloguesMethods } from './catalogues';
import { certificationMethods } from './certification';
import { conceptMethods } from './concept';
import { evidenceMethods } from './evidence';
import { goalsMethods } from './goals';
import { participationMethods } from './participation';
import { ideasMethods } from './ideas';
import { questionnaireMethods } from './questionnaire-exchange';
import { scoringMethods } from './scoring';
import { settingsMethods } from './settings';
import { transferMethods } from './transfer';

/** Every backend method, named `domain.verb`, with the schemas of its input and output: the union of each feature's slice. */
export const contract = {
  ...appMethods,
  ...settingsMethods,
  ...cataloguesMethods,
  ...casesMethods,
  ...questionnaireMethods,
  ...scoringMethods,
  ...goalsMethods,
  ...participationMethods,
  ...ideasMethods,
  ...certificationMethods,
  ...conceptMethods,
  ...evidenceMethods,
  ...changeLogMethods,
  ...transferMethods,
  ...backupsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Events the backend pushes to every window. */
export const events = {
  /** A call changed one case; sent after every successful mutating method (see electron/backend/case-changes.ts). */
  'cases.changed': caseChangedSchema,
  /** Everything was replaced by a backup; windows reload their data. */
  'data.restored': z.object({ restoredFrom: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export * from './result';
export * from './case-events';
export * from './cases';
export * from './app';
export * from './catalogues';
export * from './questionnaire';
export * from './questionnaire-exchange';
export * from './scoring';
export * from './goals';
export * from './participation';
export * from './ideas';
export * from './certification';
export * from './backups';
export * from './change-log';
export * from './transfer';
export * from './settings';
