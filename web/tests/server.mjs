// Starts and stops a real `gradfit serve` process for the browser tests: a free port (--port 0),
// (or the given one, to restart where it was), a throwaway database, the compiled UI. Resolves with the address the server prints when ready.
import { spawn } from 'node:child_process';

const READY = /gradfit serving on (http:\/\/\S+?)\/?(\s|$)/;

export function startServer({ binary, db, ui, port = 0, timeoutMs = 30_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['serve', '--port', String(port), '--db', db, '--ui', ui], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gradfit serve did not report ready within ${timeoutMs} ms\nstdout: ${out}\nstderr: ${err}`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          child,
          stderr: () => err,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`gradfit serve exited (${code ?? signal}) before it was ready\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}
