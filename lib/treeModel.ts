/**
 * Forward and backward passes of an architecture over a fixed set of points, on Float64Array
 * buffers allocated once. Values are complex (separate real and imaginary buffers); a node whose
 * inputs are all real and inside the operator's real domain takes the real path, which computes
 * what the complex path would (PROTOCOL.md: "a real fast path is allowed and expected").
 */
import type { Architecture, Source } from "./architecture.js";
import type { Operator } from "./operators.js";
import { computeNode, nodeBackward, type NodeBuffers } from "./nodeKernels.js";

/** The points a model is evaluated on: one array per variable of the architecture. */
export interface Points {
  variables: Float64Array[];
  count: number;
}

/** Gate values above this make the input exactly 1, with no gradient (PROTOCOL.md, V16). */
export const HARD_ONE = 1 - 2 ** -52;

interface SlotState {
  valueRe: Float64Array;
  valueIm: Float64Array;
  gradRe: Float64Array;
  gradIm: Float64Array;
  /** What the node reads this pass (own buffers or shared views). */
  inRe: Float64Array;
  inIm: Float64Array;
  real: boolean;
  hardOne: boolean;
  childWeight: number;
}

export class TreeModel {
  readonly count: number;
  private readonly ones: Float64Array;
  private readonly zeros: Float64Array;
  private readonly leafValues: Float64Array[];
  private readonly leafGrad: Array<Float64Array | null>;
  private readonly slotStates: SlotState[];
  private readonly nodes: NodeBuffers[];
  private readonly nodeGradRe: Array<Float64Array | null>;
  private readonly nodeGradIm: Float64Array[];
  private readonly rootGradRe: Float64Array;
  private readonly rootGradIm: Float64Array;
  private readonly scratch = new Float64Array(4);
  private weights: Float64Array = new Float64Array(0);

  constructor(
    readonly architecture: Architecture,
    readonly operator: Operator,
    readonly points: Points,
    readonly clamp: number,
    readonly argumentClamp: number,
  ) {
    if (points.variables.length !== architecture.variables.length) {
      throw new RangeError(`the data has ${points.variables.length} variables, the architecture ${architecture.variables.length}`);
    }
    const n = (this.count = points.count);
    const buffer = () => new Float64Array(n);
    this.ones = buffer().fill(1);
    this.zeros = buffer();
    this.leafValues = Array.from({ length: architecture.leafCount }, buffer);
    this.leafGrad = Array(architecture.leafCount).fill(null);
    this.slotStates = architecture.slots.map(() => ({
      valueRe: buffer(), valueIm: buffer(), gradRe: buffer(), gradIm: buffer(),
      inRe: this.zeros, inIm: this.zeros, real: true, hardOne: false, childWeight: 1,
    }));
    this.nodes = Array.from({ length: architecture.nodeCount }, () => ({
      outRe: buffer(), outIm: buffer(), real: true,
      dARe: buffer(), dAIm: buffer(), dBRe: buffer(), dBIm: buffer(),
      maskRe: buffer(), maskIm: buffer(), argMaskA: buffer(), argMaskB: buffer(),
    }));
    this.nodeGradRe = Array(architecture.nodeCount).fill(null);
    this.nodeGradIm = Array(architecture.nodeCount).fill(this.zeros);
    this.rootGradRe = buffer();
    this.rootGradIm = buffer();
  }

  /** Evaluate the tree with the given selection weights; returns the root's output buffers. */
  forward(weights: Float64Array): { re: Float64Array; im: Float64Array; real: boolean } {
    const { architecture } = this;
    this.weights = weights;
    const leafSize = 1 + architecture.variables.length;
    for (let leaf = 0; leaf < architecture.leafCount; leaf++) {
      const offset = architecture.leafOffsets[leaf];
      const value = this.leafValues[leaf];
      const constant = weights[offset];
      const px = weights[offset + 1];
      const x = this.points.variables[0];
      if (leafSize === 3) {
        const py = weights[offset + 2];
        const y = this.points.variables[1];
        for (let i = 0; i < value.length; i++) value[i] = constant + px * x[i] + py * y[i];
      } else {
        for (let i = 0; i < value.length; i++) value[i] = constant + px * x[i];
      }
    }
    for (let node = 0; node < architecture.nodeCount; node++) {
      const a = this.slotForward(2 * node);
      const b = this.slotForward(2 * node + 1);
      computeNode(this.operator, this.nodes[node], a.inRe, a.inIm, a.real, b.inRe, b.inIm, b.real,
        this.clamp, this.argumentClamp, this.scratch);
    }
    const root = this.nodes[architecture.nodeCount - 1];
    return { re: root.outRe, im: root.outIm, real: root.real };
  }

  /** Mean squared modulus of (prediction - target) after {@link forward}. */
  dataLoss(targets: Float64Array): number {
    const root = this.nodes[this.architecture.nodeCount - 1];
    let sum = 0;
    for (let i = 0; i < this.count; i++) {
      const d = root.outRe[i] - targets[i];
      sum += root.real ? d * d : d * d + root.outIm[i] * root.outIm[i];
    }
    return sum / this.count;
  }

