/** Upload limits, shared by the browser (to refuse early) and the server (to refuse for sure). */
export const MAX_UPLOAD_BYTES = 10_000_000;
export const UPLOAD_TYPES = [".txt", ".md", ".html", ".htm", ".docx"] as const;
