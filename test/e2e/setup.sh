#!/usr/bin/env bash
# Prepares a real VS Code workbench for the end-to-end suite without downloading VS Code:
# code-server (VS Code 1.100 served to a browser, with a Node extension host) from npm, and headless
# Chromium from Debian. Only the npm registry and Debian's apt are used, so code-server's own install
# scripts (which fetch from elsewhere) are skipped and its native modules are compiled here instead.
#
# usage: test/e2e/setup.sh            installs into .vscode-test/code-server (relative to the repo)
#        CODE_SERVER_DIR=dir setup.sh  installs elsewhere
# Idempotent: when the system packages are present and the folder is complete it exits at once.
set -euo pipefail

version=4.100.3   # newest code-server release that still runs on Node 20
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dir=${CODE_SERVER_DIR:-$repo/.vscode-test/code-server}
marker=".complete-$version"

# Headers and tools for building the native modules, ripgrep for VS Code's search, and the browser.
apt_packages=(build-essential python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium)

log() { echo "[e2e setup] $*"; }

installed() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || return 1
  done
}

if ! installed "${apt_packages[@]}"; then
  log "installing system packages: ${apt_packages[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: run as root (or install sudo) to install ${apt_packages[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

if [ -f "$dir/$marker" ] && [ -x "$dir/node_modules/.bin/code-server" ]; then
  log "code-server $version already installed in $dir"
  exit 0
fi

started=$SECONDS
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{ "name": "lambda-esm-lens-code-server", "private": true }' > package.json

log "npm install code-server@$version (install scripts skipped)"
npm install --no-audit --no-fund --ignore-scripts "code-server@$version" >/dev/null
# argon2 (password hashing; unused with --auth none, but loaded at start-up) needs its native addon.
npm rebuild argon2 >/dev/null 2>&1 || (cd node_modules/argon2 && npx --yes node-gyp rebuild >/dev/null)

vscode_dir="$dir/node_modules/code-server/lib/vscode"
cd "$vscode_dir"
log "installing VS Code's server dependencies"
npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null

log "building native modules"
for m in @parcel/watcher @vscode/spdlog @vscode/deviceid node-pty native-watchdog kerberos; do
  if [ -d "node_modules/$m" ]; then
    (cd "node_modules/$m" && npx --yes node-gyp rebuild >/dev/null 2>&1) || { echo "setup.sh: building $m failed" >&2; exit 1; }
  fi
done

# VS Code runs ripgrep from this path; the package's own install script would download a binary.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# The server loads its dependencies through node_modules.asar in packaged builds.
ln -sfn node_modules node_modules.asar
# Helper scripts that a packaged build has under their platform-neutral names.
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)

log "installing the built-in extensions' dependencies"
(cd extensions && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)

"$dir/node_modules/.bin/code-server" --version >/dev/null
touch "$dir/$marker"
log "code-server $version ready in $dir ($((SECONDS - started))s)"
