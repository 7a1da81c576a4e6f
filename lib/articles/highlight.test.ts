import { describe, expect, it } from "vitest";
import { highlightParagraphs } from "./highlight";

describe("claim highlights", () => {
  it("cuts each paragraph at claim boundaries and says which claims cover each piece", () => {
    const body = "Turnout was 61%.\n\nThe mayor resigned on Monday, aides said.";
    const paragraphs = highlightParagraphs(body, [
      { id: "a", start: 0, end: 15 },
      { id: "b", start: 18, end: 46 },
      { id: "c", start: 22, end: 30 },
    ]);
    expect(paragraphs.map((p) => p.pieces.map((x) => [x.text, x.ids]))).toEqual([
      [
        ["Turnout was 61%", ["a"]],
        [".", []],
      ],
      [
        ["The ", ["b"]],
        ["mayor re", ["b", "c"]],
        ["signed on Monday", ["b"]],
        [", aides said.", []],
      ],
    ]);
  });

  it("rebuilds the text exactly", () => {
    const body = "A claim here.\nAnother one.";
    const text = highlightParagraphs(body, [{ id: "x", start: 2, end: 20 }])
      .map((p) => p.pieces.map((x) => x.text).join(""))
      .join("\n");
    expect(text).toBe(body);
  });
});
