import { randomUUID } from "node:crypto";
import * as zmq from "zeromq";
import { decodeMessage, encodeMessage, newMessage, type JupyterMessage } from "./jupyterMessage.js";
import { newKernelConnection, socketAddress, type KernelConnection } from "./kernelConnection.js";
import { KernelProcess } from "./kernelProcess.js";
import { waitFor } from "./waitFor.js";

export interface KernelOptions {
  /** The kernel's working directory; notebooks import `./lib/...` from it. Default: the repository root. */
  cwd?: string;
  /** The kernel's environment. Default: this process's. */
  env?: NodeJS.ProcessEnv;
  /** Seconds to wait for the first kernel_info_reply. Default 60 (tslab needs ~2 s on an idle machine). */
  startupSeconds?: number;
}

/** How one execute_request ended: the kernel's reply status, or what the runner had to do. */
export type ExecuteStatus = "ok" | "error" | "abort" | "timeout" | "dead";

export interface ExecuteOutcome {
  status: ExecuteStatus;
  executionCount: number | null;
}

type Waiter = { reply?: JupyterMessage; idle: boolean; resolve: () => void; onIopub: (m: JupyterMessage) => void };

/** Seconds granted after SIGINT for the kernel to answer before it is killed. */
const INTERRUPT_GRACE_SECONDS = 10;
/** After an error tslab aborts the requests that arrive within ~200 ms. */
const PAUSE_AFTER_ERROR_MS = 300;
/** Seconds to wait for the iopub `idle` after the reply (outputs travel on another socket). */
const IDLE_GRACE_SECONDS = 5;

/**
 * A tslab kernel in a child process, spoken to over the Jupyter protocol with zeromq:
 * dealer sockets on shell and control, a subscriber on iopub.
 */
export class KernelClient {
  readonly session = randomUUID();
  kernelInfo: Record<string, any> = {};
  private readonly waiters = new Map<string, Waiter>();
  private readonly shell = new zmq.Dealer({ linger: 0 });
  private readonly control = new zmq.Dealer({ linger: 0 });
  private readonly iopub = new zmq.Subscriber({ linger: 0 });

  private constructor(
    private readonly kernelProcess: KernelProcess,
    private readonly connection: KernelConnection,
  ) {
    kernelProcess.onExit(() => {
      for (const waiter of this.waiters.values()) waiter.resolve();
    });
  }

  /** Starts the project's tslab and waits until it answers on shell and publishes on iopub. */
  static async start(options: KernelOptions = {}): Promise<KernelClient> {
    const connection = await newKernelConnection();
    const client = new KernelClient(KernelProcess.spawn(connection, options), connection);
    try {
      await client.connect(options.startupSeconds ?? 60);
    } catch (error) {
      await client.shutdown();
      throw error;
    }
    return client;
  }

  /** The kernel's own stdout and stderr (last 64 kB), for diagnosing a kernel that died. */
  kernelLog(): string {
    return this.kernelProcess.kernelLog();
  }

