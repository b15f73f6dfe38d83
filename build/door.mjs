/**
 * `npm run accords -- …` and `npm run preview -- …`: runs the compiled bundle of the command
 * line or the preview (dist/doors/*.cjs) in this very process, so a command starts in a tenth
 * of a second instead of compiling its TypeScript first. Plain JavaScript, so nothing compiles
 * before it runs. When any source is newer than the bundle (a fresh clone after `npm ci`, an
 * edited file, a pulled branch), the bundle is rebuilt first, once, in a few seconds; nothing
 * else has to remember to build it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import vm from 'node:vm';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOORS = { cli: 'cli.cjs', preview: 'preview.cjs' };
/** What the bundles are made from: a change to any of these makes them stale. */
const SOURCES = ['electron', 'shared', 'build/scripts', 'package-lock.json', 'build/door.mjs'];

/** The newest modification time under `path` (a file or a folder), in milliseconds. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(child) : statSync(child).mtimeMs);
  }
  return latest;
}

const [door, ...args] = process.argv.slice(2);
const file = DOORS[door];
if (!file) {
  console.error(`build/door.mjs: unknown door "${door}" (cli or preview)`);
  process.exit(2);
}
const bundle = join(repo, 'dist', 'doors', file);
const built = Math.min(...Object.values(DOORS).map((name) => newest(join(repo, 'dist', 'doors', name)) || 0));
if (built === 0 || SOURCES.some((source) => newest(join(repo, source)) > built)) {
  const require = createRequire(import.meta.url);
  const compiled = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), join(repo, 'build', 'scripts', 'bundle-doors.ts')],
    { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (compiled.status !== 0) {
    console.error('Accords: compiling the command line and the preview failed (see above).');
    process.exit(compiled.status ?? 1);
  }
}
// The bundle reads its arguments as if it had been started itself.
process.argv = [process.argv[0], bundle, ...args];
runWithCodeCache(bundle);

/**
 * Runs a CommonJS bundle as `require` would, with V8's code cache kept beside it: compiling a
 * 7 MB bundle is most of a command's or the preview's start-up (about 0.25–0.5 s here), reading
 * the cache instead a few milliseconds. A cache V8 rejects (another Node, a rebuilt bundle) is
 * simply made anew. The preview's one `import()` (vite, to build a stale renderer) goes to
 * Node's own loader.
 */
function runWithCodeCache(file) {
  // Named after the bundle it was made from: V8 checks a cache against the source's length
  // only, and a rebuilt bundle of the same length would otherwise run the old bundle's code.
  const { mtimeMs, size } = statSync(file);
  const cacheFile = `${file}.${process.version}.${Math.round(mtimeMs)}-${size}.v8cache`;
  const source = readFileSync(file, 'utf8');
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  const require = createRequire(file);
  const compiled = script.runInThisContext();
  if (cachedData === undefined || script.cachedDataRejected) {
    // Made once the command ran: the functions it used are then compiled and cached too.
    process.once('exit', () => {
      try {
        writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
        renameSync(`${cacheFile}.${process.pid}`, cacheFile);
        const name = basename(file);
        for (const other of readdirSync(dirname(file)))
          if (other.startsWith(`${name}.`) && other.endsWith('.v8cache') && other !== basename(cacheFile))
            rmSync(join(dirname(file), other), { force: true });
      } catch {
        // A cache that cannot be written only costs the next start its compile time.
      }
    });
  }
  compiled.call(module.exports, module.exports, require, module, file, dirname(file));
}
