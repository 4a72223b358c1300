/**
 * google.script.run and google.script.host for a sidebar page in the playground. It applies
 * Apps Script's rules on the client (a Date, function or DOM node in the arguments fails the call,
 * undefined in arrays becomes null) and posts the call to /api/run with the playground's key,
 * where the offline runtime applies them again on the server. Kept as source text: it is injected
 * into each sidebar page (allowed by its hash in the page's CSP).
 *
 * To the playground page it sends bare signals only ({type}: close, changed, ui): the page fetches
 * whatever it needs from the server, so a message can never make it load or show anything.
 */
export function shimScript(key: string): string {
  return `(${clientShim.toString()})(${JSON.stringify(key)});`;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function clientShim(key: string): void {
  const parentOrigin = location.origin; // the playground page serves this frame from its own origin
  function illegal(value: any, path: string): string | null {
    if (value === null || value === undefined) return null;
    const t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t === 'function' || t === 'symbol' || t === 'bigint') return path;
    if (value instanceof Date) return path;
    if (typeof Node !== 'undefined' && value instanceof Node) return path;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const bad = illegal(value[i], path + '[' + i + ']');
        if (bad) return bad;
      }
      return null;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return path;
    for (const k of Object.keys(value)) {
      const bad = illegal(value[k], path + '.' + k);
      if (bad) return bad;
    }
    return null;
  }

  function makeRunner(success?: (v: any, u?: any) => void, failure?: (e: Error, u?: any) => void, user?: any): any {
    const base: any = {
      withSuccessHandler: (fn: any) => makeRunner(fn, failure, user),
      withFailureHandler: (fn: any) => makeRunner(success, fn, user),
      withUserObject: (obj: any) => makeRunner(success, failure, obj),
    };
    return new Proxy(base, {
      get(target, name) {
        if (name in target) return target[name as string];
        if (typeof name !== 'string') return undefined;
        return (...args: any[]) => {
          const fail = (message: string) => {
            const err = new Error(message);
            if (failure) setTimeout(() => failure(err, user), 0);
            else setTimeout(() => { throw err; }, 0);
          };
          for (let i = 0; i < args.length; i++) {
            const bad = illegal(args[i], 'arguments[' + i + ']');
            if (bad) return fail('Failed due to illegal value in property: ' + bad);
          }
          fetch('/api/run', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-playground-token': key },
            body: JSON.stringify({ fn: name, args }),
          })
            .then((r) => r.json())
            .then((res) => {
              if (res.ui) window.parent.postMessage({ type: 'playground-ui' }, parentOrigin);
              if (res.ok) {
                if (success) success(res.value, user);
                window.parent.postMessage({ type: 'playground-changed' }, parentOrigin);
              } else fail(res.error);
            })
            .catch((e) => fail(String(e && e.message ? e.message : e)));
        };
      },
    });
  }

  (window as any).google = {
    script: {
      run: makeRunner(),
      host: {
        close: () => window.parent.postMessage({ type: 'playground-close' }, parentOrigin),
        setHeight: () => undefined,
        setWidth: () => undefined,
        editor: { focus: () => undefined },
        origin: location.origin,
      },
    },
  };
}
