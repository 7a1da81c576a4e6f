import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";

const texts = (input: string) => extractClaims(input).claims.map((c) => c.text);
const reasons = (input: string) => extractClaims(input).skipped.map((s) => s.reason);

// Issue 14: phenomena of English news writing, one table each, with sentences written for these tests.
describe("clauses joined by a bare 'and'", () => {
  it.each([
    ["Smith cruised past Jones 6-2, 6-1 and Kim defeated Garcia 7-5, 6-2.", ["Smith cruised past Jones 6-2, 6-1.", "Kim defeated Garcia 7-5, 6-2."]],
    ["Exports rose 4% in May and the trade deficit narrowed to $2 billion.", ["Exports rose 4% in May.", "The trade deficit narrowed to $2 billion."]],
  ])("%s", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps a coordinated subject whole: two people did one thing", () => {
    expect(texts("Lopez and Chen won the doubles final 6-4, 6-4 on Sunday.")).toEqual(["Lopez and Chen won the doubles final 6-4, 6-4 on Sunday."]);
  });
});

describe("lists of figures and objects, one claim per item", () => {
  it.each([
    ["Ortiz finished with 31 points, 9 rebounds and 7 assists.", ["Ortiz finished with 31 points.", "Ortiz finished with 9 rebounds.", "Ortiz finished with 7 assists."]],
    ["The council approved 12 new schools, 40 km of bike lanes and a $3 million park.", ["The council approved 12 new schools.", "The council approved 40 km of bike lanes.", "The council approved a $3 million park."]],
    [
      "The clinic treated 40 adults, 25 children, 12 infants and 3 visitors on Monday.",
      ["The clinic treated 40 adults on Monday.", "The clinic treated 25 children on Monday.", "The clinic treated 12 infants on Monday.", "The clinic treated 3 visitors on Monday."],
    ],
  ])("%s", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe("trailing change figures", () => {
  it.each([
    ["Gold was last at $1,812, up 0.4% on the day.", ["Gold was last at $1,812.", "Gold was up 0.4% on the day."]],
    ["Shares of Acme closed at $41.20, down 3% from Friday.", ["Shares of Acme closed at $41.20.", "Shares of Acme were down 3% from Friday."]],
  ])("%s", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe("coordinated predicates repeat their subject", () => {
  it.each([
    ["The minister skipped the hearing and drew criticism from both parties.", ["The minister skipped the hearing.", "The minister drew criticism from both parties."]],
    ["The refinery closed in 2019 and laid off 600 workers.", ["The refinery closed in 2019.", "The refinery laid off 600 workers."]],
  ])("%s", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps each claim's quote exactly the article's words", () => {
    const input = "The minister skipped the hearing and drew criticism from both parties.";
    for (const c of extractClaims(input).claims) expect(input.slice(c.start, c.end)).toBe(c.quote);
    expect(extractClaims(input).claims[1].quote).toBe("drew criticism from both parties");
  });
});

describe("facts without a number or a name are claims, ranked lower", () => {
  it.each([
    "Most hospitals in the region now treat patients in corridors.",
    "The company pledged to review its hiring practices.",
    "The mayor said the budget was balanced.",
  ])("%s", (input) => {
    const [claim] = extractClaims(input).claims;
    expect(claim?.quote).toBe(input.slice(0, -1));
    expect(claim.score).toBeLessThan(extractClaims("The council approved a $4.2 million budget on Monday, officials said.").claims[0].score + 0.5);
  });

  it("still skips an empty statement about 'it'", () => {
    expect(reasons("It was a big day for everyone.")).toEqual(["too vague"]);
  });
});

describe("self-contained wording", () => {
  it("restates 'he' or 'she' as the person last named in full, keeping the quote the article's words", () => {
    const input = "Ana Ortiz scored 31 points on Friday. She joined the club in 2015.";
    const [, second] = extractClaims(input).claims;
    expect(second.text).toBe("Ana Ortiz joined the club in 2015.");
    expect(second.quote).toBe("She joined the club in 2015");
    expect(input.slice(second.start, second.end)).toBe(second.quote);
  });

  it("keeps the pronoun when nobody was named", () => {
    expect(texts("He joined the club in 2015.")).toEqual(["He joined the club in 2015."]);
  });
});

describe("quotations", () => {
  it("skips a first- or second-person quotation with nothing to check, as opinion", () => {
    expect(reasons("“We know you are angry,” the governor said.")).toEqual(["opinion"]);
  });

  it("keeps a quotation that states a checkable fact", () => {
    expect(texts("“We hired 400 teachers in 2023,” the governor said.")).toHaveLength(1);
  });
});

describe("page furniture found by its shape", () => {
  it.each([
    ["a run of other stories' headlines, one per paragraph", "The port handled 2 million containers in 2023, officials said.\n\nCity hall weighs new parking fees\n\nStorm leaves thousands without power\n\nLocal bakery wins national award"],
    ["headlines under a list heading", "The port handled 2 million containers in 2023, officials said.\n\nRelated Articles\n\nCity hall weighs new parking fees\n\nStorm leaves thousands without power"],
    ["a link card printed twice", "The port handled 2 million containers in 2023, officials said.\n\nThe best winter coats of 2024 The best winter coats of 2024"],
    ["headlines run together without spaces", "The port handled 2 million containers in 2023, officials said.\n\nCity weighs parking feesStorm leaves thousands in darkBakery wins national awardMayor unveils budget"],
    ["share counters and video durations", "The port handled 2 million containers in 2023, officials said.\n\nMayor opens new bridge This story has been shared 12,345 times.\n\nHow the port grew (2:45)"],
    ["interface lines", "The port handled 2 million containers in 2023, officials said.\n\nShare via Email\n\nView author archive\n\nComment on this story"],
    ["a parenthesised credit", "The port handled 2 million containers in 2023, officials said.\n\n(Reporting by Ana Ruiz; Editing by Tom Lee)"],
    ["a numbered list of stories on one line", "The port handled 2 million containers in 2023, officials said.\n\nMost Read 1 Storm hits coast 2 Mayor resigns over audit 3 Bakery wins award 4 Schools close early"],
    ["a timestamp line", "The port handled 2 million containers in 2023, officials said.\n\nCity Wire March 3, 2024, 7:15 AM"],
    ["a teaser for the site's other story", "The port handled 2 million containers in 2023, officials said.\n\nOn Example.com: Harbour board names new chief"],
    ["a sentence about the page", "The port handled 2 million containers in 2023, officials said.\n\nHere's the latest data on cargo volumes from the harbour board. The following chart shows the busiest months."],
    ["a request to commenters", "The port handled 2 million containers in 2023, officials said.\n\nWhen commenting, please abide by our community rules and avoid personal attacks."],
  ])("%s gives no claim", (_name, input) => {
    expect(texts(input)).toEqual(["The port handled 2 million containers in 2023, officials said."]);
  });

  it("does not take a sentence that names brands (SoftBank, PlayStation) for glued headlines", () => {
    expect(texts("SoftBank sold its stake in PlayStation maker InfoTech for $2 billion, the company said.")).toHaveLength(1);
  });
});
