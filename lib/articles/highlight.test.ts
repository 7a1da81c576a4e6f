import { describe, expect, it } from "vitest";
import { highlightParagraphs } from "./highlight";

describe("claim highlights", () => {
  it("cuts each paragraph into plain and highlighted pieces that rebuild the text", () => {
    const body = "Turnout was 61%.\n\nThe mayor resigned on Monday, aides said.";
    const paragraphs = highlightParagraphs(body, [{ start: 0, end: 15 }, { start: 18, end: 46 }, { start: 22, end: 30 }]);
    expect(paragraphs.map((p) => p.pieces.map((x) => [x.text, x.marked]))).toEqual([
      [["Turnout was 61%", true], [".", false]],
      [["The mayor resigned on Monday", true], [", aides said.", false]],
    ]);
  });
});
