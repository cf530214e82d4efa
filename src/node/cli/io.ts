/** The CLI's contact with the outside world, injectable so commands can be tested without a process. */
export interface CliIo {
  /** Writes to standard output, resolving once the data is flushed. */
  write(text: string): Promise<void>;
  /** One line to standard error. */
  error(line: string): void;
  readStdin(): Promise<Uint8Array>;
}

export function processIo(): CliIo {
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
      }),
    error: (line) => {
      process.stderr.write(`${line}\n`);
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
