import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { draftFromFile, MAX_UPLOAD_BYTES } from "./article-source";

const enc = (s: string) => new TextEncoder().encode(s);

async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("article drafts from uploaded files", () => {
  it("reads a Word document's paragraphs", async () => {
    const draft = await draftFromFile(
      "story.docx",
      await docx(["Council approves flood budget", "The council approved a £4.2m budget on Monday."]),
    );
    expect(draft).toEqual({
      title: "Council approves flood budget",
      body: "Council approves flood budget\n\nThe council approved a £4.2m budget on Monday.",
    });
  });

  it("reads Markdown as plain text", async () => {
    const draft = await draftFromFile(
      "story.md",
      enc("# Flood budget\n\nThe **council** approved a [£4.2m budget](https://x.example).\n\n- 40 homes protected"),
    );
    expect(draft.body).toBe("Flood budget\n\nThe council approved a £4.2m budget.\n\n40 homes protected");
    expect(draft.title).toBe("Flood budget");
  });

  it("reads an HTML page through the readable-text step, scripts stripped", async () => {
    const html = `<html><head><title>Flood budget</title></head><body><script>alert(1)</script><article>${"<p>The council approved a £4.2m budget on Monday, officials said.</p>".repeat(6)}</article></body></html>`;
    const draft = await draftFromFile("page.html", enc(html));
    expect(draft.body).not.toContain("alert");
    expect(draft.body.split("\n\n")).toHaveLength(6);
  });

  it.each([
    ["photo.png", new Uint8Array([1, 2, 3]), "photo.png: claimdesk reads .txt, .md, .html, .htm, .docx files."],
    ["empty.txt", new Uint8Array(), "empty.txt is empty."],
    ["binary.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), "binary.txt looks like a binary file, not text."],
    [
      "latin1.txt",
      new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      "latin1.txt is not valid UTF-8 text; save it as UTF-8 and try again.",
    ],
    ["fake.docx", enc("not a zip"), "fake.docx is not a readable Word document."],
    ["big.txt", new Uint8Array(MAX_UPLOAD_BYTES + 1), "big.txt is 10.0 MB; the limit is 10 MB."],
  ])("refuses %s with a clear message", async (name, bytes, message) => {
    await expect(draftFromFile(name, bytes)).rejects.toThrow(message);
  });
});
