import { useId, type ReactNode } from 'react';

/** A page of the app: a section named by its heading, with an optional class for its own layout. */
export function Page({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className={className ? `page ${className}` : 'page'} aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{title}</h1>
      </header>
      {children}
    </section>
  );
}
