import { lazy, Suspense, useEffect, useId } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useSettingsStore } from './settings-store';

// Its form brings the contract's schemas along, which the case list does not need to start.
const UserNameForm = lazy(() => import('./UserNameForm').then((module) => ({ default: module.UserNameForm })));

/** On first start the app asks who works with it; until then it cannot name anyone in the change log. */
export function FirstStartDialog() {
  const settings = useSettingsStore((state) => state.settings);
  const load = useSettingsStore((state) => state.load);
  const titleId = useId();
  const open = settings !== undefined && settings.userName === null;
  const ref = useModalDialog(open);
  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);
  return (
    // Escape does not close it: the name is needed before the first change is recorded.
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={(event) => event.preventDefault()} data-testid="first-start-dialog">
      <h2 id={titleId}>Willkommen bei Familienaudit</h2>
      <p>Bitte geben Sie Ihren Namen ein. Das Änderungsprotokoll hält fest, wer was geändert hat; Sie können den Namen später unter „Einstellungen“ ändern.</p>
      {open && (
        <Suspense fallback={<p className="loading">Lädt …</p>}>
          <UserNameForm initialName="" submitLabel="Los geht’s" focusOnShow />
        </Suspense>
      )}
    </dialog>
  );
}
