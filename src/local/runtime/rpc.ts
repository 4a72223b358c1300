/**
 * The google.script.run boundary. Apps Script documents that arguments and return values must be
 * primitives (number, boolean, string, null) or arrays/objects of them; "Requests fail if you attempt to
 * pass a Date, Function, DOM element besides a form, or other prohibited type, including prohibited types
 * inside objects or arrays" (HTML Service: Communicate with Server Functions). In the browser the call
 * fails with "Failed due to illegal value in property: <name>". `undefined` inside an array arrives as null.
 */
import { types } from 'node:util';
import { RpcArgumentError } from './errors';

function describe(v: unknown): string | null {
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (typeof v === 'bigint') return 'a bigint';
  if (types.isDate(v)) return 'a Date (send an ISO date string or a number instead)';
  return null;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  // Object.prototype of any realm (the bundle runs in its own vm context) has a null prototype
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Copies a value across the boundary, or throws RpcArgumentError naming where the bad value is. */
export function toWire(value: unknown, where: 'argument' | 'result', path: string): unknown {
  const seen = new Set<object>();
  const fail = (what: string, at: string): never => {
    const prop = at.replace(/^.*[.[]/, '').replace(/\]$/, '');
    throw new RpcArgumentError(
      `google.script.run cannot pass ${what} as ${where === 'argument' ? 'an argument' : 'a return value'} ` +
        `(at ${at}); only numbers, booleans, strings, null, and arrays or plain objects of these can cross. ` +
        `Apps Script fails such a call with "Failed due to illegal value in property: ${prop}".`,
    );
  };
  const walk = (v: unknown, at: string): unknown => {
    if (v === null || v === undefined) return null;
    const bad = describe(v);
    if (bad) return fail(bad, at);
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    const o = v as object;
    if (seen.has(o)) return fail('a cyclic structure', at);
    seen.add(o);
    try {
      if (Array.isArray(o)) return o.map((x, i) => walk(x, `${at}[${i}]`));
      const rec = o as Record<string, unknown>;
      if (typeof rec.nodeType === 'number' && typeof rec.nodeName === 'string') return fail('a DOM element', at);
      if (!isPlainObject(o)) {
        const name = (Object.getPrototypeOf(o) as { constructor?: { name?: string } })?.constructor?.name || 'object';
        return fail(`an instance of ${name}`, at);
      }
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(rec)) {
        if (rec[k] === undefined) continue; // like JSON: an undefined property is dropped
        out[k] = walk(rec[k], `${at}.${k}`);
      }
      return out;
    } finally {
      seen.delete(o);
    }
  };
  return walk(value, path);
}
