import { z } from "zod";

export type CliSpec = { usage: string; flags: string[]; minFiles: number; maxFiles?: number; missingFiles: string };
export type CliArgs = { flags: Set<string>; files: string[] };

/** Validates a command line of file arguments and --flags; the message says what is wrong and how to call it. */
export function parseCliArgs(
  argv: string[],
  spec: CliSpec,
): { ok: true; args: CliArgs } | { ok: false; message: string } {
  const schema = z
    .array(z.string())
    .transform((args) => ({
      files: args.filter((a) => !a.startsWith("--")),
      options: args.filter((a) => a.startsWith("--")),
    }))
    .superRefine((a, ctx) => {
      const unknown = a.options.find((o) => !spec.flags.includes(o));
      if (unknown) ctx.addIssue({ code: "custom", message: `Unknown option ${unknown}. ${spec.usage}` });
      else if (a.files.length < spec.minFiles || (spec.maxFiles !== undefined && a.files.length > spec.maxFiles)) {
        ctx.addIssue({ code: "custom", message: `${spec.missingFiles} ${spec.usage}` });
      }
    });
  const parsed = schema.safeParse(argv);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  return { ok: true, args: { flags: new Set(parsed.data.options), files: parsed.data.files } };
}
