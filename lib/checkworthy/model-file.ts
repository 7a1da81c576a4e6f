import type { TrainedModel } from "./train";
import { DIMS } from "./features";

/**
 * The model on disk: JSON with the bias, the threshold and two Float32 arrays (IDF and weights)
 * stored as base64, so it loads anywhere without a native add-on or a download.
 */
export type ModelFile = { version: 1; dims: number; bias: number; threshold: number; idf: string; weights: string };

const toBase64 = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
function fromBase64(text: string): Float32Array {
  const bytes = Buffer.from(text, "base64");
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function encodeModel(m: TrainedModel): string {
  const file: ModelFile = {
    version: 1,
    dims: DIMS,
    bias: m.bias,
    threshold: m.threshold,
    idf: toBase64(m.idf),
    weights: toBase64(m.weights),
  };
  return `${JSON.stringify(file)}\n`;
}

export function decodeModel(file: ModelFile): TrainedModel {
  if (file.version !== 1 || file.dims !== DIMS)
    throw new Error(
      `The check-worthiness model was built for ${file.dims} features, this code hashes into ${DIMS}: run npm run train:checkworthy.`,
    );
  return { idf: fromBase64(file.idf), weights: fromBase64(file.weights), bias: file.bias, threshold: file.threshold };
}
