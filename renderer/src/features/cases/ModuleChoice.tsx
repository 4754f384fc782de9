import { useController, type Control } from 'react-hook-form';
import type { CatalogueSummary } from '../../../../shared/contract';
import type { CaseFormOutput, CaseFormValues } from './case-form-schema';

interface ModuleChoiceProps {
  control: Control<CaseFormValues, unknown, CaseFormOutput>;
  catalogue: CatalogueSummary | undefined;
}

/** Optional modules of the chosen catalogue; each adds its own questions to the questionnaire. */
export function ModuleChoice({ control, catalogue }: ModuleChoiceProps) {
  const { field } = useController({ control, name: 'modules' });
  if (!catalogue || catalogue.modules.length === 0) return null;
  const chosen = new Set(field.value);
  const toggle = (id: string, on: boolean) => {
    const next = catalogue.modules.map((module) => module.id).filter((moduleId) => (moduleId === id ? on : chosen.has(moduleId)));
    field.onChange(next);
  };
  return (
    <fieldset data-testid="module-choice">
      <legend>Optionale Module</legend>
      <div className="checkbox-grid">
        {catalogue.modules.map((module) => (
          <label key={module.id} className="radio">
            <input
              type="checkbox"
              checked={chosen.has(module.id)}
              onChange={(event) => toggle(module.id, event.target.checked)}
              data-testid={`field-module-${module.id}`}
            />{' '}
            {module.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
