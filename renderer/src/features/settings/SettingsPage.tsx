import { useEffect } from 'react';
import { useSettingsStore } from './settings-store';
import { UserNameForm } from './UserNameForm';

export function SettingsPage() {
  const settings = useSettingsStore((state) => state.settings);
  const load = useSettingsStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="page narrow" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">Einstellungen</h1>
      </header>
      <section className="card" aria-labelledby="person-title">
        <h2 id="person-title">Person</h2>
        {settings === undefined ? <p className="loading">Einstellungen laden …</p> : <UserNameForm initialName={settings.userName ?? ''} submitLabel="Speichern" />}
      </section>
    </section>
  );
}
