import { describe, expect, it } from "vitest";
import { textMetadata } from "./text-meta";

describe("what a plain-text article says about itself", () => {
  it.each([
    [
      "Bridge tolls rise again\n\nBy Maria Ortiz\nOn 11/13/19 at 4:00 PM EST\n\nThe toll rose by 40 cents.",
      { title: "Bridge tolls rise again", byline: "Maria Ortiz", publishedAt: "2019-11-13" },
    ],
    [
      "Council approves budget\nBy Jan van der Berg and Ana Lima | March 4, 2024\nThe council voted 7-2.",
      { title: "Council approves budget", byline: "Jan van der Berg and Ana Lima", publishedAt: "2024-03-04" },
    ],
    [
      "Port traffic up\n12 January 2025\n\nThe port handled more ships.",
      { title: "Port traffic up", publishedAt: "2025-01-12" },
    ],
    ["Plain headline\n\nThe story starts here and says nothing about its author.", { title: "Plain headline" }],
  ])("reads %j", (text, expected) => {
    expect(textMetadata(text)).toEqual(expected);
  });

  it("never takes a byline or date from the story itself", () => {
    const story = `Headline\n\n${"The mayor said the bridge opened on 11/13/19, by all accounts late. ".repeat(3)}\nBy Someone Else`;
    expect(textMetadata(story)).toEqual({ title: "Headline" });
  });

  it("leaves out a date that is not a real day", () => {
    expect(textMetadata("Headline\nOn 13/45/19\nText")).toEqual({ title: "Headline" });
  });
});
