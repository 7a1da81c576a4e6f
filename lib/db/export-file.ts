import "server-only";
import type { Writable } from "node:stream";
import { z } from "zod";
import type { Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { claimReviewFeed } from "../export/claimreview";
import { writeCsv } from "../export/csv";
import { writeJson } from "../export/json";
import { writeXlsx } from "../export/xlsx";
import {
  countExport,
  exportClaims,
  exportRows,
  publishedVerdicts,
  resolveExportScope,
  type ExportScope,
} from "./exports";
import { parseInput } from "../validation/parse-input";
import { exportFileName } from "../publish/slug";

export const EXPORT_FORMATS = ["csv", "xlsx", "json", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const formatSchema = z.enum(EXPORT_FORMATS, { error: "Choose a format: csv, xlsx, json or claimreview." });

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
};

export type ExportRequest = ExportScope & { format: ExportFormat; bom?: boolean };
export type ExportContext = { actor: Actor; publicBase: string; organisation: { name: string; url: string } };

/**
 * Checks the request (scope exists, role allowed, something to export) before anything is written,
 * so a bad request gets a message instead of an empty file; then streams the chosen format to `out`.
 */
export async function prepareExport(
  ctx: ExportContext,
  request: ExportRequest,
): Promise<{ label: string; fileName: string; run: (out: Writable) => Promise<number> }> {
  const format = parseInput(formatSchema, request.format);
  const { where, label, subject } = await resolveExportScope(ctx.actor, request);
  const fileName = exportFileName(subject, new Date(), format === "claimreview" ? "claimreview.jsonld" : format);
  const total =
    format === "claimreview" ? (await publishedVerdicts(where, ctx.publicBase)).length : await countExport(where);
  if (total === 0)
    throw new AppError(
      "INVALID_INPUT",
      format === "claimreview"
        ? "Nothing in this selection is published yet."
        : "Nothing in this selection matches: no verified claims yet (choose “all claims” to include drafts).",
    );
  const exportedAt = new Date().toISOString();
  const run = async (out: Writable): Promise<number> => {
    if (format === "csv") return writeCsv(exportRows(where, ctx.publicBase), out, { bom: request.bom });
    if (format === "json") return writeJson(exportRows(where, ctx.publicBase), out, { exportedAt, scope: label });
    if (format === "xlsx") {
      const about: [string, string][] = [
        ["What", label],
        ["Filter", request.includeAll ? "All claims with their status" : "Verified and published claims"],
        ["Exported by", `${ctx.actor.name} <${ctx.actor.email}>`],
        ["Exported at", exportedAt],
        ["Rows", String(total)],
      ];
      return writeXlsx({ claims: exportClaims(where, ctx.publicBase), about }, out);
    }
    const verdicts = await publishedVerdicts(where, ctx.publicBase);
    out.end(`${JSON.stringify(claimReviewFeed(verdicts, ctx.organisation, exportedAt), null, 2)}\n`);
    return verdicts.length;
  };
  return { label, fileName, run };
}
