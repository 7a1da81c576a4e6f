import { DIMS, termCounts, vectorise, type SparseVector } from "./features";

export type TrainedModel = { idf: Float32Array; weights: Float32Array; bias: number; threshold: number };
export type TrainOptions = { epochs: number; learningRate: number; l2: number; seed: number };

/** Smoothed inverse document frequency per hashed slot, from the training texts. */
export function documentFrequencies(texts: string[]): Float32Array {
  const df = new Uint32Array(DIMS);
  for (const t of texts) for (const slot of termCounts(t).keys()) df[slot]++;
  const idf = new Float32Array(DIMS);
  for (let i = 0; i < DIMS; i++) idf[i] = Math.log((1 + texts.length) / (1 + df[i])) + 1;
  return idf;
}

export function score(x: SparseVector, weights: Float32Array, bias: number): number {
  let z = bias;
  for (let k = 0; k < x.index.length; k++) z += weights[x.index[k]] * x.value[k];
  return 1 / (1 + Math.exp(-z));
}

/** A small deterministic generator, so a training run gives the same model every time. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Logistic regression by stochastic gradient descent with L2 (lazy, per touched weight), classes
 * weighted to balance, learning rate decaying per epoch. Deterministic for a given seed.
 */
export function trainLogistic(
  texts: string[],
  labels: boolean[],
  idf: Float32Array,
  opts: TrainOptions,
): { weights: Float32Array; bias: number } {
  const xs = texts.map((t) => vectorise(t, idf));
  const positives = labels.filter(Boolean).length;
  const weightOf = (y: boolean) =>
    y ? labels.length / (2 * positives) : labels.length / (2 * (labels.length - positives));
  const weights = new Float32Array(DIMS);
  let bias = 0;
  const random = mulberry32(opts.seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = opts.learningRate / (1 + epoch);
    for (const i of order) {
      const x = xs[i];
      const y = labels[i] ? 1 : 0;
      const g = (score(x, weights, bias) - y) * weightOf(labels[i]);
      for (let k = 0; k < x.index.length; k++) {
        const slot = x.index[k];
        weights[slot] -= rate * (g * x.value[k] + opts.l2 * weights[slot]);
      }
      bias -= rate * g;
    }
  }
  return { weights, bias };
}
