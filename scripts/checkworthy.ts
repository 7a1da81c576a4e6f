/**
 * `npm run checkworthy -- FILE.tsv`: labels a CheckThat!-format file (Sentence_id, Text, optional
 * class_label) and prints the lab's submission format on standard output: a header line, then
 * `id<TAB>Yes|No<TAB>score` per sentence. With labels present, the official F1 goes to standard error.
 */
import { readFileSync } from "node:fs";
import { f1Yes, parseCheckThat } from "../lib/checkworthy/ct24";
import { checkWorthiness, isCheckWorthy } from "../lib/checkworthy/model";

function main(): number {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error(
      "Usage: npm run checkworthy -- FILE.tsv   (a CheckThat! file: Sentence_id, Text and optionally class_label)",
    );
    return 2;
  }
  let sentences;
  try {
    sentences = parseCheckThat(readFileSync(file === "-" ? 0 : file, "utf8"));
  } catch (err) {
    console.error(`checkworthy: ${file}: ${err instanceof Error ? err.message.replace(/^ENOENT: /, "") : String(err)}`);
    return 2;
  }
  const lines = ["id\tclass_label\tscore"];
  const predicted: boolean[] = [];
  for (const s of sentences) {
    const p = checkWorthiness(s.text);
    predicted.push(isCheckWorthy(p));
    lines.push(`${s.id}\t${isCheckWorthy(p) ? "Yes" : "No"}\t${p.toFixed(4)}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  if (sentences.length && sentences.every((s) => s.label !== null)) {
    const r = f1Yes(
      sentences.map((s) => s.label!),
      predicted,
    );
    console.error(
      `F1 (Yes) ${r.f1.toFixed(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  over ${sentences.length} sentences`,
    );
  }
  return 0;
}

process.exitCode = main();
