import { useEffect, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { call } from '../api/client';

export function AppShell() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    call('app.info', {})
      .then((info) => setVersion(info.version))
      .catch(() => setVersion(null));
  }, []);
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Zum Inhalt springen
      </a>
      <header className="topbar">
        <span className="brand">Familienaudit</span>
        <nav aria-label="Hauptnavigation">
          <NavLink to="/" end>
            Auditfälle
          </NavLink>
          <NavLink to="/faelle/neu">Neuer Auditfall</NavLink>
          <NavLink to="/kataloge">Kataloge</NavLink>
        </nav>
        {version && <span className="version">Version {version}</span>}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
