import { Link } from 'react-router';
import type { Assessment } from '../../../../shared/contract';
import { countOf } from '../../../../shared/domain/german-plural';

type Check = Assessment['checks'][number];
type Detail = Check['details'][number];

const FIX_PAGES = { goals: 'ziele', questionnaire: 'fragebogen', scoring: 'bewertung', timeline: '', participation: 'beteiligung' } as const;
/** Longer lists fold the rest away; nothing is left out. */
const SHOWN_AT_FIRST = 8;

function fixPath(caseId: string, check: Check, detail?: Detail): string {
  const page = FIX_PAGES[check.fix];
  const base = `/faelle/${caseId}${page ? `/${page}` : ''}`;
  const target = detail?.target;
  if (!target) return base;
  return `${base}${target.group && page ? `/${encodeURIComponent(target.group)}` : ''}?fokus=${encodeURIComponent(target.element)}`;
}

function DetailItem({ caseId, check, detail }: { caseId: string; check: Check; detail: Detail }) {
  return (
    <li>
      {detail.text}
      {detail.target && (
        <>
          {' '}
          <Link to={fixPath(caseId, check, detail)} data-testid="fix-detail">
            beheben
          </Link>
        </>
      )}
    </li>
  );
}

/** The computed formal checks; each finding leads to the exact place where it is fixed. */
export function FormalCheckList({ caseId, checks }: { caseId: string; checks: Check[] }) {
  return (
    <ul className="checks" data-testid="formal-checks">
      {checks.map((check) => {
        const first = check.details.slice(0, SHOWN_AT_FIRST);
        const rest = check.details.slice(SHOWN_AT_FIRST);
        return (
          <li key={check.id} className={check.passed ? 'passed' : 'failed'} data-testid={`check-${check.id}`}>
            <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span> {check.label}
            {!check.passed && check.details.every((detail) => !detail.target) && (
              <>
                {' '}
                <Link to={fixPath(caseId, check)}>beheben</Link>
              </>
            )}
            {!check.passed && (
              <ul>
                {first.map((detail, index) => (
                  <DetailItem key={index} caseId={caseId} check={check} detail={detail} />
                ))}
                {rest.length > 0 && (
                  <li className="more-details">
                    <details>
                      <summary>{countOf(rest.length, 'weiterer Befund', 'weitere Befunde')} anzeigen</summary>
                      <ul>
                        {rest.map((detail, index) => (
                          <DetailItem key={index} caseId={caseId} check={check} detail={detail} />
                        ))}
                      </ul>
                    </details>
                  </li>
                )}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
