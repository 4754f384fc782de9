import type { ProgressCount } from '../../../../shared/questionnaire/progress';

export function ProgressBar({ count, label, testId }: { count: ProgressCount; label: string; testId?: string }) {
  const percent = count.requiredTotal === 0 ? 100 : Math.round((count.requiredAnswered / count.requiredTotal) * 100);
  return (
    <div className="progress" data-testid={testId}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={count.requiredTotal}
        aria-valuenow={count.requiredAnswered}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">
        {count.requiredAnswered} von {count.requiredTotal} Pflichtfragen · {count.answered} von {count.total} insgesamt
      </span>
    </div>
  );
}
