import { useController, type Control } from 'react-hook-form';
import type { CatalogueSummary } from '../../../../shared/contract';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import type { CaseFormOutput, CaseFormValues } from './case-form-schema';

interface ModuleChoiceProps {
  control: Control<CaseFormValues, unknown, CaseFormOutput>;
  catalogue: CatalogueSummary | undefined;
}

/** Optional modules of the chosen catalogue; each adds its own questions to the questionnaire. */
export function ModuleChoice({ control, catalogue }: ModuleChoiceProps) {
  const { field } = useController({ control, name: 'modules' });
  if (!catalogue || catalogue.modules.length === 0) return null;
  return (
    <CheckboxGroup
      legend="Optionale Module"
      options={catalogue.modules.map((module) => ({ id: module.id, label: module.name }))}
      chosen={field.value}
      onChange={field.onChange}
      testId="module-choice"
      optionTestId={(id) => `field-module-${id}`}
    />
  );
}
