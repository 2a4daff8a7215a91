// Installs @sms/nestjs the way a user does, next to each supported NestJS major, and proves it works there:
// packs @sms/core, @sms/queue and @sms/nestjs (as they would be published), installs them with a plain `npm install`
// (no --legacy-peer-deps, so the peer ranges must admit that Nest major) from the npm registry into a
// temporary project, compiles consumer/app.ts twice (CommonJS with `moduleResolution: node`, as Nest 10
// projects do, and ESM with `node16`) and runs both builds. The temporary folder is removed afterwards.
//
// Nest 11 is what the workspace itself installs and tests with (vitest, and scripts/check-dist.* run the
// same kind of application on the built files), so by default only Nest 10 and 12 are installed from the
// registry here, which keeps the check around a minute. `node scripts/check-consumers.mjs 10 11 12` checks
// the majors given.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIRECTORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORE_DIRECTORY = path.resolve(PACKAGE_DIRECTORY, '../../core');
const QUEUE_DIRECTORY = path.resolve(PACKAGE_DIRECTORY, '../../queue');
const CONSUMER_DIRECTORY = path.join(PACKAGE_DIRECTORY, 'consumer');

/**
 * What a user installs next to @sms/nestjs for each Nest major (Nest 10 has no terminus with the API used);
 * platform-express serves the HTTP application that exercises SmsExceptionFilter and SmsWebhookModule.
 */
const NEST_MAJORS = {
  10: {
    '@nestjs/common': '^10.0.0',
    '@nestjs/core': '^10.0.0',
    '@nestjs/platform-express': '^10.0.0',
    '@nestjs/terminus': '^11.0.0',
  },
  11: {
    '@nestjs/common': '^11.0.0',
    '@nestjs/core': '^11.0.0',
    '@nestjs/platform-express': '^11.0.0',
    '@nestjs/terminus': '^11.0.0',
  },
  12: {
    '@nestjs/common': '^12.0.0',
    '@nestjs/core': '^12.0.0',
    '@nestjs/platform-express': '^12.0.0',
    '@nestjs/terminus': '^12.0.0',
  },
};
// bullmq and ioredis (an optional peer of bullmq 6 that it cannot run without) for @sms/nestjs/queue; its
// check runs a redis-server from PATH.
const COMMON_DEPENDENCIES = {
  'reflect-metadata': '^0.2.0',
  rxjs: '^7.8.0',
  '@types/node': '^20.19.0',
  bullmq: '^6.0.0',
  ioredis: '^5.0.0',
};
/** The workspace's own compiler: it resolves modules from the consumer's folder, so nothing is lost by not installing it there. */
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The two ways the consumer is compiled, and the module format each build runs in. */
const BUILDS = [
  {
    tsconfig: 'tsconfig.node10.json',
    outDir: 'out-node10',
    packageType: 'commonjs',
    label: 'CommonJS, moduleResolution node',
  },
  {
    tsconfig: 'tsconfig.node16.json',
    outDir: 'out-node16',
    packageType: 'module',
    label: 'ESM, moduleResolution node16',
  },
];

const DEFAULT_MAJORS = ['10', '12'];
/** A step that takes longer is stopped: a stalled registry must fail the check clearly, not hang CI. */
const STEP_TIMEOUT_MS = 4 * 60_000;

class StepError extends Error {}

/**
 * npm and pnpm read their settings from `npm_config_*` variables, and pnpm sets many of them for the scripts
 * it runs (`npm_config_local_prefix` would make npm install into this package instead of the temporary
 * project). Only the ones that say how to reach the registry are passed on.
 */
function cleanEnvironment() {
  const kept = /^npm_config_(registry|cafile|cache|userconfig|strict_ssl|proxy|https_proxy|noproxy)$/i;
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key) || kept.test(key)),
  );
}

