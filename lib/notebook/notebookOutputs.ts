import type { JupyterMessage } from "./jupyterMessage.js";

/** One nbformat 4 output, as built from iopub messages. */
export type NotebookOutput = Record<string, any>;

/**
 * Turns a notebook's iopub messages into nbformat outputs: consecutive stream chunks merge,
 * `update_display_data` rewrites every earlier output with the same display id (in any cell).
 */
export class NotebookOutputs {
  private readonly displays = new Map<string, NotebookOutput[]>();

  /** Adds the effect of `message` to `outputs` (the current cell's list). */
  add(outputs: NotebookOutput[], message: JupyterMessage, executionCount: number | null = null): void {
    const content = message.content;
    switch (message.header.msg_type) {
      case "stream": {
        const last = outputs[outputs.length - 1];
        if (last?.output_type === "stream" && last.name === content.name) last.text += content.text;
        else outputs.push({ output_type: "stream", name: content.name, text: content.text });
        return;
      }
      case "display_data":
      case "execute_result": {
        const output: NotebookOutput = { output_type: message.header.msg_type, data: content.data, metadata: content.metadata ?? {} };
        if (message.header.msg_type === "execute_result") output.execution_count = content.execution_count ?? executionCount;
        outputs.push(output);
        const id = content.transient?.display_id;
        if (id) this.displays.set(id, [...(this.displays.get(id) ?? []), output]);
        return;
      }
      case "update_display_data":
        for (const output of this.displays.get(content.transient?.display_id) ?? []) {
          output.data = content.data;
          output.metadata = content.metadata ?? {};
        }
        return;
      case "error":
        outputs.push({ output_type: "error", ename: content.ename, evalue: content.evalue, traceback: content.traceback ?? [] });
        return;
      case "clear_output":
        outputs.length = 0;
        return;
    }
  }
}
