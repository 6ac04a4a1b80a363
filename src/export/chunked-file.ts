// A file written through a 1 MB buffer: exports write many small strings, and one write call per
// string would dominate their time. Shared by the JSON export (src/run/export-writer.ts) and the
// bulk-import CSV (csv.ts).
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 1 << 20;

export class ChunkedFile {
  private readonly fd: number;
  private chunk = '';
  constructor(path: string, flags = 'w') {
    this.fd = openSync(path, flags);
  }
  write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= FLUSH_CHARS) this.flush();
  }
  flush(): void {
    if (this.chunk) writeSync(this.fd, this.chunk);
    this.chunk = '';
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
  get descriptor(): number {
    return this.fd;
  }
}
