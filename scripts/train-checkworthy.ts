/**
 * `npm run train:checkworthy`: trains the check-worthiness model on the CheckThat! 2024 English train
 * set, reports F1 on dev and dev-test, and writes the weights to lib/checkworthy/model.json.
 * Deterministic: the same data gives the same file. The classes are weighted to balance, so the
 * decision threshold is 0.5, not tuned: dev comes from the same debates as train, and a threshold
 * fitted to it (0.6) generalises worse to other debates.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCheckThat, f1Yes } from "../lib/checkworthy/ct24";
import { vectorise } from "../lib/checkworthy/features";
import { encodeModel } from "../lib/checkworthy/model-file";
import { documentFrequencies, score, trainLogistic } from "../lib/checkworthy/train";

const root = path.resolve(__dirname, "..");
const dir = path.resolve(root, process.env.CT24_DIR ?? "../shared/eval/ct24");
const read = (split: string) =>
  parseCheckThat(readFileSync(path.join(dir, `CT24_checkworthy_english_${split}.tsv`), "utf8"));
const OPTIONS = { epochs: 8, learningRate: 0.5, l2: 1e-5, seed: 7 };
const THRESHOLD = 0.5;

function main() {
  const [train, dev, devTest] = [read("train"), read("dev"), read("dev-test")];
  const started = Date.now();
  const idf = documentFrequencies(train.map((s) => s.text));
  const { weights, bias } = trainLogistic(
    train.map((s) => s.text),
    train.map((s) => s.label!),
    idf,
    OPTIONS,
  );
  const probs = (set: typeof dev) => set.map((s) => score(vectorise(s.text, idf), weights, bias));
  const threshold = THRESHOLD;
  const report = (name: string, set: typeof dev) => {
    const r = f1Yes(
      set.map((s) => s.label!),
      probs(set).map((p) => p >= threshold),
    );
    console.log(
      `${name.padEnd(9)} F1 ${r.f1.toFixed(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  (${set.length} sentences)`,
    );
  };
  console.log(
    `Trained on ${train.length} sentences in ${((Date.now() - started) / 1000).toFixed(1)} s; threshold ${threshold}`,
  );
  report("dev", dev);
  report("dev-test", devTest);
  const out = path.join(root, "lib/checkworthy/model.json");
  writeFileSync(out, encodeModel({ idf, weights, bias, threshold }));
  console.log(`Wrote ${path.relative(root, out)}`);
}

main();
