#!/usr/bin/env node
/**
 * `npm run size`: bytes on the wire against the budgets of DESIGN.md §7, measured the way the
 * anchors there were (esbuild minify, gzip -9; KB = 1,000 bytes, so Lit reads 6.2 KB).
 *
 * - The script-tag bundle as shipped: `dist/blog-widgets.js` plus every chunk it imports
 *   statically, i.e. what an English page downloads. Budget: ≤ 20 KB gzip. `npm run build` runs
 *   first when dist/ is missing, or always with `npm run size -- --build`.
 * - Each element with Lit: `src/blog-<tag>.ts` bundled on its own with esbuild (tsconfig.json
 *   honoured, so decorators compile as in the real build); its lazy chunks are not counted.
 *   Budget: ≤ 12 KB gzip each.
 * - Lit alone, bundled in the same run, as the baseline the others are read against.
 * - The lazy chunks next to the bundle (locales, sanitizer, data sources), for information.
 *
 * Writes bench/results/size.json; exits 1 when a budget is broken.
 *
 * `--ceiling <tag>=<KB>` (an escape hatch; CI uses none): an element known to be over its budget fails
 * only above that ceiling, so it cannot grow while every other budget still blocks. Its row
 * still reads ✖ OVER against the real budget, and the summary names the exception.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minifyTemplatesEsbuild } from './minify-templates.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bundlePath = join(dist, 'blog-widgets.js');
const KB = 1000;
const posix = (path) => path.split('\\').join('/');
const BUDGET = { all: 20 * KB, element: 12 * KB };

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
const measure = (files) => {
  const sizes = files.map((bytes) => ({ raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) }));
  return {
    files: files.length,
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    brotli: sizes.reduce((sum, s) => sum + s.brotli, 0),
  };
};

/** Static `import … from './x.js'` / `export … from` / `import './x.js'` of an ES module (not `import()`). */
async function staticImports(file) {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: join(tmpdir(), 'blog-widgets-size-scan'),
    absWorkingDir: root,
    logLevel: 'silent',
  });
  const input = result.metafile.inputs[posix(relative(root, file))];
  return (input?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => resolve(root, i.path));
}

/** The bundle and every file it loads eagerly (static imports, recursively). */
async function eagerFiles(entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const dep of await staticImports(queue.shift())) {
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return [...seen];
}

/** Bundles an entry (or stdin source) with esbuild; returns the entry output and its eager chunks. */
async function esbuildSize(options) {
  const outdir = await mkdtemp(join(tmpdir(), 'blog-widgets-size-'));
  try {
    const result = await esbuild.build({
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      splitting: true, // dynamic imports (locales, sanitizer) stay out, as in the shipped build
      outdir,
      absWorkingDir: root,
      write: false,
      metafile: true,
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'warning',
      plugins: [minifyTemplatesEsbuild()],
      ...options,
    });
    const outputs = result.metafile.outputs;
    // Dynamic imports are entry points too; the one measured is the file asked for (or stdin).
    const wanted = options.entryPoints ? posix(relative(root, options.entryPoints[0])) : '<stdin>';
    const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === wanted);
    if (!entry) throw new Error(`esbuild produced no output for ${wanted}`);
    const eager = new Set([entry]);
    const queue = [entry];
    while (queue.length) {
      for (const i of outputs[queue.shift()].imports) {
        if (i.kind === 'import-statement' && !i.external && !eager.has(i.path)) {
          eager.add(i.path);
          queue.push(i.path);
        }
      }
    }
    const byPath = new Map(result.outputFiles.map((f) => [posix(relative(root, f.path)), f]));
    // What the eager files are made of (minified bytes per source module), biggest first.
    const top = [...eager]
      .flatMap((path) => Object.entries(outputs[path].inputs))
      .map(([input, { bytesInOutput }]) => ({
        input: input.replace(/^(\.\.\/)*(.*node_modules\/)?/, ''),
        bytes: bytesInOutput,
      }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 12);
    return { ...measure([...eager].map((path) => byPath.get(path).contents)), top };
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

function build() {
  console.log('Building dist/ first (npm run build)…');
  const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) {
    console.error('✖ the build failed; no sizes measured.');
    process.exit(run.status ?? 1);
  }
}

const fmt = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));

