import file from "./model.json";
import { vectorise } from "./features";
import { decodeModel, type ModelFile } from "./model-file";
import { score } from "./train";
import type { TrainedModel } from "./train";

let model: TrainedModel | null = null;
const loaded = () => (model ??= decodeModel(file as ModelFile));

/**
 * How check-worthy a sentence is, 0–1: logistic regression over TF-IDF word and character n-grams,
 * trained on the CheckThat! 2024 English sentences (`npm run train:checkworthy`). Offline, plain TypeScript.
 */
export function checkWorthiness(text: string): number {
  const m = loaded();
  return score(vectorise(text, m.idf), m.weights, m.bias);
}

export function isCheckWorthy(probability: number): boolean {
  return probability >= loaded().threshold;
}
