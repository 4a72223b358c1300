/**
 * Exposes every entry point of the registry (./registry.ts) on the global object. The build
 * (scripts/build.mjs) lists what this assigns and declares each as a top-level function of
 * dist/Code.js, which is what Apps Script (and our offline runtime) can call from a menu, a
 * trigger or google.script.run. Names ending in "_" stay private (google.script.run cannot call them).
 */
import { REGISTRY } from './registry';

const exposed = globalThis as unknown as Record<string, unknown>;
for (const [name, fn] of Object.entries(REGISTRY)) exposed[name] = fn;
