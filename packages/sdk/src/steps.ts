/**
 * Large work in steps: a generator that yields between pieces of about a millisecond, so a page
 * can spread it over several tasks (matching 10,000 measures by text takes well over a second, on
 * a phone several), while Node and the CLI run it through at once with {@link finish}.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` through and returns its result. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Work units (about a microsecond each: one score of two measures) between two yields. */
const STEP_UNITS = 1_000;

/** Counts work done; true when a step's worth is done (then the caller yields). */
export function stepCounter(): (units?: number) => boolean {
  let done = 0;
  return (units = 1) => {
    done += units;
    if (done < STEP_UNITS) return false;
    done = 0;
    return true;
  };
}
