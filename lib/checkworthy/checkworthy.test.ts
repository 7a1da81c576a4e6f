import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { f1Yes, parseCheckThat } from "./ct24";
import { termCounts } from "./features";
import { checkWorthiness, isCheckWorthy } from "./model";

const root = path.resolve(__dirname, "../..");

describe("CheckThat! files", () => {
  it("reads a file with labels, and splits the published train file's one glued line back into two sentences", () => {
    const rows = parseCheckThat(
      "Sentence_id\tText\tclass_label\n1\tWe've got to invest.\tNo29286\tYou can't bring back jobs.\tNo\n3\tTaxes rose 4% in 2019.\tYes\n",
    );
    expect(rows).toEqual([
      { id: "1", text: "We've got to invest.", label: false },
      { id: "29286", text: "You can't bring back jobs.", label: false },
      { id: "3", text: "Taxes rose 4% in 2019.", label: true },
    ]);
  });

  it("reads a file without labels, and refuses one without the columns it needs", () => {
    expect(parseCheckThat("Sentence_id\tText\n7\tHello.\n")).toEqual([{ id: "7", text: "Hello.", label: null }]);
    expect(() => parseCheckThat("id,text\n1,Hello\n")).toThrow(
      "The file needs a header line with Sentence_id and Text columns (tab-separated).",
    );
    expect(() => parseCheckThat("Sentence_id\tText\tclass_label\n1\tHello.\tMaybe\n")).toThrow(
      'Line 2: class_label must be Yes or No, not "Maybe".',
    );
  });

  it("scores F1 on the Yes class, as the lab does", () => {
    expect(f1Yes([true, true, false, false], [true, false, true, false])).toEqual({
      f1: 0.5,
      precision: 0.5,
      recall: 0.5,
    });
    expect(f1Yes([false], [false]).f1).toBe(0);
  });
});

describe("the check-worthiness model", () => {
  it("hashes the same text to the same features every time", () => {
    expect([...termCounts("Unemployment fell to 3.5% in 2019.")]).toEqual([
      ...termCounts("Unemployment fell to 3.5% in 2019."),
    ]);
  });

  it.each([
    ["Unemployment fell to 3.5% in October 2019, the lowest rate in fifty years.", true],
    ["We have cut taxes for 80 million families and created 7 million jobs.", true],
    ["Thank you very much, it's great to be here tonight.", false],
    ["I want to talk about our future.", false],
  ])("%s → check-worthy: %s", (text, expected) => {
    const p = checkWorthiness(text);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(isCheckWorthy(p)).toBe(expected);
  });
});

describe("npm run checkworthy", () => {
  it("prints the lab's submission format and the official F1 on standard error", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ct24-"));
    const file = path.join(dir, "sample.tsv");
    writeFileSync(
      file,
      "Sentence_id\tText\tclass_label\n11\tThe deficit doubled to $1.4 trillion in 2009.\tYes\n12\tGood evening, everyone.\tNo\n",
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/checkworthy.ts", file], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("id\tclass_label\tscore");
    expect(lines.slice(1).map((l) => l.split("\t").slice(0, 2))).toEqual([
      ["11", "Yes"],
      ["12", "No"],
    ]);
    expect(lines[1].split("\t")[2]).toMatch(/^0\.\d{4}$/);
    expect(run.stderr.trim()).toBe("F1 (Yes) 1.000  precision 1.000  recall 1.000  over 2 sentences");
  });

  it("explains a missing file in one line and exits 2", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/checkworthy.ts", "/no/such.tsv"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe("checkworthy: /no/such.tsv: no such file or directory, open '/no/such.tsv'");
  });
});

const devTest = path.join(root, "../shared/eval/ct24/CT24_checkworthy_english_dev-test.tsv");
const haveShared = existsSync(devTest);
if (!haveShared)
  console.log(`Skipping the CheckThat! dev-test floor: ${devTest} is not here (a clone without ../shared beside it).`);

describe.skipIf(!haveShared)("on CheckThat! 2024 English dev-test", () => {
  it("keeps F1 on the Yes class at 0.80 or above with the committed model", () => {
    const sentences = parseCheckThat(readFileSync(devTest, "utf8"));
    const { f1 } = f1Yes(
      sentences.map((s) => s.label!),
      sentences.map((s) => isCheckWorthy(checkWorthiness(s.text))),
    );
    expect(f1).toBeGreaterThanOrEqual(0.8);
  });
});
