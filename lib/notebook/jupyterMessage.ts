import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/** Jupyter messaging protocol version spoken by the runner (tslab answers 5.3). */
export const PROTOCOL_VERSION = "5.3";
const DELIMITER = "<IDS|MSG>";

export interface MessageHeader {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

/** One message of the Jupyter wire protocol, parsed. */
export interface JupyterMessage {
  header: MessageHeader;
  parent_header: Partial<MessageHeader>;
  metadata: Record<string, unknown>;
  content: Record<string, any>;
}

/** A new message of `type` in `session`, answering `parent` if given. */
export function newMessage(
  type: string,
  content: Record<string, unknown>,
  session: string,
  parent: Partial<MessageHeader> = {},
): JupyterMessage {
  const header: MessageHeader = {
    msg_id: randomUUID(),
    session,
    username: "reproduce",
    date: new Date().toISOString(),
    msg_type: type,
    version: PROTOCOL_VERSION,
  };
  return { header, parent_header: parent, metadata: {}, content };
}

/** The frames of `message`, signed with HMAC-SHA256 over header, parent, metadata, content. */
export function encodeMessage(message: JupyterMessage, key: string): Buffer[] {
  const parts = [message.header, message.parent_header, message.metadata, message.content].map(
    (part) => Buffer.from(JSON.stringify(part)),
  );
  return [Buffer.from(DELIMITER), Buffer.from(sign(parts, key)), ...parts];
}

/** Parses the frames of one message (routing identities first), checking its signature. */
export function decodeMessage(frames: Buffer[], key: string): JupyterMessage {
  const start = frames.findIndex((frame) => frame.toString() === DELIMITER);
  if (start < 0 || frames.length < start + 6) throw new Error("decodeMessage: not a Jupyter message");
  const signature = frames[start + 1];
  const parts = frames.slice(start + 2, start + 6);
  const expected = Buffer.from(sign(parts, key));
  if (key !== "" && (signature.length !== expected.length || !timingSafeEqual(signature, expected))) {
    throw new Error("decodeMessage: bad signature");
  }
  const [header, parent_header, metadata, content] = parts.map((part) => JSON.parse(part.toString()));
  return { header, parent_header, metadata, content };
}

function sign(parts: Buffer[], key: string): string {
  if (key === "") return "";
  const hmac = createHmac("sha256", key);
  for (const part of parts) hmac.update(part);
  return hmac.digest("hex");
}
