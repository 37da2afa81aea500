// The piscina worker: each thread loads the morphology once and runs tasks (./task.ts), or reports
// its memory (./memory.ts).
import { memoryTask } from './memory.js';
import type { MemoryTask, ThreadMemory } from './memory.js';
import { runTask } from './task.js';
import type { Task, TaskResult } from './task.js';

/** Piscina's entry point: one task in, its result out. */
export default function work(task: Task | MemoryTask): Promise<TaskResult> | ThreadMemory {
  return task.kind === 'memory' ? memoryTask(task) : runTask(task);
}
