import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const configFile = 'build/electron-builder.config.cjs';

type Config = Record<string, unknown>;
interface BuilderApi {
  getConfig(
    projectDir: string,
    configPath: string | null,
    configFromOptions: Config | null,
  ): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
  logger: unknown;
}

/** app-builder-lib's offline config check (a dependency of electron-builder), or why it is unusable. */
function builderApi(): BuilderApi | string {
  try {
    const fromBuilder = createRequire(require.resolve('electron-builder'));
    const { getConfig, validateConfiguration } = fromBuilder(
      'app-builder-lib/out/util/config/config',
    );
    const { DebugLogger } = fromBuilder('builder-util');
    if (typeof getConfig !== 'function' || typeof validateConfiguration !== 'function')
      return 'getConfig/validateConfiguration not exported';
    return { getConfig, validateConfiguration, logger: new DebugLogger(false) };
  } catch (error) {
    return `app-builder-lib cannot be loaded: ${(error as Error).message}`;
  }
}
const api = builderApi();
const unavailable = typeof api === 'string' ? api : null;

describe('electron-builder configuration', () => {
  it.skipIf(unavailable)(
    `validates offline against electron-builder's schema${unavailable ? ` (skipped: ${unavailable})` : ''}`,
    async () => {
      const { getConfig, validateConfiguration, logger } = api as BuilderApi;
      const config = await getConfig(repo, join(repo, configFile), null);
      await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
      expect(config).toMatchObject({
        appId: 'org.accords.desktop',
        productName: 'Accords',
        directories: { output: 'release' },
        linux: { target: ['AppImage', 'deb'], category: 'Office' },
        win: { target: ['nsis'] },
        mac: { target: ['dmg'], category: 'public.app-category.productivity' },
      });
      expect(JSON.stringify(config.files)).toContain('"dist/**/*"');
      expect(JSON.stringify(config.files)).toContain('"package.json"');
      expect(JSON.stringify(config.asarUnpack)).toMatch(/better-sqlite3[^"]*\.node/);
      // The check is real: a misspelt option is refused.
      await expect(
        validateConfiguration(
          { ...config, linux: { ...(config.linux as Config), categroy: 'Office' } },
          logger,
        ),
      ).rejects.toThrow(/configuration/i);
    },
  );

  it('turns off Electron fuses an attacker could use', () => {
    const config = require(join(repo, configFile)) as Config;
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships a square PNG icon of 1024 and 512 pixels, drawn from build/icon.svg', () => {
    const size = (file: string) => {
      const png = readFileSync(join(repo, file));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size('build/icon.png')).toEqual([1024, 1024]);
    expect(size('build/icons/512x512.png')).toEqual([512, 512]);
    expect(readFileSync(join(repo, 'build/icon.svg'), 'utf8')).toContain('<svg');
  });
});
