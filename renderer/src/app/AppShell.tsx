import { useEffect, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { call, subscribe } from '../api/client';
import { reloadAfterRestore, takeRestoreNotice } from '../features/backups/restore-notice';
import { useFocusTarget } from './use-focus-target';
import { FirstStartDialog } from '../features/settings/FirstStartDialog';

export function AppShell() {
  const [version, setVersion] = useState<string | null>(null);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(takeRestoreNotice);
  useFocusTarget();
  // Every window shows the restored data at once, not what it had loaded before.
  useEffect(() => subscribe('data.restored', ({ restoredFrom: source }) => reloadAfterRestore(source)), []);
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
          <NavLink to="/sicherungen">Sicherungen</NavLink>
          <NavLink to="/einstellungen">Einstellungen</NavLink>
        </nav>
        {version && <span className="version">Version {version}</span>}
      </header>
      <main id="main" tabIndex={-1}>
        {restoredFrom && (
          <div className="alert success restore-notice" role="status" data-testid="restore-notice">
            <span>
              Die Daten wurden aus {restoredFrom} wiederhergestellt. Der vorherige Stand ist als Sicherung „Vor einer Wiederherstellung“ aufbewahrt.
            </span>
            <button type="button" className="button secondary small" onClick={() => setRestoredFrom(null)}>
              Schließen
            </button>
          </div>
        )}
        <Outlet />
      </main>
      <FirstStartDialog />
    </div>
  );
}