  /** Gradient of the data loss with respect to the selection weights, after {@link forward} (adds into gradWeights). */
  backwardDataLoss(targets: Float64Array, gradWeights: Float64Array): void {
    const { architecture } = this;
    const rootIndex = architecture.nodeCount - 1;
    const root = this.nodes[rootIndex];
    const scale = 2 / this.count;
    for (let i = 0; i < this.count; i++) {
      this.rootGradRe[i] = scale * (root.outRe[i] - targets[i]);
      this.rootGradIm[i] = root.real ? 0 : scale * root.outIm[i];
    }
    this.nodeGradRe.fill(null);
    this.leafGrad.fill(null);
    this.nodeGradRe[rootIndex] = this.rootGradRe;
    this.nodeGradIm[rootIndex] = this.rootGradIm;
    for (let node = rootIndex; node >= 0; node--) {
      const gRe = this.nodeGradRe[node];
      if (gRe === null) continue; // no gradient reaches this subtree
      const a = this.slotStates[2 * node];
      const b = this.slotStates[2 * node + 1];
      nodeBackward(this.nodes[node], gRe, this.nodeGradIm[node], a.gradRe, a.gradIm, b.gradRe, b.gradIm);
      this.slotBackward(2 * node, gradWeights);
      this.slotBackward(2 * node + 1, gradWeights);
    }
    this.leafBackward(gradWeights);
  }

  private sourceValues(source: Source): { re: Float64Array; im: Float64Array; real: boolean } {
    if (source.kind === "leaf") return { re: this.leafValues[source.index], im: this.zeros, real: true };
    const node = this.nodes[source.index];
    return { re: node.outRe, im: node.outIm, real: node.real };
  }

  private slotForward(index: number): SlotState {
    const { source, selector } = this.architecture.slots[index];
    const state = this.slotStates[index];
    const src = this.sourceValues(source);
    const { valueRe, valueIm } = state;
    state.hardOne = false;
    if (selector.kind === "identity") {
      state.inRe = src.re;
      state.inIm = src.im;
      state.real = src.real;
      state.childWeight = 1;
      return state;
    }
    let childWeight: number;
    if (selector.kind === "gate") {
      const s = this.weights[selector.parameter];
      if (s > HARD_ONE) {
        state.hardOne = true;
        state.inRe = this.ones;
        state.inIm = this.zeros;
        state.real = true;
        state.childWeight = 0;
        return state;
      }
      childWeight = 1 - s;
      for (let i = 0; i < this.count; i++) valueRe[i] = s + childWeight * src.re[i];
    } else {
      let constant = 0;
      childWeight = 0;
      valueRe.fill(0);
      for (let k = 0; k < selector.terms.length; k++) {
        const term = selector.terms[k];
        const p = this.weights[selector.offset + k];
        if (term.kind === "one") constant = p;
        else if (term.kind === "child") childWeight = p;
        else {
          const variable = this.points.variables[term.index];
          for (let i = 0; i < this.count; i++) valueRe[i] += p * variable[i];
        }
      }
      for (let i = 0; i < this.count; i++) valueRe[i] = constant + valueRe[i] + childWeight * src.re[i];
    }
    const real = src.real || childWeight === 0;
    if (!real) for (let i = 0; i < this.count; i++) valueIm[i] = childWeight * src.im[i];
    state.inRe = valueRe;
    state.inIm = real ? this.zeros : valueIm;
    state.real = real;
    state.childWeight = childWeight;
    return state;
  }

  private slotBackward(index: number, gradWeights: Float64Array): void {
    const { node, source, selector } = this.architecture.slots[index];
    const state = this.slotStates[index];
    if (state.hardOne) return;
    const { gradRe } = state;
    // A real node writes no imaginary gradient: nothing flows into Im of its inputs.
    const gradIm = this.nodes[node].real ? this.zeros : state.gradIm;
    const src = this.sourceValues(source);
    const count = this.count;
    if (selector.kind === "gate") {
      let dS = 0;
      for (let i = 0; i < count; i++) dS += gradRe[i] * (1 - src.re[i]);
      if (!src.real) for (let i = 0; i < count; i++) dS -= gradIm[i] * src.im[i];
      gradWeights[selector.parameter] += dS;
    } else if (selector.kind === "softmax") {
      for (let k = 0; k < selector.terms.length; k++) {
        const term = selector.terms[k];
        let dP = 0;
        if (term.kind === "one") for (let i = 0; i < count; i++) dP += gradRe[i];
        else if (term.kind === "var") {
          const variable = this.points.variables[term.index];
          for (let i = 0; i < count; i++) dP += gradRe[i] * variable[i];
        } else {
          for (let i = 0; i < count; i++) dP += gradRe[i] * src.re[i];
          if (!src.real) for (let i = 0; i < count; i++) dP += gradIm[i] * src.im[i];
        }
        gradWeights[selector.offset + k] += dP;
      }
    }
    const c = state.childWeight;
    if (c === 0) return;
    if (c !== 1) {
      for (let i = 0; i < count; i++) gradRe[i] *= c;
      if (!src.real && gradIm !== this.zeros) for (let i = 0; i < count; i++) gradIm[i] *= c;
    }
    if (source.kind === "leaf") this.leafGrad[source.index] = gradRe;
    else {
      this.nodeGradRe[source.index] = gradRe;
      this.nodeGradIm[source.index] = gradIm;
    }
  }

  private leafBackward(gradWeights: Float64Array): void {
    const { architecture } = this;
    const leafSize = 1 + architecture.variables.length;
    for (let leaf = 0; leaf < architecture.leafCount; leaf++) {
      const g = this.leafGrad[leaf];
      if (g === null) continue;
      const offset = architecture.leafOffsets[leaf];
      const x = this.points.variables[0];
      const y = leafSize === 3 ? this.points.variables[1] : this.zeros;
      let sum = 0;
      let dotX = 0;
      let dotY = 0;
      for (let i = 0; i < g.length; i++) {
        const gi = g[i];
        sum += gi;
        dotX += gi * x[i];
        dotY += gi * y[i];
      }
      gradWeights[offset] += sum;
      gradWeights[offset + 1] += dotX;
      if (leafSize === 3) gradWeights[offset + 2] += dotY;
    }
  }
}
