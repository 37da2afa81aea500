// One unit of work for the service: an article (JSON fields or an HTML page) to the record's JSON
// text, or the error reply. The same function runs on a worker thread (./worker.ts) or in-process.
import { loadMorphology } from '../../document/analyse/morphology.js';
import { recordOfHtml, recordOfText } from '../api/core.js';
import { parseHtml } from '../parse/index.js';
import { errorReply } from './errors.js';
import type { ErrorReply } from './errors.js';

/** What a worker is asked to do. Fields are checked again here (cheap), whoever sent them. */
export type Task =
  | { kind: 'text'; text: unknown; options: unknown }
  | { kind: 'html'; html: string | Uint8Array; options: unknown }
  | { kind: 'warm' };

/** A record as the command line prints it (JSON and a newline), or the reply for what went wrong. */
export type TaskResult = { ok: true; json: string } | ({ ok: false } & ErrorReply);

/** Runs one task; never throws: failures come back as error replies (errors do not cross threads whole). */
export async function runTask(task: Task): Promise<TaskResult> {
  try {
    await loadMorphology();
    if (task.kind === 'warm') return { ok: true, json: '' };
    if (task.kind === 'text')
      return { ok: true, json: JSON.stringify(recordOfText(task.text, task.options)) + '\n' };
    return { ok: true, json: JSON.stringify(recordOfHtml(parseHtml, task.html, task.options)) + '\n' };
  } catch (err) {
    return { ok: false, ...errorReply(err) };
  }
}
