/**
 * The production HTTP server: Next.js's own request handler behind a plain Node server, so that the
 * client's address is known. Next passes X-Forwarded-For on as the client sent it; here the address
 * is resolved from the connection (and trusted proxies only) and handed to the app in one header
 * that no client can set; so is the address asked for (see lib/net/request-path.ts).
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { env } from "../lib/env";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "../lib/net/client-address";
import { isWellFormedPath, MALFORMED_ADDRESS_PATH, REQUEST_PATH_HEADER } from "../lib/net/request-path";

async function main() {
  const config = env();
  const trusted = parseTrustedProxies(config.CLAIMDESK_TRUSTED_PROXIES);
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), port: config.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete req.headers[CLIENT_ADDRESS_HEADER];
    // An address that cannot be decoded gets the app's own "not found" page, not a bare 500.
    if (!isWellFormedPath(req.url ?? "/")) req.url = MALFORMED_ADDRESS_PATH;
    req.headers[REQUEST_PATH_HEADER] = req.url ?? "/";
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, () => console.log(`[claimdesk] Listening on port ${config.PORT}`));
  // Requests in flight get a few seconds; open event streams (live sessions) never end on their own,
  // so after that they are closed, or a stopped server would wait for its readers for good.
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

const STOP_GRACE_MS = 5_000;

main().catch((err: unknown) => {
  console.error(`[claimdesk] The web server stopped: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
