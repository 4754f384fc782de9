import type { Assessment } from '../../../../shared/contract';
import { DecisionForm } from './DecisionForm';
import { FinalizedDecision } from './FinalizedDecision';

/** The recommendation and the decision of an open round; the frozen decision and its reopening once finalised. */
export function DecisionPanel({ data }: { data: Assessment }) {
  return data.finalizedAt ? <FinalizedDecision data={data} /> : <DecisionForm data={data} />;
}
