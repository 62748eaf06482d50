import type { CliIO } from '../main.js';

// Not written yet: the issue that owns this command replaces this file.
export async function run(_args: string[], io: CliIO): Promise<number> {
  io.stderr('service-locator import: not available in this version yet.\n');
  return 2;
}
