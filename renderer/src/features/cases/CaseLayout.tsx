import { useEffect } from 'react';
import { Link, Outlet, useLocation, useMatches, useParams } from 'react-router';
import type { Terminology } from '../../../../shared/catalogue/terminology';
import { ALL_AREAS, useCaseChanges } from '../../api/use-case-changes';
import { useCaseStore } from './case-store';
import { useTerms } from './use-terms';
import { preloadPagesWhenIdle } from '../../app/pages';
import { prefetchCaseDataWhenIdle } from './prefetch-case-data';

/** What a page below a case puts after the case's name in the breadcrumb (its route's `handle`). */
export interface CaseCrumb {
  crumb(terms: Terminology): string;
}

const crumbOf = (handle: unknown) => (handle && typeof (handle as Partial<CaseCrumb>).crumb === 'function' ? (handle as CaseCrumb) : null);

/**
 * The frame of every page of a case (/faelle/:id/…): loads the case once and keeps it current
 * (its name, state and procedure's words are in the case store for the pages), shows the
 * breadcrumb, and instead of the page the reason a case cannot be opened.
 */
export function CaseLayout() {
  const { id = '' } = useParams();
  const detail = useCaseStore((state) => (state.detail?.id === id ? state.detail : null));
  const error = useCaseStore((state) => state.error);
  const load = useCaseStore((state) => state.load);
  const terms = useTerms(id);
  const page = useMatches()
    .map((match) => crumbOf(match.handle))
    .findLast((handle) => handle !== null);

  // Loaded again on each page of the case, since this window's own changes elsewhere (a finalised round) send no event back.
  const { pathname } = useLocation();
  useEffect(() => {
    void load(id);
  }, [id, pathname, load]);
  // The case's facts (current phase, last change, state) follow every part of it.
  useCaseChanges(id, ALL_AREAS, () => load(id));
  useEffect(preloadPagesWhenIdle, []);
  useEffect(() => prefetchCaseDataWhenIdle(id), [id]);

  if (error && !detail) {
    return (
      <section className="page">
        <p className="alert error" role="alert">
          {error}
        </p>
        <Link to="/">Zur Liste der Auditfälle</Link>
      </section>
    );
  }
  const name = detail?.municipalityName ?? 'Auditfall';
  return (
    <>
      <nav className="breadcrumb page-crumbs no-print" aria-label="Pfad">
        <Link to="/">Auditfälle</Link> ›{' '}
        {page ? (
          <>
            <Link to={`/faelle/${id}`}>{name}</Link> › <span>{page.crumb(terms)}</span>
          </>
        ) : (
          <span>{name}</span>
        )}
      </nav>
      <Outlet />
    </>
  );
}
