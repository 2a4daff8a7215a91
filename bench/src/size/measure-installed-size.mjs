import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Sum of the sizes of every file under `directory`, not counting nested `node_modules`. */
export async function directorySize(directory) {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      const inner = await directorySize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += (await stat(path)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Where Node would find `name` from `fromDirectory` (walking up through node_modules), as a real path. */
async function locatePackage(name, fromDirectory) {
  let directory = fromDirectory;
  for (;;) {
    const candidate = join(directory, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpath(candidate);
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`cannot find ${name} from ${fromDirectory}`);
    directory = parent;
  }
}

/**
 * The installed size of the runtime dependencies of the package at `packageDirectory`, transitively,
 * each counted once, leaving out names matched by `exclude` (our own packages, counted from tarballs).
 */
export async function runtimeDependencySize(packageDirectory, exclude = () => false) {
  const seen = new Map();
  const visit = async (directory) => {
    const manifest = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8'));
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (exclude(name)) continue;
      const location = await locatePackage(name, directory);
      if (seen.has(location)) continue;
      const version = JSON.parse(await readFile(join(location, 'package.json'), 'utf8')).version;
      seen.set(location, { name, version, ...(await directorySize(location)) });
      await visit(location);
    }
  };
  await visit(await realpath(packageDirectory));
  const packages = [...seen.values()].sort((left, right) => right.bytes - left.bytes);
  return { bytes: packages.reduce((total, item) => total + item.bytes, 0), packages };
}

/** Packs a built package with `npm pack`, unpacks the tarball and sums its files. */
export async function packedSize(packageDirectory) {
  const workspace = await mkdtemp(join(tmpdir(), 'sms-bench-pack-'));
  try {
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workspace], {
      cwd: packageDirectory,
    });
    const [packed] = JSON.parse(stdout);
    const tarball = join(workspace, packed.filename);
    const unpacked = join(workspace, 'unpacked');
    await mkdir(unpacked);
    await run('tar', ['-xzf', tarball, '-C', unpacked]);
    const files = await directorySize(join(unpacked, 'package'));
    return {
      name: packed.name,
      version: packed.version,
      tarballBytes: (await stat(tarball)).size,
      unpackedBytes: files.bytes,
      files: files.files,
    };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** An npm package as installed in node_modules (its own folder plus its runtime dependencies). */
export async function installedSize(name, fromDirectory) {
  const location = await locatePackage(name, fromDirectory);
  const own = await directorySize(location);
  const dependencies = await runtimeDependencySize(location);
  return {
    name,
    ownBytes: own.bytes,
    dependencyBytes: dependencies.bytes,
    totalBytes: own.bytes + dependencies.bytes,
    dependencies: dependencies.packages,
  };
}
