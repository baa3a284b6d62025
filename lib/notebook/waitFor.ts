/** Whether `promise` settled within `seconds` (an infinite wait when `seconds` is not finite). */
export async function waitFor(promise: Promise<boolean>, seconds: number): Promise<boolean> {
  if (!Number.isFinite(seconds)) return promise;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), seconds * 1000)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
