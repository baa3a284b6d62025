import { describe, expect, it } from "vitest";
import { newMessage } from "../../lib/notebook/jupyterMessage.js";
import { NotebookOutputs, type NotebookOutput } from "../../lib/notebook/notebookOutputs.js";

const message = (type: string, content: Record<string, unknown>) => newMessage(type, content, "s");

describe("NotebookOutputs.add(outputs, message)", () => {
  it("merges consecutive chunks of one stream", () => {
    const outputs: NotebookOutput[] = [];
    const builder = new NotebookOutputs();
    builder.add(outputs, message("stream", { name: "stdout", text: "a" }));
    builder.add(outputs, message("stream", { name: "stdout", text: "b\n" }));
    builder.add(outputs, message("stream", { name: "stderr", text: "c" }));
    expect(outputs).toEqual([
      { output_type: "stream", name: "stdout", text: "ab\n" },
      { output_type: "stream", name: "stderr", text: "c" },
    ]);
  });
  it("rewrites an earlier display, in another cell too, on update_display_data", () => {
    const first: NotebookOutput[] = [];
    const second: NotebookOutput[] = [];
    const builder = new NotebookOutputs();
    builder.add(first, message("display_data", { data: { "text/plain": "0%" }, metadata: {}, transient: { display_id: "p" } }));
    builder.add(second, message("update_display_data", { data: { "text/plain": "100%" }, metadata: {}, transient: { display_id: "p" } }));
    expect(first).toEqual([{ output_type: "display_data", data: { "text/plain": "100%" }, metadata: {} }]);
    expect(second).toEqual([]);
  });
  it("ignores status messages", () => {
    const outputs: NotebookOutput[] = [];
    new NotebookOutputs().add(outputs, message("status", { execution_state: "busy" }));
    expect(outputs).toEqual([]);
  });
});
