// electron-builder configuration for `npm run dist` (CommonJS: package.json says "type": "module").
// What ships: the bundles in dist/ (main, preload, renderer) and the production node_modules
// electron-builder collects itself; better-sqlite3's native addon is unpacked from the asar,
// since a .node file cannot be loaded from inside an archive.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.accords.desktop',
  productName: 'Accords',
  copyright: 'Copyright © Accords contributors',
  directories: {
    output: 'release',
    buildResources: 'build',
  },
  files: [
    'dist/**/*',
    '!dist/**/*.map',
    'package.json',
    // Main and preload are bundled and the renderer is built by vite, so at run time main
    // needs only the native better-sqlite3 (and bindings, which finds its .node file).
    // dist/electron/assets/ (the PDF's DejaVu fonts and world map, copied there by the main
    // bundler) ships inside the asar with the bundle: Electron's fs reads them from it.
    '!node_modules/**/*',
    'node_modules/better-sqlite3/{package.json,lib/**/*,build/Release/better_sqlite3.node}',
    'node_modules/bindings/**/*',
    'node_modules/file-uri-to-path/**/*',
    // The DOCX's chart rasteriser: its loader and the prebuilt binary of the build's platform.
    'node_modules/@resvg/**/*',
  ],
  asar: true,
  asarUnpack: ['**/node_modules/better-sqlite3/**/*.node', '**/node_modules/@resvg/**/*.node'],
  // Rebuild better-sqlite3 against Electron's ABI while packaging (tests keep Node's build).
  npmRebuild: true,
  icon: 'build/icon.png',
  // Hardening switches baked into the Electron binary (applied by @electron/fuses).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    synopsis: 'The register of a city’s international partnerships',
    maintainer: 'Accords team <accords@example.org>',
  },
  deb: {
    // The FHS-friendly name of the package and the launcher it installs.
    packageName: 'accords',
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
};