function run(step, command, args, cwd, env = cleanEnvironment()) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: STEP_TIMEOUT_MS });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new StepError(`${step}: could not start ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        process.stdout.write(`  ok  ${step} (${seconds} s)\n`);
        resolve(output);
        return;
      }
      const why =
        signal === null
          ? `exit code ${code}`
          : `stopped by ${signal}, ${STEP_TIMEOUT_MS / 60_000} minutes being the limit of a step`;
      reject(
        new StepError(
          `${step} failed (${why}) after ${seconds} s\n  $ ${[command, ...args].join(' ')}\n  in ${cwd}\n${output.trim().split('\n').slice(-60).join('\n')}`,
        ),
      );
    });
  });
}

/** pnpm packs as it publishes (`workspace:^` becomes a version range); the pnpm running this script is used. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath !== undefined && /pnpm/.test(path.basename(execPath)) && /\.c?js$/.test(execPath))
    return [process.execPath, [execPath]];
  return ['npx', ['-y', 'pnpm@10.34.9']];
}

async function pack(directory, destination) {
  const [command, prefix] = pnpmCommand();
  const before = new Set(await readdir(destination));
  // pnpm's own settings stay (it is the one packing inside its workspace).
  await run(
    `pack ${path.relative(path.resolve(PACKAGE_DIRECTORY, '../..'), directory)}`,
    command,
    [...prefix, 'pack', '--pack-destination', destination],
    directory,
    process.env,
  );
  const tarball = (await readdir(destination)).find((name) => !before.has(name) && name.endsWith('.tgz'));
  if (tarball === undefined) throw new StepError(`pnpm pack wrote no tarball for ${directory}`);
  return path.join(destination, tarball);
}

async function installConsumer(root, major, tarballs) {
  const directory = path.join(root, `nest-${major}`);
  await mkdir(directory);
  const manifest = {
    name: `sms-nestjs-consumer-nest-${major}`,
    private: true,
    type: 'module',
    dependencies: {
      '@sms/core': `file:${tarballs.core}`,
      '@sms/nestjs': `file:${tarballs.nestjs}`,
      '@sms/queue': `file:${tarballs.queue}`,
      ...NEST_MAJORS[major],
      ...COMMON_DEPENDENCIES,
    },
  };
  await writeFile(path.join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ['app.ts', ...BUILDS.map((build) => build.tsconfig)])
    await copyFile(path.join(CONSUMER_DIRECTORY, file), path.join(directory, file));
  // Peer ranges are enforced (npm's default, stated so that a user's .npmrc cannot relax it). A request
  // that stalls is retried after a minute instead of npm's five.
  const options = [
    '--no-audit',
    '--no-fund',
    '--legacy-peer-deps=false',
    '--fetch-timeout=60000',
    '--fetch-retries=3',
    '--loglevel=error',
  ];
  await run(`Nest ${major}: npm install (peer dependencies enforced)`, 'npm', ['install', ...options], directory);
  return directory;
}

async function buildAndRun(directory, major) {
  for (const build of BUILDS) {
    await run(`Nest ${major}: compile (${build.label})`, process.execPath, [TSC, '-p', build.tsconfig], directory);
    await writeFile(
      path.join(directory, build.outDir, 'package.json'),
      `${JSON.stringify({ type: build.packageType })}\n`,
    );
    await run(
      `Nest ${major}: run (${build.label})`,
      process.execPath,
      [path.join(build.outDir, 'app.js'), `Nest ${major}, ${build.label}`],
      directory,
    );
  }
}

async function main() {
  const requested = process.argv.slice(2);
  const majors = requested.length === 0 ? DEFAULT_MAJORS : requested;
  const unknown = majors.filter((major) => !(major in NEST_MAJORS));
  if (unknown.length > 0)
    throw new StepError(`Unknown Nest major ${unknown.join(', ')}; known: ${Object.keys(NEST_MAJORS).join(', ')}`);

  const root = await mkdtemp(path.join(tmpdir(), 'sms-nestjs-consumers-'));
  try {
    process.stdout.write(`Checking @sms/nestjs in fresh projects with Nest ${majors.join(', ')} (in ${root})\n`);
    const packs = path.join(root, 'packs');
    await mkdir(packs);
    const tarballs = {
      core: await pack(CORE_DIRECTORY, packs),
      queue: await pack(QUEUE_DIRECTORY, packs),
      nestjs: await pack(PACKAGE_DIRECTORY, packs),
    };
    // The installs mostly wait on the network, so they run side by side; compiling is CPU-bound and runs in turn.
    const installs = await Promise.allSettled(majors.map((major) => installConsumer(root, major, tarballs)));
    const failedInstalls = installs.filter((install) => install.status === 'rejected');
    if (failedInstalls.length > 0)
      throw new StepError(failedInstalls.map((install) => install.reason.message).join('\n\n'));
    for (const [index, major] of majors.entries()) await buildAndRun(installs[index].value, major);
    process.stdout.write(
      `@sms/nestjs installs and works with Nest ${majors.join(', ')}, compiled with moduleResolution node and node16\n`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.exitCode = 1;
  process.stderr.write(
    `\n@sms/nestjs consumer check FAILED\n${error instanceof StepError ? error.message : (error.stack ?? error)}\n`,
  );
});
