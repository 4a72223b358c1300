/**
 * google.script.run and google.script.host for a sidebar page in the playground. It applies
 * Apps Script's rules on the client (a Date, function or DOM node in the arguments fails the call,
 * undefined in arrays becomes null) and posts the call to /api/run, where the offline runtime
 * applies them again on the server. Kept as source text: it is injected into each sidebar page.
 */
export function shimScript(): string {
  return `(${clientShim.toString()})();`;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function clientShim(): void {
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
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ fn: name, args }),
          })
            .then((r) => r.json())
            .then((res) => {
              if (res.ui && res.ui.length) window.parent.postMessage({ type: 'playground-ui', ui: res.ui }, '*');
              if (res.ok) {
                if (success) success(res.value, user);
                window.parent.postMessage({ type: 'playground-changed' }, '*');
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
        close: () => window.parent.postMessage({ type: 'playground-close' }, '*'),
        setHeight: () => undefined,
        setWidth: () => undefined,
        editor: { focus: () => undefined },
        origin: location.origin,
      },
    },
  };
}
