/** CheckThat! task 1 files: `Sentence_id`, `Text`, optional `class_label` (Yes/No), tab-separated. */
export type LabelledSentence = { id: string; text: string; label: boolean | null };

export function parseCheckThat(tsv: string): LabelledSentence[] {
  // One line of the published train file lacks its line break ("…\tNo29286\t…"): split it back.
  const lines = tsv
    .replace(/\t(Yes|No)(\d+)\t/g, "\t$1\n$2\t")
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const header =
    lines
      .shift()
      ?.split("\t")
      .map((h) => h.trim()) ?? [];
  const idAt = header.indexOf("Sentence_id");
  const textAt = header.indexOf("Text");
  const labelAt = header.indexOf("class_label");
  if (idAt < 0 || textAt < 0)
    throw new Error("The file needs a header line with Sentence_id and Text columns (tab-separated).");
  return lines.map((line, n) => {
    const cells = line.split("\t");
    if (cells.length < Math.max(idAt, textAt) + 1)
      throw new Error(`Line ${n + 2} has ${cells.length} columns; expected at least ${Math.max(idAt, textAt) + 1}.`);
    const label = labelAt >= 0 ? cells[labelAt]?.trim() : undefined;
    if (label !== undefined && label !== "Yes" && label !== "No")
      throw new Error(`Line ${n + 2}: class_label must be Yes or No, not "${label}".`);
    return { id: cells[idAt].trim(), text: cells[textAt], label: label === undefined ? null : label === "Yes" };
  });
}

/** The lab's official measure: F1 of the "Yes" class. */
export function f1Yes(gold: boolean[], predicted: boolean[]): { f1: number; precision: number; recall: number } {
  let tp = 0,
    fp = 0,
    fn = 0;
  gold.forEach((g, i) => {
    if (predicted[i] && g) tp++;
    else if (predicted[i]) fp++;
    else if (g) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}
