import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KernelConnection } from "./kernelConnection.js";
import { projectRoot } from "./projectRoot.js";
import { waitFor } from "./waitFor.js";

/** The project's tslab kernel as a child process: its connection file, log, signals and exit. */
export class KernelProcess {
  exited = false;
  private log = "";

  private constructor(
    private readonly child: ChildProcess,
    private readonly directory: string,
  ) {
    child.stdout?.on("data", (chunk) => this.appendLog(chunk));
    child.stderr?.on("data", (chunk) => this.appendLog(chunk));
    child.on("exit", () => (this.exited = true));
  }

  /**
   * Writes the connection file to a fresh temporary folder and starts node_modules' tslab on it,
   * in `cwd` (default: the repository root) and its own process group, so that `kill` can end
   * whatever the kernel started.
   */
  static spawn(connection: KernelConnection, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): KernelProcess {
    const root = projectRoot();
    const directory = mkdtempSync(join(tmpdir(), "tslab-kernel-"));
    const connectionFile = join(directory, "connection.json");
    writeFileSync(connectionFile, JSON.stringify(connection));
    const tslab = join(root, "node_modules", "tslab", "bin", "tslab");
    const child = spawn(process.execPath, [tslab, "kernel", "--config-path", connectionFile], {
      cwd: options.cwd ?? root,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    return new KernelProcess(child, directory);
  }

  onExit(listener: () => void): void {
    this.child.on("exit", listener);
  }

  /** The kernel's own stdout and stderr (last 64 kB), for diagnosing a kernel that died. */
  kernelLog(): string {
    return this.log;
  }

  /** SIGINT to the kernel alone: tslab interrupts the running cell. */
  interrupt(): void {
    if (!this.exited && this.child.pid) process.kill(this.child.pid, "SIGINT");
  }

  /** `signal` to the kernel's process group. */
  kill(signal: NodeJS.Signals): void {
    if (this.exited || !this.child.pid) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // Already gone.
    }
  }

  async waitForExit(seconds: number): Promise<void> {
    if (this.exited) return;
    await waitFor(new Promise<boolean>((resolve) => this.child.once("exit", () => resolve(true))), seconds);
  }

  /** Removes the connection file. */
  removeFiles(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }

  appendLog(chunk: Buffer | string): void {
    this.log = (this.log + chunk.toString()).slice(-65536);
  }
}
