"use server";
import { previewArticle } from "../db/articles";
import { z } from "zod";
import {
  decideMatch,
  decideMatchSchema,
  reuseMatchSources,
  reuseMatchVerdict,
  reuseSourcesSchema,
} from "../db/claims/match-suggestions";
import { reextractArticle } from "../db/claims/reextract-article";
import { draftFromFile, draftFromUrl, ImportError } from "../import/article-source";
import { fetchOptions } from "../import/fetch-config";
import { AppError } from "../errors";
import { createArticleSchema } from "../validation/articles";
import { uploadSchema, urlImportSchema } from "../validation/imports";
import { authedAction } from "./authed-action";

function asInputError<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((err: unknown) => {
    throw err instanceof ImportError ? new AppError("INVALID_INPUT", err.message) : err;
  });
}

export const previewArticleAction = authedAction(
  { schema: createArticleSchema, permission: "article.create" },
  previewArticle,
);

export const draftFromUploadAction = authedAction(
  { schema: uploadSchema, permission: "article.create" },
  (_actor, { file }) => asInputError(async () => draftFromFile(file.name, new Uint8Array(await file.arrayBuffer()))),
);

export const draftFromUrlAction = authedAction(
  { schema: urlImportSchema, permission: "article.create" },
  (_actor, { url }) => asInputError(() => draftFromUrl(url, fetchOptions())),
);

export const decideMatchAction = authedAction({ schema: decideMatchSchema, permission: "claim.edit" }, (actor, input) =>
  decideMatch(actor, input),
);

export const reextractArticleAction = authedAction(
  { schema: z.object({ articleId: z.string().min(1) }), permission: "claim.edit" },
  (actor, { articleId }) => reextractArticle(actor, articleId),
);

export const reuseMatchSourcesAction = authedAction(
  { schema: reuseSourcesSchema, permission: "source.edit" },
  reuseMatchSources,
);

export const reuseMatchVerdictAction = authedAction(
  { schema: reuseSourcesSchema, permission: "verdict.draft" },
  reuseMatchVerdict,
);
