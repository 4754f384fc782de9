import type { Kysely } from 'kysely';
import type { AnswerRecord, Questionnaire, SaveAnswerInput } from '../../../shared/contract/questionnaire';
import { asksForStichtag, checkAnswerValue, type AnswerValue } from '../../../shared/questionnaire/answer-value';
import { computeProgress } from '../../../shared/questionnaire/progress';
import { findQuestion, type sectionsForCase } from '../../../shared/questionnaire/sections';
import { assertCanChange, type CasesService } from '../cases/cases.service';
import { canChange, lockReason } from '../../../shared/domain/round-state';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import { invalidInput, staleWrite } from '../errors';
import * as repo from './answers.repository';
import { describeAnswer } from '../../../shared/questionnaire/answer-text';
import { formatGermanDateTime } from '../../../shared/domain/dates';
import { answersFollowingCaseData, caseFieldAnswers, type CaseFacts } from '../../../shared/questionnaire/case-field-answers';
import type { CaseDetail } from '../../../shared/contract/cases';

const questionsOfSections = (sections: ReturnType<typeof sectionsForCase>) => sections.flatMap((section) => section.questions);

export function factsOf(detail: Pick<CaseDetail, 'population' | 'projectLead'>): CaseFacts {
  return { population: detail.population, projectLead: detail.projectLead };
}

type Db = Kysely<DatabaseSchema>;

function toRecord(row: repo.AnswerRow): AnswerRecord {
  return {
    questionId: row.question_id,
    value: row.value === null ? null : (JSON.parse(row.value) as AnswerValue),
    referenceDate: row.reference_date,
    comment: row.comment,
    source: row.source,
    updatedAt: row.updated_at,
  };
}

export function createQuestionnaireService({ db, clock, cases }: { db: Db; clock: Clock; cases: CasesService }) {
  const context = (caseId: string) => cases.context(caseId);

  function progressOf(sections: ReturnType<typeof sectionsForCase>, answers: readonly AnswerRecord[]) {
    return computeProgress(sections, new Set(answers.filter((answer) => answer.value !== null).map((answer) => answer.questionId)));
  }

  return {
    async get(caseId: string): Promise<Questionnaire> {
      const { pinned, catalogue, sections } = await context(caseId);
      const questionIds = new Set(sections.flatMap((section) => section.questions.map((question) => question.id)));
      const answers = (await repo.findAnswers(db, caseId)).map(toRecord).filter((answer) => questionIds.has(answer.questionId));
      return {
        caseId,
        editable: canChange(pinned.state, 'questionnaire'),
        lockReason: lockReason(pinned.state, 'questionnaire'),
        catalogue: {
          id: catalogue.id,
          version: catalogue.version,
          name: catalogue.name,
          fieldLabel: catalogue.fieldLabel,
          fields: catalogue.fields,
          modules: catalogue.modules.filter((module) => pinned.modules.includes(module.id)),
          sections,
        },
        answers,
        caseData: caseFieldAnswers(questionsOfSections(sections), factsOf(await cases.get(caseId))),
        progress: progressOf(sections, answers),
      };
    },

    /**
     * Carries the case data into the questions repeating it (answersFollowingCaseData): after a
     * case is created with `before` null, or changed from `before`. Never while the questionnaire is frozen.
     */
    async adoptCaseData(caseId: string, before: CaseFacts | null): Promise<void> {
      const { pinned, sections } = await context(caseId);
      if (!canChange(pinned.state, 'questionnaire')) return;
      const questions = questionsOfSections(sections);
      const stored = new Map((await repo.findAnswers(db, caseId)).map((row) => [row.question_id, toRecord(row)]));
      const following = answersFollowingCaseData(questions, before, factsOf(await cases.get(caseId)), new Map([...stored].map(([id, answer]) => [id, answer.value])));
      for (const entry of following) {
        const question = findQuestion(sections, entry.questionId);
        const check = question ? checkAnswerValue(question, entry.value) : null;
        // A case fact outside the question's limits stays for the auditor to answer.
        if (!check?.ok) continue;
        const current = stored.get(entry.questionId);
        await repo.upsertAnswer(db, {
          case_id: caseId,
          question_id: entry.questionId,
          value: check.value === null ? null : JSON.stringify(check.value),
          reference_date: current?.referenceDate ?? null,
          comment: current?.comment ?? '',
          source: 'auditor',
          updated_at: clock.nowIso(),
        }, current?.updatedAt ?? null);
      }
    },

    async saveAnswer(input: SaveAnswerInput, source: AnswerRecord['source'] = 'auditor') {
      const { pinned, sections } = await context(input.caseId);
      assertCanChange(pinned, 'questionnaire');
      const question = findQuestion(sections, input.questionId);
      if (!question) throw invalidInput('questionId', `Die Frage „${input.questionId}“ gehört nicht zum Fragebogen dieses Auditfalls.`);
      const check = checkAnswerValue(question, input.value);
      if (!check.ok) throw invalidInput('value', check.message);
      if (input.referenceDate !== null && !asksForStichtag(question)) {
        throw invalidInput('referenceDate', 'Diese Frage hat keinen Stichtag.');
      }
      const updatedAt = clock.nowIso();
      const outcome = await repo.upsertAnswer(
        db,
        {
          case_id: input.caseId,
          question_id: question.id,
          value: check.value === null ? null : JSON.stringify(check.value),
          reference_date: input.referenceDate,
          comment: input.comment,
          source,
          updated_at: updatedAt,
        },
        input.expectedUpdatedAt,
      );
      if (!outcome.stored) {
        const now = outcome.current ? toRecord(outcome.current) : null;
        const shown = now ? `jetzt „${describeAnswer(question, now.value) || 'unbeantwortet'}“, geändert ${formatGermanDateTime(now.updatedAt)}` : 'sie ist jetzt unbeantwortet';
        throw staleWrite('value', `Diese Antwort wurde inzwischen an anderer Stelle geändert (${shown}). Ihre Eingabe wurde nicht gespeichert; bitte den gespeicherten Stand laden und danach ändern.`);
      }
      const answers = (await repo.findAnswers(db, input.caseId)).map(toRecord);
      const answer = answers.find((candidate) => candidate.questionId === question.id);
      if (!answer) throw new Error('Saved answer vanished');
      return { answer, progress: progressOf(sections, answers) };
    },
  };
}

export type QuestionnaireService = ReturnType<typeof createQuestionnaireService>;