  /**
   * Runs `code`, passing every iopub message it causes to `onIopub`, until both its
   * execute_reply and its `idle` status arrived. After `timeoutSeconds` the kernel gets SIGINT;
   * if it does not answer within a grace period it is killed (status "dead").
   */
  async execute(code: string, onIopub: (message: JupyterMessage) => void, timeoutSeconds = Infinity): Promise<ExecuteOutcome> {
    if (this.kernelProcess.exited) return { status: "dead", executionCount: null };
    const request = newMessage(
      "execute_request",
      { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: false },
      this.session,
    );
    const waiter = this.register(request.header.msg_id, onIopub);
    await this.shell.send(encodeMessage(request, this.connection.key));
    let timedOut = false;
    const settled = await waitFor(waiter.done, timeoutSeconds);
    if (!settled && !this.kernelProcess.exited) {
      timedOut = true;
      this.interrupt();
      if (!(await waitFor(waiter.done, INTERRUPT_GRACE_SECONDS))) this.kernelProcess.kill("SIGKILL");
    }
    this.waiters.delete(request.header.msg_id);
    const reply = waiter.state.reply;
    if (reply?.content.status !== "ok") await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_ERROR_MS));
    const executionCount = (reply?.content.execution_count as number | undefined) ?? null;
    if (!reply || this.kernelProcess.exited) return { status: timedOut ? "timeout" : "dead", executionCount };
    if (timedOut) return { status: "timeout", executionCount };
    return { status: reply.content.status as ExecuteStatus, executionCount };
  }

  /** SIGINT to the kernel alone: tslab rejects the awaited promise of the running cell. */
  interrupt(): void {
    this.kernelProcess.interrupt();
  }

  /** shutdown_request on control; then SIGTERM, then SIGKILL to the kernel's process group. */
  async shutdown(): Promise<void> {
    if (!this.kernelProcess.exited) {
      const request = newMessage("shutdown_request", { restart: false }, this.session);
      const waiter = this.register(request.header.msg_id, () => undefined);
      await this.control.send(encodeMessage(request, this.connection.key)).catch(() => undefined);
      await waitFor(waiter.done, 3);
      this.waiters.delete(request.header.msg_id);
      await this.kernelProcess.waitForExit(1);
    }
    // A kernel holding a browser for figures stays alive after shutdown; playwright closes the
    // browser on SIGTERM and exits. A kernel that ignores SIGTERM is killed.
    if (!this.kernelProcess.exited) {
      this.kernelProcess.kill("SIGTERM");
      await this.kernelProcess.waitForExit(5);
    }
    if (!this.kernelProcess.exited) this.kernelProcess.kill("SIGKILL");
    for (const socket of [this.shell, this.control, this.iopub]) socket.close();
    this.kernelProcess.removeFiles();
  }

  private async connect(startupSeconds: number): Promise<void> {
    this.shell.connect(socketAddress(this.connection, this.connection.shell_port));
    this.control.connect(socketAddress(this.connection, this.connection.control_port));
    this.iopub.connect(socketAddress(this.connection, this.connection.iopub_port));
    this.iopub.subscribe();
    void this.receive(this.shell, (message) => this.onReply(message));
    void this.receive(this.control, (message) => this.onReply(message));
    void this.receive(this.iopub, (message) => this.onIopub(message));
    const deadline = Date.now() + startupSeconds * 1000;
    // Resend until one request has both its reply and its iopub idle: a subscriber misses what
    // was published before its connection completed. Earlier requests stay eligible.
    const pending: { id: string; state: Waiter }[] = [];
    while (Date.now() < deadline && !this.kernelProcess.exited) {
      const request = newMessage("kernel_info_request", {}, this.session);
      const waiter = this.register(request.header.msg_id, () => undefined);
      pending.push({ id: request.header.msg_id, state: waiter.state });
      await this.shell.send(encodeMessage(request, this.connection.key));
      await waitFor(waiter.done, 0.5);
      const answered = pending.find(({ state }) => state.reply && state.idle);
      if (answered) {
        for (const { id } of pending) this.waiters.delete(id);
        this.kernelInfo = answered.state.reply!.content;
        return;
      }
    }
    throw new Error(`KernelClient: tslab did not answer within ${startupSeconds} s\n${this.kernelProcess.kernelLog()}`);
  }

  private register(messageId: string, onIopub: (message: JupyterMessage) => void) {
    let resolve!: () => void;
    const done = new Promise<boolean>((settle) => (resolve = () => settle(true)));
    const state: Waiter = { idle: false, resolve, onIopub };
    this.waiters.set(messageId, state);
    return { state, done };
  }

  private onReply(message: JupyterMessage): void {
    const waiter = this.waiters.get(message.parent_header.msg_id ?? "");
    if (!waiter) return;
    waiter.reply = message;
    if (waiter.idle) waiter.resolve();
    else setTimeout(() => waiter.resolve(), IDLE_GRACE_SECONDS * 1000).unref();
  }

  private onIopub(message: JupyterMessage): void {
    const waiter = this.waiters.get(message.parent_header.msg_id ?? "");
    if (!waiter) return;
    if (message.header.msg_type === "status" && message.content.execution_state === "idle") {
      waiter.idle = true;
      if (waiter.reply || message.parent_header.msg_type === "shutdown_request") waiter.resolve();
      return;
    }
    waiter.onIopub(message);
  }

  private async receive(socket: zmq.Dealer | zmq.Subscriber, handle: (message: JupyterMessage) => void) {
    try {
      for await (const frames of socket) {
        try {
          handle(decodeMessage(frames, this.connection.key));
        } catch (error) {
          this.kernelProcess.appendLog(`runner: dropped a message: ${(error as Error).message}\n`);
        }
      }
    } catch {
      // The socket was closed.
    }
  }
}
