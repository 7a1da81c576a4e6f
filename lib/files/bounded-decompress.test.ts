import { gzipSync } from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { draftFromFile } from "../import/article-source";
import { assertZipWithinLimit, gunzipBounded, MAX_DECOMPRESSED_BYTES } from "./bounded-decompress";

/** A real gzip bomb: one highly compressible member repeated (concatenated members are one valid stream). */
function gzipBomb(totalBytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(16 << 20, "<p>claim</p>"), { level: 9 });
  return Buffer.concat(Array.from({ length: Math.ceil(totalBytes / (16 << 20)) }, () => member));
}

const CENTRAL_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

async function docxWith(xmlBody: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xmlBody}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

describe("decompression bombs (issue 19.1)", () => {
  it("refuses a 3 GiB gzip .html upload of a few megabytes without unpacking it", async () => {
    const bomb = gzipBomb(3 * 2 ** 30);
    expect(bomb.length).toBeLessThan(10_000_000);
    const rssBefore = process.memoryUsage().rss;
    await expect(draftFromFile("bomb.html", bomb)).rejects.toThrow("bomb.html unpacks to more than 20 MB");
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 2 ** 20);
  });

  it("gunzips an ordinary page and stops exactly at the limit", () => {
    const page = Buffer.from(`<html><body>${"<p>The council approved the budget.</p>".repeat(1000)}</body></html>`);
    expect(gunzipBounded(gzipSync(page), "page.html").equals(page)).toBe(true);
    expect(() => gunzipBounded(gzipSync(page), "page.html", page.length - 1)).toThrow("unpacks to more than");
  });

  it("refuses a .docx whose paragraphs unpack to more than the limit before mammoth reads it", async () => {
    const paragraph = `<w:p><w:r><w:t>${"x".repeat(1000)}</w:t></w:r></w:p>`;
    const bomb = await docxWith(paragraph.repeat(Math.ceil((MAX_DECOMPRESSED_BYTES * 3) / paragraph.length)));
    expect(bomb.length).toBeLessThan(1_000_000);
    await expect(draftFromFile("bomb.docx", bomb)).rejects.toThrow("bomb.docx unpacks to more than 20 MB");
  });

  it("refuses a small .docx whose text is longer than an article may be, instead of returning it", async () => {
    const paragraph = `<w:p><w:r><w:t>${"Officials said the figure was 4.2 million. ".repeat(25)}</w:t></w:r></w:p>`;
    const docx = await docxWith(paragraph.repeat(1200));
    await expect(draftFromFile("long.docx", docx)).rejects.toThrow(
      /long\.docx holds 1,29\d,\d{3} characters of text; an article may have at most 1,000,000/,
    );
  });

  it("counts what is inflated, not what the archive declares", async () => {
    const paragraph = `<w:p><w:r><w:t>${"x".repeat(1000)}</w:t></w:r></w:p>`;
    const lying = Buffer.from(
      await docxWith(paragraph.repeat(Math.ceil((MAX_DECOMPRESSED_BYTES * 2) / paragraph.length))),
    );
    // The document's central-directory entry now claims that it unpacks to one byte.
    for (let at = lying.indexOf(CENTRAL_ENTRY); at >= 0; at = lying.indexOf(CENTRAL_ENTRY, at + 4)) {
      if (lying.toString("latin1", at + 46, at + 46 + lying.readUInt16LE(at + 28)) === "word/document.xml")
        lying.writeUInt32LE(1, at + 24);
    }
    await expect(assertZipWithinLimit(lying, "lying.docx")).rejects.toThrow("lying.docx unpacks to more than 20 MB");
    await expect(
      assertZipWithinLimit(await docxWith("<w:p><w:r><w:t>short</w:t></w:r></w:p>"), "small.docx"),
    ).resolves.toBeUndefined();
  });
});
