import { defineConfig, type Plugin } from 'vitest/config';
import preact from '@preact/preset-vite';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { MANIFEST_FILE } from './src/domain/site.ts';

/** Everything the page needs comes from its own origin; workers and images may also be blobs it makes. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Only in the build: the dev server injects inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'coopatlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Lists every file of the build in site-files.json, so that the page can fetch back the files it
 * was served with and publish them as a site of its own ("Publier cet atlas").
 */
function siteFiles(): Plugin {
  let outDir = '';
  return {
    name: 'coopatlas-site-files',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      const paths = entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((path) => path !== MANIFEST_FILE)
        .sort();
      await writeFile(join(outDir, MANIFEST_FILE), JSON.stringify(paths));
    },
  };
}

export default defineConfig({
  plugins: [preact(), contentSecurityPolicy(), siteFiles()],
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
