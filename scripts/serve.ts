/**
 * The production HTTP server: Next.js's own request handler behind a plain Node server, so that the
 * client's address is known. Next passes X-Forwarded-For on as the client sent it; here the address
 * is resolved from the connection (and trusted proxies only) and handed to the app in one header
 * that no client can set.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { env } from "../lib/env";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "../lib/net/client-address";

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
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(config.PORT, () => console.log(`[claimdesk] Listening on port ${config.PORT}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err: unknown) => {
  console.error(`[claimdesk] The web server stopped: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
