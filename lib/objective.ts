/**
 * The training loss of PROTOCOL.md: data = mean |pred - target|^2 plus, during hardening,
 * lam_ent x leaf entropy and lam_bin x (V16, Hybrid: gate binarity; Hybrid: + root entropy;
 * Eq. 6: internal entropy). The gradient is computed on demand after the loss, so a skipped
 * (non-finite) step costs no backward pass.
 */
import { softmaxGroups, type Architecture } from "./architecture.js";
import { binarityPenalty, entropyPenalty, type Group } from "./penalties.js";
import { selectionBackward, softSelections } from "./selections.js";
import type { TreeModel } from "./treeModel.js";

export interface Loss {
  data: number;
  total: number;
}

export class Objective {
  readonly architecture: Architecture;
  private readonly weights: Float64Array;
  private readonly gradWeights: Float64Array;
  private readonly leafGroups: Group[];
  private params = new Float64Array(0);
  private tau = 1;
  private lambdaEntropy = 0;
  private lambdaBinarity = 0;

  constructor(readonly model: TreeModel, readonly targets: Float64Array, readonly entropyEpsilon = 1e-12) {
    this.architecture = model.architecture;
    this.weights = new Float64Array(this.architecture.parameterCount);
    this.gradWeights = new Float64Array(this.architecture.parameterCount);
    this.leafGroups = softmaxGroups(this.architecture).slice(0, this.architecture.leafCount);
  }

  /** Forward pass and loss at temperature tau with the given penalty weights. */
  loss(params: Float64Array, tau: number, lambdaEntropy = 0, lambdaBinarity = 0): Loss {
    this.params = params;
    this.tau = tau;
    this.lambdaEntropy = lambdaEntropy;
    this.lambdaBinarity = lambdaBinarity;
    softSelections(this.architecture, params, tau, this.weights);
    this.model.forward(this.weights);
    const data = this.model.dataLoss(this.targets);
    const total = lambdaEntropy === 0 && lambdaBinarity === 0 ? data : data + this.penalties(null, null);
    return { data, total };
  }

  /** Gradient of the last {@link loss} with respect to the parameters (overwrites grad). */
  gradient(grad: Float64Array): Float64Array {
    this.gradWeights.fill(0);
    grad.fill(0);
    this.model.backwardDataLoss(this.targets, this.gradWeights);
    if (this.lambdaEntropy !== 0 || this.lambdaBinarity !== 0) this.penalties(this.gradWeights, grad);
    selectionBackward(this.architecture, this.weights, this.tau, this.gradWeights, grad);
    return grad;
  }

  /** Sum of the weighted penalties; with gradient buffers, adds their gradients. */
  private penalties(gradWeights: Float64Array | null, gradParams: Float64Array | null): number {
    const { architecture, weights, entropyEpsilon: eps, lambdaEntropy: lamEnt, lambdaBinarity: lamBin } = this;
    let sum = lamEnt * entropyPenalty(this.leafGroups, weights, eps, true, gradWeights, lamEnt);
    if (architecture.name === "eq6") {
      sum += lamBin * entropyPenalty(architecture.internalSoftmaxes, weights, eps, true, gradWeights, lamBin);
    } else {
      sum += lamBin * binarityPenalty(architecture.gates, this.params, gradParams, lamBin);
      sum += lamBin * entropyPenalty(architecture.rootSoftmaxes, weights, eps, false, gradWeights, lamBin);
    }
    return sum;
  }
}
