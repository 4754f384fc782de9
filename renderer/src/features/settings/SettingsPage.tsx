import { useEffect } from 'react';
import { useSettingsStore } from './settings-store';
import { UserNameForm } from './UserNameForm';
import { Page } from '../../components/Page';

export function SettingsPage() {
  const settings = useSettingsStore((state) => state.settings);
  const load = useSettingsStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Page title="Einstellungen" className="narrow">
      <section className="card" aria-labelledby="person-title">
        <h2 id="person-title">Person</h2>
        {settings === undefined ? <p className="loading">Einstellungen laden …</p> : <UserNameForm initialName={settings.userName ?? ''} submitLabel="Speichern" />}
      </section>
    </Page>
  );
}