async function main() {
  if (process.argv.includes('--build') || !existsSync(bundlePath)) build();

  const rows = [];

  // Lit alone: the baseline every element pays once.
  rows.push({
    name: 'lit (baseline)',
    kind: 'baseline',
    ...(await esbuildSize({ stdin: { contents: "export * from 'lit';", resolveDir: root, loader: 'js' } })),
  });

  // The shipped script-tag bundle and what it loads eagerly.
  const eager = await eagerFiles(bundlePath);
  const { top: allTop } = await esbuildSize({ entryPoints: [join(root, 'src', 'blog-widgets.ts')] });
  rows.push({
    name: 'dist/blog-widgets.js (all, eager)',
    kind: 'all',
    budget: BUDGET.all,
    ...measure(await Promise.all(eager.map((file) => readFile(file)))),
    eager: eager.map((file) => relative(root, file)),
    top: allTop,
  });

  // Each element with Lit, alone.
  const entries = (await readdir(join(root, 'src')))
    .filter((file) => /^blog-[a-z-]+\.ts$/.test(file) && file !== 'blog-widgets.ts')
    .sort();
  for (const file of entries) {
    rows.push({
      name: `<${basename(file, '.ts')}> + lit`,
      kind: 'element',
      budget: BUDGET.element,
      ...(await esbuildSize({ entryPoints: [join(root, 'src', file)] })),
    });
  }

  // The lazy chunks, each on its own.
  const chunkDir = join(dist, 'chunks');
  const eagerSet = new Set(eager);
  const lazy = existsSync(chunkDir)
    ? (await readdir(chunkDir)).filter((f) => f.endsWith('.js') && !eagerSet.has(join(chunkDir, f))).sort()
    : [];
  for (const file of lazy) {
    rows.push({ name: `  lazy: chunks/${file}`, kind: 'lazy', ...measure([await readFile(join(chunkDir, file))]) });
  }

  for (const row of rows) row.ok = row.budget === undefined || row.gzip <= row.budget;
  const ceilings = ceilingArgs();
  for (const row of rows) {
    const tag = /^<([a-z-]+)>/.exec(row.name)?.[1];
    if (tag && ceilings.has(tag)) row.ceiling = ceilings.get(tag);
  }

  const lit = rows[0].gzip;
  const header = `${pad('', 40)} ${pad('min', 10, true)} ${pad('gzip -9', 10, true)} ${pad('brotli', 10, true)} ${pad('gzip − lit', 11, true)}  budget (gzip)`;
  console.log(`\n${header}\n${'-'.repeat(header.length + 4)}`);
  for (const row of rows) {
    const budget = row.budget === undefined ? '' : `≤ ${fmt(row.budget)}  ${row.ok ? 'ok' : '✖ OVER'}`;
    console.log(
      `${pad(row.name, 40)} ${pad(fmt(row.raw), 10, true)} ${pad(fmt(row.gzip), 10, true)} ${pad(fmt(row.brotli), 10, true)} ${pad(row.kind === 'all' || row.kind === 'element' ? fmt(row.gzip - lit) : '', 11, true)}  ${budget}`,
    );
  }
  const all = rows.find((row) => row.kind === 'all');
  if (all.files > 1) console.log(`\nThe bundle loads ${all.files} files eagerly: ${all.eager.join(', ')}`);

  const esbuildVersion = esbuild.version;
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    esbuild: esbuildVersion,
    unit: 'bytes; KB = 1000 bytes; gzip level 9; brotli quality 11',
    budgets: { allGzip: BUDGET.all, elementGzip: BUDGET.element },
    results: rows.map(({ name, kind, raw, gzip, brotli, budget, ceiling, ok, files, eager, top }) => ({
      name: name.trim(),
      kind,
      files,
      raw,
      gzip,
      brotli,
      ...(budget === undefined ? {} : { budget, ok }),
      ...(ceiling === undefined ? {} : { ceiling }),
      ...(eager ? { eager } : {}),
      ...(top ? { largestModules: top } : {}),
    })),
  };
  await mkdir(join(root, 'bench', 'results'), { recursive: true });
  await writeFile(join(root, 'bench', 'results', 'size.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWritten to bench/results/size.json');

  const tolerated = rows.filter((row) => !row.ok && row.ceiling !== undefined && row.gzip <= row.ceiling);
  for (const row of tolerated) {
    console.warn(
      `\n⚠ ${row.name.trim()}: ${fmt(row.gzip)} gzip is over its budget of ${fmt(row.budget)} ` +
        `(+${row.gzip - row.budget} bytes), tolerated up to ${fmt(row.ceiling)} by --ceiling.`,
    );
  }
  const broken = rows.filter((row) => !row.ok && !tolerated.includes(row));
  if (broken.length) {
    console.error(
      `\n${'!'.repeat(72)}\n✖ SIZE BUDGET BROKEN (DESIGN.md §7):\n${broken
        .map(
          (row) =>
            `  ${row.name.trim()}: ${fmt(row.gzip)} gzip > ${fmt(row.ceiling ?? row.budget)}` +
            ` (+${row.gzip - (row.ceiling ?? row.budget)} bytes${row.ceiling === undefined ? '' : ', over its --ceiling'})`,
        )
        .join('\n')}\n${'!'.repeat(72)}\n`,
    );
    for (const row of broken) {
      console.error(`Largest modules in ${row.name.trim()} (minified bytes, esbuild):`);
      for (const { input, bytes } of row.top ?? []) console.error(`  ${pad(bytes, 7, true)}  ${input}`);
      console.error('');
    }
    process.exit(1);
  }
  console.log(tolerated.length ? 'Every other size budget holds.' : 'All size budgets hold.');
}

/** `--ceiling blog-article=12.5` (repeatable): KB → bytes, by tag. */
function ceilingArgs() {
  const ceilings = new Map();
  process.argv.forEach((arg, i) => {
    if (arg !== '--ceiling') return;
    const [, tag, kb] = /^([a-z-]+)=(\d+(?:\.\d+)?)$/.exec(process.argv[i + 1] ?? '') ?? [];
    if (!tag) throw new Error(`--ceiling wants <tag>=<KB>, e.g. blog-article=12.5; got ${process.argv[i + 1]}`);
    ceilings.set(tag, Math.round(Number(kb) * KB));
  });
  return ceilings;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
