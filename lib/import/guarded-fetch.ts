import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import { addressAllowed, type AddressPolicy } from "./address-policy";

export class FetchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchRefused";
  }
}

export type FetchOptions = AddressPolicy & {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  accept: RegExp;
  /** Resolver, replaceable in tests (no connection is made by a stub). */
  resolve?: (host: string) => Promise<LookupAddress[]>;
};

export type FetchedPage = { url: string; contentType: string; body: Buffer };

const defaultResolve = (host: string) =>
  new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  );

/** Resolves the host and refuses it unless every address it resolves to is allowed. */
export async function checkedAddress(url: URL, opts: FetchOptions): Promise<LookupAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: LookupAddress[];
  try {
    addresses = await (opts.resolve ?? defaultResolve)(host);
  } catch {
    throw new FetchRefused(`The address ${url.hostname} could not be found. Check the link.`);
  }
  if (!addresses.length) throw new FetchRefused(`The address ${url.hostname} could not be found. Check the link.`);
  const refused = addresses.find((a) => !addressAllowed(host, a.address, opts));
  if (refused)
    throw new FetchRefused(
      `${url.hostname} points to a private or local network address (${refused.address}); claimdesk only fetches public web pages.`,
    );
  return addresses[0];
}

function parseUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchRefused("That is not a valid web address.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefused("Only http:// and https:// addresses can be imported.");
  if (url.username || url.password)
    throw new FetchRefused("Addresses with a user name or password cannot be imported.");
  return url;
}

function requestOnce(url: URL, pinned: LookupAddress, opts: FetchOptions, deadline: number) {
  return new Promise<{ status: number; location?: string; contentType: string; body: Buffer }>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "GET",
      headers: { "user-agent": "claimdesk-importer/1.0", accept: "text/html,application/xhtml+xml,text/plain;q=0.8" },
      // Connect to the address that was checked, never to a second lookup's answer.
      lookup: (_host, _options, cb) => cb(null, pinned.address, pinned.family),
      timeout: Math.max(1, deadline - Date.now()),
    });
    // The socket timeout only notices silence; this one bounds the whole exchange (a server
    // trickling a byte every few seconds would otherwise hold the import for minutes).
    const overall = setTimeout(
      () => fail(new FetchRefused(`The page took longer than ${opts.timeoutMs / 1000} s to answer.`)),
      Math.max(1, deadline - Date.now()),
    );
    const fail = (err: Error) => {
      clearTimeout(overall);
      req.destroy();
      reject(err);
    };
    const succeed = (value: Parameters<typeof resolve>[0]) => {
      clearTimeout(overall);
      resolve(value);
    };
    req.on("socket", (socket: Socket) => {
      socket.on("connect", () => {
        if (socket.remoteAddress && !addressAllowed(url.hostname, socket.remoteAddress, opts))
          fail(new FetchRefused("The connection went to a private address and was stopped."));
      });
    });
    req.on("timeout", () => fail(new FetchRefused(`The page took longer than ${opts.timeoutMs / 1000} s to answer.`)));
    req.on("error", (err) =>
      fail(
        err instanceof FetchRefused
          ? err
          : new FetchRefused(`The page could not be fetched (${(err as NodeJS.ErrnoException).code ?? err.message}).`),
      ),
    );
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers["content-type"] ?? "");
      if (status >= 300 && status < 400) {
        res.resume();
        return succeed({ status, location: res.headers.location, contentType, body: Buffer.alloc(0) });
      }
      if (status >= 400) {
        res.resume();
        return fail(
          new FetchRefused(`The site answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}.`),
        );
      }
      if (!opts.accept.test(contentType)) {
        res.resume();
        return fail(
          new FetchRefused(
            `That address is not a web page (it is ${contentType.split(";")[0] || "of an unknown type"}).`,
          ),
        );
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > opts.maxBytes)
        return fail(new FetchRefused(`The page is larger than ${Math.round(opts.maxBytes / 1e6)} MB.`));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes)
          return fail(new FetchRefused(`The page is larger than ${Math.round(opts.maxBytes / 1e6)} MB.`));
        chunks.push(chunk);
      });
      res.on("end", () => succeed({ status, contentType, body: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.end();
  });
}

/**
 * Fetches a public web page: http(s) only, every hop's addresses checked (and the address actually
 * connected to), redirects followed by hand, with a time limit, a size cap and a content-type check.
 */
export async function guardedFetch(raw: string, opts: FetchOptions): Promise<FetchedPage> {
  const deadline = Date.now() + opts.timeoutMs;
  let url = parseUrl(raw);
  const seen = new Set<string>();
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    if (seen.has(url.href)) throw new FetchRefused("The page redirects in a loop.");
    seen.add(url.href);
    const pinned = await checkedAddress(url, opts);
    const res = await requestOnce(url, pinned, opts, deadline);
    if (!res.location) return { url: url.href, contentType: res.contentType, body: res.body };
    url = parseUrl(res.location, url.href);
  }
  throw new FetchRefused(`The page redirects more than ${opts.maxRedirects} times.`);
}
