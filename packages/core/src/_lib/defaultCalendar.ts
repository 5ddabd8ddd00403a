import { vietnamCalendar, type WorkingCalendar } from '@motcua/sla';

let shared: WorkingCalendar | undefined;

/**
 * The public-sector calendar used when a caller passes none, created once on first use: a calendar
 * compiles its working-time tables lazily (a few milliseconds), so creating one per event or per
 * record would put that cost on every call.
 * @internal
 */
export function defaultCalendar(): WorkingCalendar {
  shared ??= vietnamCalendar();
  return shared;
}
