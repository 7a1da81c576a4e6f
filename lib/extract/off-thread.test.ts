import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { extractClaimsOffThread } from "./off-thread";

describe("extraction off the request thread (issue 19.2)", () => {
  it("returns exactly what the extractor returns, dates included", async () => {
    const text = "The council approved a $4.2 million budget on Monday, officials said.\n\nExports rose 12% in 2023.";
    const options = { referenceDate: new Date("2024-03-04T00:00:00Z") };
    expect(await extractClaimsOffThread(text, options)).toEqual(extractClaims(text, options));
  });

  it("keeps this thread free while a long article is read", async () => {
    const article =
      "The city spent $2 million on roads in 2023, and the county added 40 buses, officials said.\n\n".repeat(6000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const result = await extractClaimsOffThread(article);
    clearInterval(ticker);
    expect(result.claims.length).toBeGreaterThan(0);
    // The timer kept firing while the worker was busy: the event loop was never blocked for the whole run.
    expect(ticks).toBeGreaterThan(10);
  });

  it("ends a run that passes its time limit with a sentence a person understands, and recovers", async () => {
    const article = "The city spent $2 million on roads in 2023, and the county added 40 buses.\n\n".repeat(20_000);
    await expect(extractClaimsOffThread(article, {}, 1)).rejects.toThrow(
      "Finding the claims took longer than 0 s; the article was not saved.",
    );
    const again = await extractClaimsOffThread("Exports rose 12% in 2023, the agency said.");
    expect(again.claims).toHaveLength(1);
  });
});
