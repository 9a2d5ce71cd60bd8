/** A progress bar on stderr; without a terminal (CI) it prints a line every 10%. */
export class Progress {
  private lastDecile = -1;
  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number): void {
    const share = this.total ? Math.min(done / this.total, 1) : 1;
    if (this.out.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      this.out.write(`\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${this.total}`);
      if (share === 1) this.out.write('\n');
    } else {
      const decile = Math.floor(share * 10);
      if (decile !== this.lastDecile) {
        this.lastDecile = decile;
        this.out.write(`${this.label}: ${Math.round(share * 100)}% (${done}/${this.total})\n`);
      }
    }
  }
}
