// `kg build | head -3`: when the reader of kg's output goes away, writing to the pipe fails with
// EPIPE. kg then ends at once and quietly (exit 0, as `yes | head` does), not with a stack trace.
let installed = false;

export function endQuietlyWhenOutputCloses(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}
