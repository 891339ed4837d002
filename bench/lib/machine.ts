import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started and ended: other work on a shared machine shows here. */
  load: { start: number; end?: number };
  freeMemGb: number;
}

export function describeMachine(chromiumPath: string): Machine {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown; the run fails later with a clearer error if Chromium is missing
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memGb: Math.round(totalmem() / 1e9),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    load: { start: Math.round(loadavg()[0]! * 100) / 100 },
    freeMemGb: Math.round(freemem() / 1e9),
  };
}

export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

/** Waits until the 1-minute load average is below the core count (others' builds and browsers), at most maxSeconds; returns seconds waited. */
export async function waitForQuiet(maxSeconds: number): Promise<number> {
  const t0 = Date.now();
  while (loadavg()[0]! >= cpus().length && Date.now() - t0 < maxSeconds * 1000) await new Promise((r) => setTimeout(r, 5000));
  return Math.round((Date.now() - t0) / 1000);
}
