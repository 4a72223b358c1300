/** The base of every object a script gets from a service (Range, File, Ui, ...). */
import type { Ctx } from './context';
import type { Meter, Metered } from './metrics';

/**
 * Holds the runtime's shared state and the meter through which instrument() (metrics.ts) counts each call
 * the script makes on the object.
 */
export abstract class ServiceObject implements Metered {
  readonly _meter: Meter;
  constructor(readonly _ctx: Ctx) {
    this._meter = _ctx.meter;
  }
}
