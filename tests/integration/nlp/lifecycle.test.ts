// The local NLP server's life cycle on a port of its own (the suite's shared server is never stopped):
// start is idempotent, status tells the truth, stop is clean, and what goes wrong says so.
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { nlpLocalConfig, type NlpLocalConfig } from '../../../nlp/config';
import { checkPrerequisites, start, status, stop } from '../../../nlp/local-server';

// Loading no statistical models keeps this JVM small and ready within seconds.
const config: NlpLocalConfig = { ...nlpLocalConfig({ ...process.env, NLP_LOCAL_PORT: '9012', NLP_LOCAL_HEAP: '512m' }), preload: 'tokenize,ssplit' };

describe('local NLP server life cycle', () => {
  afterAll(async () => {
    await stop(config);
    for (const suffix of ['-bad-heap', '-squatted']) fs.rmSync(`${config.homeDir}${suffix}`, { recursive: true, force: true });
  });

  it('starts, answers /ready, and a second start finds the running server', async () => {
    const first = await start(config);
    expect(first).toMatchObject({ running: true, live: true, url: 'http://127.0.0.1:9012' });
    expect(first.pid).toBeGreaterThan(0);
    const second = await start(config);
    expect(second.pid).toBe(first.pid);
    expect((await status(config)).running).toBe(true);
  });

  it('stops and then reports not running', async () => {
    expect(await stop(config)).toBe(true);
    const after = await status(config);
    expect(after).toMatchObject({ running: false, live: false, pid: undefined });
    expect(await stop(config)).toBe(false);
  });

  it('shows the log tail when the JVM exits during start-up', async () => {
    const tooSmall = { ...config, port: 9019, homeDir: `${config.homeDir}-bad-heap`, heap: '1k' };
    await expect(start(tooSmall)).rejects.toThrow(/exited during start-up\. Last log lines:\n[\s\S]*heap/i);
  });

  it('refuses a port taken by something that is not an NLP server', async () => {
    const sockets = new Set<net.Socket>();
    const squatter = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.end('not http\r\n');
    });
    await new Promise<void>((resolve) => squatter.listen(9018, '127.0.0.1', resolve));
    try {
      await expect(start({ ...config, port: 9018, homeDir: `${config.homeDir}-squatted` })).rejects.toThrow(
        /port 9018 is taken by something that is not an NLP server\. Set NLP_LOCAL_PORT/,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('names the missing tool and the NLP_URL alternative when Java is absent', async () => {
    expect(() => checkPrerequisites({ ...process.env, PATH: '/nonexistent' })).toThrow(/Java 17\+.*\n.*NLP_URL/s);
    await expect(start({ ...config, port: 9017 }, () => {}, { ...process.env, PATH: '/nonexistent' })).rejects.toThrow(
      /Local NLP server: Java 17\+ was not found/,
    );
  });
});
