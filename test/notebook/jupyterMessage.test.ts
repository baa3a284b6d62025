import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeMessage, encodeMessage, newMessage } from "../../lib/notebook/jupyterMessage.js";

describe("encodeMessage(message, key) and decodeMessage(frames, key)", () => {
  const message = newMessage("execute_request", { code: "1 + 1" }, "session-1", { msg_id: "parent" });

  it("signs with HMAC-SHA256 over header, parent header, metadata and content", () => {
    const frames = encodeMessage(message, "secret");
    expect(frames[0].toString()).toBe("<IDS|MSG>");
    const expected = createHmac("sha256", "secret");
    for (const frame of frames.slice(2)) expected.update(frame);
    expect(frames[1].toString()).toBe(expected.digest("hex"));
  });
  it("round-trips, skipping routing identities before the delimiter", () => {
    const frames = [Buffer.from("identity"), ...encodeMessage(message, "secret")];
    expect(decodeMessage(frames, "secret")).toEqual(message);
  });
  it("rejects a message signed with another key", () => {
    expect(() => decodeMessage(encodeMessage(message, "other"), "secret")).toThrow(/bad signature/);
  });
  it("rejects frames without the delimiter", () => {
    expect(() => decodeMessage([Buffer.from("{}")], "secret")).toThrow(/not a Jupyter message/);
  });
});
