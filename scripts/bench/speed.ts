/**
 * How fast the machine is at the moment: the same fixed work, timed like the bench's runs (pinned),
 * so that the figures of runs on a shared machine can be read side by side. On this project's
 * machine the timed runs swing with what else its host does (the full build took 31 s and 46 s
 * within one hour, with the same code), and these two swing with them.
 */
import { ROOT, run } from './project';

/** 300 million additions in Node's optimised code: CPU alone. */
const LOOP = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; if (x < 0) console.log(x);';

export interface MachineSpeed {
  /** The fixed loop's time, in ms. */
  loopMs: number;
  /** Node's start with nothing to run (the fastest of three), in ms. */
  startMs: number;
}

export async function machineSpeed(): Promise<MachineSpeed> {
  const starts: number[] = [];
  for (let k = 0; k < 3; k++) starts.push((await run(process.execPath, ['-e', '0'], ROOT)).ms);
  const loop = await run(process.execPath, ['-e', LOOP], ROOT);
  return { loopMs: loop.ms, startMs: Math.min(...starts) };
}

export const describeSpeed = (m: MachineSpeed): string => `a fixed loop ${(m.loopMs / 1000).toFixed(2)} s, Node's start ${m.startMs.toFixed(0)} ms`;
