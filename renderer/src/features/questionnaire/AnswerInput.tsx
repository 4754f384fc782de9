import type { Question } from '../../../../shared/catalogue/catalogue-schema';
import type { AnswerValue } from '../../../../shared/questionnaire/answer-value';
import { YES_PARTLY_NO } from '../../../../shared/questionnaire/answer-value';
import { DateInput } from '../../components/DateInput';

interface AnswerInputProps {
  question: Question;
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
  text: string;
  choice: AnswerValue | null;
  onText(text: string): void;
  onTextDone(): void;
  onChoice(value: AnswerValue | null): void;
}

const UNITS: Partial<Record<Question['type'], string>> = { percent: '%', currency: '€' };

/** The fitting input for each question type; typed answers stay text until they are valid. */
export function AnswerInput(props: AnswerInputProps) {
  const { question, inputId, describedBy, invalid, disabled, text, choice, onText, onTextDone, onChoice } = props;
  const common = {
    id: inputId,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    disabled,
    'data-testid': `answer-${question.id}`,
  };

  switch (question.type) {
    case 'number':
    case 'percent':
    case 'currency': {
      const unit = question.type === 'number' ? question.unit : UNITS[question.type];
      return (
        <div className="with-unit">
          <input {...common} type="text" inputMode="decimal" autoComplete="off" value={text} onChange={(event) => onText(event.target.value)} onBlur={onTextDone} />
          {unit && <span className="unit">{unit}</span>}
        </div>
      );
    }
    case 'shortText':
      return <input {...common} type="text" autoComplete="off" value={text} onChange={(event) => onText(event.target.value)} onBlur={onTextDone} />;
    case 'longText':
      return <textarea {...common} rows={3} value={text} onChange={(event) => onText(event.target.value)} onBlur={onTextDone} />;
    case 'date':
      return <DateInput {...common} value={text} onChange={(event) => onText(event.target.value)} onBlur={onTextDone} />;
    case 'yesPartlyNo':
    case 'singleChoice': {
      const options = question.type === 'yesPartlyNo' ? YES_PARTLY_NO : question.options;
      if (options.length > 6) {
        return (
          <select {...common} value={typeof choice === 'string' ? choice : ''} onChange={(event) => onChoice(event.target.value || null)}>
            <option value="">– keine Angabe –</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        );
      }
      return (
        <div className="choice-row" role="radiogroup" aria-labelledby={`${inputId}-label`} aria-describedby={describedBy} id={inputId}>
          {options.map((option) => (
            <label key={option.id} className="radio">
              <input
                type="radio"
                name={inputId}
                value={option.id}
                checked={choice === option.id}
                disabled={disabled}
                onChange={() => onChoice(option.id)}
                data-testid={`answer-${question.id}-${option.id}`}
              />{' '}
              {option.label}
            </label>
          ))}
          {choice !== null && !disabled && (
            <button type="button" className="link-button" onClick={() => onChoice(null)} data-testid={`clear-${question.id}`}>
              Antwort entfernen
            </button>
          )}
        </div>
      );
    }
    case 'multipleChoice': {
      const chosen = Array.isArray(choice) ? choice : [];
      const exclusive = new Set(question.options.filter((option) => option.exclusive).map((option) => option.id));
      // An exclusive option ("Keine") stands alone: choosing it clears the others, choosing another clears it.
      const toggle = (id: string, on: boolean) => {
        const kept = (optionId: string) => (on && (exclusive.has(id) || exclusive.has(optionId)) ? false : chosen.includes(optionId));
        const next = question.options.map((option) => option.id).filter((optionId) => (optionId === id ? on : kept(optionId)));
        onChoice(next.length > 0 ? next : null);
      };
      return (
        <div className="checkbox-grid" role="group" aria-labelledby={`${inputId}-label`} aria-describedby={describedBy} id={inputId}>
          {question.options.map((option) => (
            <label key={option.id} className="radio">
              <input
                type="checkbox"
                checked={chosen.includes(option.id)}
                disabled={disabled}
                onChange={(event) => toggle(option.id, event.target.checked)}
                data-testid={`answer-${question.id}-${option.id}`}
              />{' '}
              {option.label}
            </label>
          ))}
        </div>
      );
    }
  }
}
