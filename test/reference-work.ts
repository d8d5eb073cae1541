/**
 * How slow this machine is right now, for tests that bound a task's length: a fixed piece of
 * JavaScript, run five times in the page, the slowest run counting (a task is interrupted by other
 * processes as unluckily as the slowest run: the guards must not flake). About REFERENCE_QUIET_MS on
 * a quiet 2-core machine. A string, evaluated in the page, so a Node test can hand it to puppeteer.
 */
export const REFERENCE_QUIET_MS = 80;

export const REFERENCE_WORK = `(async () => {
  const times = [];
  for (let run = 0; run < 5; run++) {
    await new Promise((done) => setTimeout(done, 20));
    const start = performance.now();
    let text = '';
    for (let i = 0; i < 400000; i++) text = JSON.stringify({ i, words: ['Sprachkurs', 'Elterncafé', String(i)] }).slice(0, 8) + text.slice(0, 64);
    times.push(performance.now() - start + (text.length ? 0 : 1));
  }
  return Math.max(...times);
})()`;
