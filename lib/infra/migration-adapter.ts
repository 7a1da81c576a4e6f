import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { createPool } from "./pool";

type ScriptAdapter = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): pg.Pool;
  onError(error: unknown): never;
};

/**
 * The pg adapter runs a migration by splitting it on every ";" and sending the pieces one by one,
 * which breaks PL/pgSQL bodies and leaves half-applied migrations on failure. Sending the whole
 * script as one simple-protocol query runs it as a single implicit transaction instead.
 */
export function createMigrationAdapter(url: string): PrismaPg {
  const factory = new PrismaPg(createPool(url, { max: 2, allowExitOnIdle: true }));
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const scripted = adapter as unknown as ScriptAdapter;
    scripted.executeScript = async (script: string) => {
      try {
        await scripted.underlyingDriver().query(script);
      } catch (error) {
        scripted.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}
