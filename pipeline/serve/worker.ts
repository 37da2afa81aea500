// The piscina worker: each thread loads the morphology once and runs tasks (./task.ts).
import { runTask } from './task.js';
import type { Task, TaskResult } from './task.js';

/** Piscina's entry point: one task in, its result out. */
export default function work(task: Task): Promise<TaskResult> {
  return runTask(task);
}
