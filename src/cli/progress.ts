// A progress line on stderr for long scans: only on a TTY, only after a couple of seconds.
export class Progress {
  private files = 0;
  private bytes = 0;
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private shown = false;

  constructor(private readonly out: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean) {
    if (enabled && out.isTTY) this.timer = setInterval(() => this.draw(), 500).unref();
  }

  add(bytes: number): void {
    this.files++;
    this.bytes += bytes;
  }

  private draw(): void {
    const s = (performance.now() - this.started) / 1000;
    if (s < 2) return;
    this.shown = true;
    const mb = this.bytes / 1e6;
    this.out.write(`\r\x1b[K${this.files} files, ${mb.toFixed(1)} MB, ${(mb / s).toFixed(1)} MB/s, ${s.toFixed(0)} s`);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.shown) this.out.write('\r\x1b[K');
  }
}
