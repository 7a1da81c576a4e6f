import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";

const texts = (input: string) => extractClaims(input).claims.map((c) => c.text);
const skipped = (input: string) => extractClaims(input).skipped.map((s) => [s.reason, s.text.trim()]);

describe("atomic splitting", () => {
  it.each([
    [
      "Budget talks: the council approved a £4.2m budget while the mayor announced 120 new police officers.",
      ["Budget talks: the council approved a £4.2m budget.", "The mayor announced 120 new police officers."],
    ],
    [
      "The Lakers beat the Thunder 112-107 after Anthony Davis scored 34 points.",
      ["The Lakers beat the Thunder 112-107.", "Anthony Davis scored 34 points."],
    ],
    [
      "Officials said the fire destroyed 1,200 homes in Paradise, and the state spent $2 billion on the response.",
      ["Officials said the fire destroyed 1,200 homes in Paradise.", "The state spent $2 billion on the response."],
    ],
  ])("splits coordinated and subordinate clauses: %s", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("splits coordinated quantities, each keeping its speaker and hedge", () => {
    const { claims } = extractClaims(
      "Shin Won-sik said North Korea may have shipped up to five million shells and dozens of missiles to Russia.",
    );
    expect(claims.map((c) => c.text)).toEqual([
      "Shin Won-sik said North Korea may have shipped up to five million shells to Russia.",
      "Shin Won-sik said North Korea may have shipped dozens of missiles to Russia.",
    ]);
    expect(claims.map((c) => c.speaker)).toEqual(["Shin Won-sik", "Shin Won-sik"]);
    expect(claims[0].quantities[0]).toMatchObject({ value: 5_000_000, unit: "shells", hedge: "up to" });
    expect(claims[1].quantities[0]).toMatchObject({ value: null, unit: "missiles", hedge: "dozens" });
  });

  it("splits visits by two officials into two claims", () => {
    expect(
      texts(
        "The two countries exchanged visits by Brazil's foreign minister and Argentina's economy minister in 2023.",
      ),
    ).toEqual([
      "The two countries exchanged visits by Brazil's foreign minister in 2023.",
      "The two countries exchanged visits by Argentina's economy minister in 2023.",
    ]);
  });

  it("splits a three-item statistics line into one claim per figure", () => {
    expect(texts("James finished with 25 points, 11 rebounds and 10 assists on Tuesday.")).toEqual([
      "James finished with 25 points on Tuesday.",
      "James finished with 11 rebounds on Tuesday.",
      "James finished with 10 assists on Tuesday.",
    ]);
  });

  it("turns a relative clause with its own fact into a claim about its antecedent", () => {
    expect(texts("The senate passed a bill on Monday that raises the minimum wage to $15 by 2025.")).toEqual([
      "The senate passed a bill on Monday.",
      "The bill raises the minimum wage to $15 by 2025.",
    ]);
  });

  it("states the agent of a past participle as a separate claim", () => {
    expect(
      texts("The court struck down a law passed under former governor Jerry Brown, citing free speech."),
    ).toContain("The law was passed under former governor Jerry Brown.");
  });
});

describe("attribution", () => {
  it.each([
    ["The unemployment rate fell to 3.5% in October, the Labor Department said.", "Labor Department"],
    [
      "According to the World Health Organization, 1.2 million people died in road crashes in 2021.",
      "World Health Organization",
    ],
    ["Mayor Karen Bass told reporters that the city hired 400 firefighters.", "Karen Bass"],
    ["“We will cut taxes by 10%,” said Chancellor Olaf Weber.", "Olaf Weber"],
    ["The Russian news agency Tass reported that Moscow would expand trade with Pyongyang in 2025.", "Tass"],
  ])("finds the speaker in %s", (input, speaker) => {
    expect(extractClaims(input).claims[0].speaker).toBe(speaker);
  });

  it("does not take a sports statistic for speech", () => {
    expect(extractClaims("Danilo Gallinari added 25 points in his former home arena.").claims[0].speaker).toBeNull();
  });

  it("keeps negation and hedges in the claim", () => {
    expect(
      texts(
        "The ministry said inflation is expected to reach 7% next year, but wages may not keep pace with prices in 2025.",
      ),
    ).toEqual([
      "The ministry said inflation is expected to reach 7% next year.",
      "Wages may not keep pace with prices in 2025.",
    ]);
  });
});

describe("what is not a claim", () => {
  it("skips bylines, credits, prompts and footers", () => {
    const input = [
      "Storm floods 300 homes in Valencia",
      "",
      "By MARIA LOPEZ",
      "Associated Press",
      "",
      "VALENCIA, Spain (AP) — Flooding damaged 300 homes in Valencia on Tuesday, officials said.",
      "",
      "Read more: Climate stories",
      "Sign in or Create a free account",
      "© 2024 Example Media. All rights reserved.",
      "Subscribe to our newsletter",
    ].join("\n");
    expect(texts(input)).toEqual([
      "Storm floods 300 homes in Valencia.",
      "Flooding damaged 300 homes in Valencia on Tuesday, officials said.",
    ]);
    expect(skipped(input).map(([reason]) => reason)).toEqual([
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
    ]);
  });

  it("keeps a photo caption's fact and skips its credit", () => {
    const input = "President Lula at the summit in Belem, Brazil, Nov. 6, 2025. (Ricardo Moraes/Reuters via AP)";
    const result = extractClaims(input);
    expect(result.claims.map((c) => c.text)).toEqual(["President Lula at the summit in Belem, Brazil, Nov. 6, 2025."]);
    expect(result.claims[0].dates).toEqual([{ raw: "Nov. 6, 2025", iso: "2025-11-06" }]);
    expect(result.skipped).toEqual([expect.objectContaining({ reason: "credit" })]);
  });

  it("skips a credit line on its own", () => {
    expect(skipped("Sergei Karpukhin/Sputnik, Kremlin pool via AP")).toEqual([
      ["credit", "Sergei Karpukhin/Sputnik, Kremlin pool via AP"],
    ]);
  });

  it("skips questions, opinion and vague statements", () => {
    const result = extractClaims(
      "How far will the reforms go? The minister clearly hopes the plan will reshape the balance of power in Europe. It was a big day for everyone.",
    );
    expect(result.claims).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(["question", "opinion", "too vague"]);
  });

  it("skips lists of links to other stories", () => {
    const input =
      "Most Popular\nFire damages club in Albany\nMan charged in shooting death\nPark will become Fantasyland";
    expect(texts(input)).toEqual([]);
  });

  it("reports a repeated caption once", () => {
    const caption = "A shopper looks at extension cords in Grass Valley, Calif., Tuesday, Nov. 19, 2019.";
    const result = extractClaims(`${caption}\n\n${caption}`);
    expect(result.claims).toHaveLength(1);
    expect(result.skipped.map((s) => s.reason)).toEqual(["duplicate"]);
  });
});

describe("offsets", () => {
  it("anchors every claim to its exact words, with Windows line endings and markup", () => {
    const input = "<p>Exports rose 12% in 2023, the agency said.</p>\r\n\r\n<p>Imports fell to &pound;3bn in 2024.</p>";
    const { claims } = extractClaims(input);
    expect(claims.map((c) => c.text)).toEqual([
      "Exports rose 12% in 2023, the agency said.",
      "Imports fell to &pound;3bn in 2024.",
    ]);
    for (const c of claims) expect(input.slice(c.start, c.end)).toBe(c.quote);
  });
});
