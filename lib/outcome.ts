/** The outcome of a trial and its failure label (PROTOCOL.md, "Outcome of a trial"). */
import { operatorCount, signature, skeletonSignature, type Expression } from "./expression.js";
import { OUTCOME } from "./protocol.js";
import type { FailureType } from "./trialTypes.js";

export interface OutcomeInput {
  expression: Expression;
  target: Expression;
  mseTrain: number;
  mseHeldout: number;
  bestLoss: number;
}

export interface Outcome {
  exact: boolean;
  structuralMatch: boolean;
  failureType: FailureType;
}

export function classifyOutcome({ expression, target, mseTrain, mseHeldout, bestLoss }: OutcomeInput): Outcome {
  const structuralMatch = signature(expression) === signature(target);
  const exact = mseTrain < OUTCOME.exactTrainMse && Math.sqrt(mseHeldout) < OUTCOME.exactHeldoutRmse && structuralMatch;
  const failureType: FailureType = exact
    ? "none"
    : mseTrain < OUTCOME.nearEquivalentMse
      ? "near_equivalent"
      : !(bestLoss < OUTCOME.softFitLoss)
        ? "training_failure"
        : operatorCount(expression) < operatorCount(target)
          ? "chain_collapse"
          : skeletonSignature(expression) === skeletonSignature(target)
            ? "wrong_variable"
            : "hardening_failure";
  return { exact, structuralMatch, failureType };
}
