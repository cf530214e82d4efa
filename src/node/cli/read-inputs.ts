import type { DocumentRecord, InputErrorRecord } from '../../core/contract/types.js';
import type { Pipeline } from '../../core/pipeline/pipeline.js';
import { readInput } from '../read/read-input.js';
import type { CliIo } from './io.js';

export interface AnalysedInputs {
  documents: DocumentRecord[];
  /** Detected encoding of each analysed document, in the same order. */
  encodings: string[];
  /** Inputs that could not be read, each already reported on stderr. */
  errors: InputErrorRecord[];
}

/**
 * Reads and analyses every input in order. An input that cannot be read is
 * reported as one line on stderr naming it, and the others are still analysed.
 */
export async function analyseInputs(
  inputs: string[],
  pipeline: Pipeline,
  io: CliIo,
): Promise<AnalysedInputs> {
  const result: AnalysedInputs = { documents: [], encodings: [], errors: [] };
  for (const input of inputs) {
    const read = await readInput(input, io.readStdin);
    if (!read.ok) {
      io.error(`crosscheck: ${input === '-' ? 'standard input' : input}: ${read.problem}`);
      result.errors.push({ id: input, message: read.problem });
      continue;
    }
    result.documents.push(pipeline.run(read.id, read.text).toRecord());
    result.encodings.push(read.encoding);
  }
  return result;
}
