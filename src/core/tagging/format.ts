import { SequenceModel } from './model.js';

/**
 * Binary model format "CXSM" v1 (documented in docs/models/format.md).
 * Little-endian throughout; every numeric section starts 4-byte aligned.
 *
 *   magic "CXSM" · u32 version · u32 jsonBytes · JSON {labels, meta} · pad to 4
 *   u32 L · u32 F (features) · u32 N (stored weights) · u32 flags · f32 weightScale
 *   f32[(L+1)·L] transitions
 *   u32[F] feature hashes (ascending)
 *   u8|u16[F] weights per feature (u8 when flags&2)     · pad to 4
 *   u8|u16[N] label id of each weight (u8 when flags&2) · pad to 4
 *   i16[N] weights, quantised: value = q · weightScale · pad to 4
 *   u8[(L+1)·L] allowed-transition mask (only when flags&1)
 */
const MAGIC = 0x4d535843; // "CXSM" read as little-endian u32
const VERSION = 1;
const FLAG_MASK = 1;
const FLAG_SMALL = 2;

export function encodeSequenceModel(model: SequenceModel): Uint8Array {
  const d = model.data;
  const L = d.labels.length;
  const F = d.featureHashes.length;
  const N = d.weights.length;
  const small = L <= 255;
  const json = new TextEncoder().encode(JSON.stringify({ labels: d.labels, meta: d.meta }));
  let maxAbs = 0;
  for (let k = 0; k < N; k++) maxAbs = Math.max(maxAbs, Math.abs(d.weights[k]!));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;

  const counts = new (small ? Uint8Array : Uint16Array)(F);
  for (let f = 0; f < F; f++) counts[f] = d.rowStart[f + 1]! - d.rowStart[f]!;
  const labelIds = small ? Uint8Array.from(d.weightLabels) : d.weightLabels;
  const quantised = new Int16Array(N);
  for (let k = 0; k < N; k++) quantised[k] = Math.round(d.weights[k]! / scale);

  const parts: ArrayBufferView[] = [];
  const header = new DataView(new ArrayBuffer(12));
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, VERSION, true);
  header.setUint32(8, json.length, true);
  parts.push(header, json);
  const fixed = new DataView(new ArrayBuffer(20));
  fixed.setUint32(0, L, true);
  fixed.setUint32(4, F, true);
  fixed.setUint32(8, N, true);
  fixed.setUint32(12, (d.allowed ? FLAG_MASK : 0) | (small ? FLAG_SMALL : 0), true);
  fixed.setFloat32(16, scale, true);
  const sections: ArrayBufferView[] = [
    fixed,
    d.transitions,
    d.featureHashes,
    counts,
    labelIds,
    quantised,
  ];
  if (d.allowed) sections.push(d.allowed);

  let size = align4(12 + json.length);
  for (const s of sections) size += align4(s.byteLength);
  const out = new Uint8Array(size);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(json, 12);
  let offset = align4(12 + json.length);
  for (const s of sections) {
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offset);
    offset += align4(s.byteLength);
  }
  return out;
}

export function decodeSequenceModel(bytes: Uint8Array): SequenceModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 32 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a CXSM sequence model');
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`unsupported CXSM version ${version}`);
  const jsonLength = view.getUint32(8, true);
  const { labels, meta } = JSON.parse(
    new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength)),
  ) as {
    labels: string[];
    meta: Record<string, unknown>;
  };
  let offset = align4(12 + jsonLength);
  const L = view.getUint32(offset, true);
  const F = view.getUint32(offset + 4, true);
  const N = view.getUint32(offset + 8, true);
  const flags = view.getUint32(offset + 12, true);
  const scale = view.getFloat32(offset + 16, true);
  offset += 20;
  const small = (flags & FLAG_SMALL) !== 0;
  // Copies are aligned whatever the input's byteOffset, and cost a few ms.
  const take = (byteLength: number): ArrayBuffer => {
    // Not bytes.slice(): on a Node Buffer that is a view onto a larger shared buffer.
    const copy = new Uint8Array(bytes.subarray(offset, offset + byteLength)).buffer;
    offset += align4(byteLength);
    return copy;
  };
  const T = (L + 1) * L;
  const transitions = new Float32Array(take(T * 4));
  const featureHashes = new Uint32Array(take(F * 4));
  const counts = small ? new Uint8Array(take(F)) : new Uint16Array(take(F * 2));
  const labelIds = small ? new Uint8Array(take(N)) : new Uint16Array(take(N * 2));
  const quantised = new Int16Array(take(N * 2));
  const allowed = (flags & FLAG_MASK) !== 0 ? new Uint8Array(take(T)) : undefined;
  if (offset > align4(bytes.byteLength)) throw new Error('truncated CXSM model');

  const rowStart = new Uint32Array(F + 1);
  for (let f = 0; f < F; f++) rowStart[f + 1] = rowStart[f]! + counts[f]!;
  const weights = new Float32Array(N);
  for (let k = 0; k < N; k++) weights[k] = quantised[k]! * scale;
  return new SequenceModel({
    labels,
    featureHashes,
    rowStart,
    weightLabels: small ? Uint16Array.from(labelIds) : (labelIds as Uint16Array),
    weights,
    transitions,
    ...(allowed ? { allowed } : {}),
    meta,
  });
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
