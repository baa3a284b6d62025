import { randomBytes } from "node:crypto";
import { createServer } from "node:net";

/** The contents of a Jupyter connection file. */
export interface KernelConnection {
  transport: "tcp";
  ip: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  key: string;
  signature_scheme: "hmac-sha256";
  kernel_name: string;
}

/** A connection on five free loopback ports with a fresh signing key. */
export async function newKernelConnection(kernelName = "tslab"): Promise<KernelConnection> {
  const [shell, iopub, stdin, control, heartbeat] = await freePorts(5);
  return {
    transport: "tcp",
    ip: "127.0.0.1",
    shell_port: shell,
    iopub_port: iopub,
    stdin_port: stdin,
    control_port: control,
    hb_port: heartbeat,
    key: randomBytes(32).toString("hex"),
    signature_scheme: "hmac-sha256",
    kernel_name: kernelName,
  };
}

/** The address of one of the connection's sockets, for zeromq's connect. */
export function socketAddress(connection: KernelConnection, port: number): string {
  return `${connection.transport}://${connection.ip}:${port}`;
}

/** `count` distinct ports that were free a moment ago (all held open together, then released). */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
