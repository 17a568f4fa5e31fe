import fs from 'node:fs';
import path from 'node:path';

/** What the child reports about one write, after the call returned. Plain JSON. */
export type Ack = Record<string, string | number | boolean | null>;

/** What a scenario's child side may do besides writing. */
export interface ChildIo {
  /** Which life of the child this is (0 first): lets writes carry unique tags across lives. */
  life: number;
  random: () => number;
  /** Reports a write that has returned; after the kill the database must still hold it. */
  ack(value: Ack): void;
  /** Announces a write about to start: the parent aims its kills just after these moments. */
  hot(): void;
}

export interface VerifyInput {
  dataDir: string;
  life: number;
  /** Every ack of every life so far, in order. */
  acks: Ack[];
  /** The acks of the life just killed. */
  lifeAcks: Ack[];
  /** False when the child finished on its own before the kill came. */
  killed: boolean;
}

/**
 * One kind of write put through SIGKILL. To add a scenario, add ONE file to ./scenarios/ exporting
 * `scenario: CrashScenario` (see formSaves.ts); kill.test.ts finds it by itself. The same module is
 * loaded in the parent (prepare, verify) and in the child (act), so keep it free of test-runner imports.
 */
export interface CrashScenario {
  name: string;
  /** The kill lands within this many milliseconds after a `hot()`; about the length of one write. */
  killWindowMs: number;
  /** The kill comes after the k-th `hot()` of a life, k drawn from 1..maxHots. */
  maxHots: number;
  /** Parent, before each life, in the folder the last life was killed in (empty before life 0). */
  prepare?(dataDir: string, life: number): void | Promise<void>;
  /** Child: writes through the real code paths, reporting each, until killed (or done). */
  act(dataDir: string, io: ChildIo): Promise<void>;
  /** Parent, after the kill: throws when the folder breaks a promise. */
  verify(input: VerifyInput): void | Promise<void>;
}

export const SCENARIOS_DIR = path.join(__dirname, 'scenarios');

export function scenarioFiles(): string[] {
  return fs
    .readdirSync(SCENARIOS_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(SCENARIOS_DIR, name));
}

export async function loadScenario(file: string): Promise<CrashScenario> {
  const module = (await import(file)) as { scenario?: CrashScenario };
  if (!module.scenario) throw new Error(`${file} exports no scenario`);
  return module.scenario;
}
