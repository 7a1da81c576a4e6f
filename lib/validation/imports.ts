import { z } from "zod";

export const urlImportSchema = z.object({
  url: z.string().trim().min(1, "Paste the address of the article.").max(2000, "That address is too long."),
});

export const uploadSchema = z
  .instanceof(FormData, { error: "Choose a file to upload." })
  .transform((form) => ({ file: form.get("file") }))
  .pipe(
    z.object({
      file: z.instanceof(File, { error: "Choose a file to upload." }).refine((f) => f.size > 0, "That file is empty."),
    }),
  );
