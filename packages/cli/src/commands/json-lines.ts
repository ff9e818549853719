const CHUNK = 1 << 20;

/**
 * JSON lines on stdout, written a megabyte at a time: a write per line cost `wirelog entities`
 * more than reading its files. `flush` before returning or failing.
 */
export class JsonLines {
  private lines: string[] = [];
  private size = 0;

  write(value: unknown): void {
    const line = `${JSON.stringify(value)}\n`;
    this.lines.push(line);
    this.size += line.length;
    if (this.size >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.lines.length === 0) return;
    process.stdout.write(this.lines.join(''));
    this.lines = [];
    this.size = 0;
  }
}
