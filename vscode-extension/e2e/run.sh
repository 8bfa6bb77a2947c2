#!/usr/bin/env bash
# End-to-end test of the mangopy VS Code extension in a real VS Code (code-server 4.100.3) driven by
# headless Chromium, offline. Usage: vscode-extension/e2e/run.sh   (exit status = test result)
#   MANGOPY_PYTHON   interpreter that can import mangopy (default: python3; CI: .venv/bin/python)
#   MANGOPY_E2E_DIR  work folder (default: vscode-extension/build/e2e); code-server and playwright-core
#                    stay installed there between runs, the rest is recreated each run
#   MANGOPY_E2E_SKIP_BUILD=1  use the existing .vsix instead of npm ci / build / package
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
EXT=$(cd "$HERE/.." && pwd)
REPO=$(cd "$EXT/.." && pwd)
W=${MANGOPY_E2E_DIR:-$EXT/build/e2e}
CSVER=4.100.3
PWVER=1.65.1
PYTHON=${MANGOPY_PYTHON:-python3}
T0=$(date +%s)
log() { echo "[e2e $(( $(date +%s) - T0 ))s] $*"; }
mkdir -p "$W"; W=$(cd "$W" && pwd)

# (a) Debian packages (native modules of code-server, ripgrep for its search, chromium for the test).
PKGS=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium)
missing=()
for p in "${PKGS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "${missing[@]}" >"$W/apt.log" 2>&1 \
    || { apt-get update >>"$W/apt.log" 2>&1 && apt-get install -y --no-install-recommends "${missing[@]}" >>"$W/apt.log" 2>&1; } \
    || { echo "apt-get install failed, see $W/apt.log" >&2; exit 2; }
fi

# (b) code-server, installed once into $W/cs. @vscode/ripgrep's postinstall downloads rg from GitHub
# unless its cache holds the archive: seed it with Debian's rg (names fixed by @vscode/ripgrep 1.15.11).
CS="$W/cs/node_modules/.bin/code-server"
if [ ! -f "$W/cs/.installed-$CSVER" ]; then
  log "installing code-server@$CSVER (about 80 s)"
  RGC="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"; mkdir -p "$RGC" "$W/rgseed"
  cp /usr/bin/rg "$W/rgseed/rg"
  tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$W/rgseed" rg
  rm -rf "$W/cs"; mkdir -p "$W/cs"; echo '{"private":true}' > "$W/cs/package.json"
  (cd "$W/cs" && npm_config_nodedir=/usr npm_config_unsafe_perm=true npm_config_yes=true \
     npm install --no-audit --no-fund "code-server@$CSVER" >"$W/cs-install.log" 2>&1) \
    || { echo "code-server install failed, see $W/cs-install.log" >&2; exit 2; }
  test -x "$W/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  touch "$W/cs/.installed-$CSVER"
fi
if [ ! -f "$W/pw/.installed-$PWVER" ]; then
  log "installing playwright-core@$PWVER"
  rm -rf "$W/pw"; mkdir -p "$W/pw"; echo '{"private":true}' > "$W/pw/package.json"
  (cd "$W/pw" && npm install --no-audit --no-fund "playwright-core@$PWVER" >"$W/pw-install.log" 2>&1) \
    || { echo "playwright-core install failed, see $W/pw-install.log" >&2; exit 2; }
  touch "$W/pw/.installed-$PWVER"
fi

# (c) Build and package the extension.
VSIX="$EXT/mangopy-vscode-$(node -p "require('$EXT/package.json').version").vsix"
if [ "${MANGOPY_E2E_SKIP_BUILD:-0}" != 1 ]; then
  log "npm ci && npm run build && npm run package"
  (cd "$EXT" && npm ci --no-audit --no-fund && npm run build && npm run package) >"$W/build.log" 2>&1 \
    || { tail -30 "$W/build.log" >&2; echo "extension build failed, see $W/build.log" >&2; exit 2; }
fi
test -f "$VSIX" || { echo "no $VSIX" >&2; exit 2; }
"$PYTHON" -c 'import mangopy' || { echo "$PYTHON cannot import mangopy (set MANGOPY_PYTHON)" >&2; exit 2; }
PYTHON_ABS=$(command -v "$PYTHON"); case "$PYTHON_ABS" in /*) ;; *) PYTHON_ABS="$(pwd)/$PYTHON_ABS";; esac

# Per-run folders: user data, extensions, XDG dirs, workspace, screenshots.
R="$W/run"; rm -rf "$R" "$W/shots"; mkdir -p "$R/ud/User" "$R/ext" "$R/ws/.vscode" "$R/xdg" "$W/shots"
export XDG_CONFIG_HOME=$R/xdg/config XDG_DATA_HOME=$R/xdg/data XDG_CACHE_HOME=$R/xdg/cache
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$R/config.yaml"
cat > "$R/ud/User/settings.json" <<'J'
{ "workbench.startupEditor": "none", "workbench.tips.enabled": false,
  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "telemetry.telemetryLevel": "off", "security.workspace.trust.enabled": false,
  "workbench.colorTheme": "Default Dark Modern", "editor.hover.delay": 300,
  "editor.wordBasedSuggestions": "off", "editor.minimap.enabled": false,
  "git.enabled": false, "git.openRepositoryInParentFolders": "never",
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false } }
J
CSARGS=(--config "$R/config.yaml" --user-data-dir "$R/ud" --extensions-dir "$R/ext")
"$CS" "${CSARGS[@]}" --install-extension "$VSIX" >"$R/install-ext.log" 2>&1 \
  || { cat "$R/install-ext.log" >&2; exit 2; }

# (d) Workspace: the example manifest, a broken script and the extension's settings
#     (the server is found through mangopy.pythonPath, i.e. `<python> -m mangopy lsp`).
cp "$REPO/examples/app_classes.json" "$REPO/examples/broken_rules.mf" "$R/ws/"
# An Objective-C file for "Convert Objective-C Selection to MangoFix".
cp "$REPO/tests/convert/data/feed_controller.m" "$R/ws/FeedController.m"
# A second script that is never opened in an editor: "Check Workspace" must report it (MF131, line 3).
printf 'class Helper : NSObject {\n- (void)run {\n    missingVar = 1;\n}\n}\n' > "$R/ws/unopened.mf"
node -e 'process.stdout.write(JSON.stringify({"mangopy.pythonPath": process.argv[1],
  "mangopy.manifest": ["app_classes.json"], "mangopy.ignore": ["MF150"]}, null, 2))' "$PYTHON_ABS" \
  > "$R/ws/.vscode/settings.json"

# (e) Start code-server in its own process group (so the extension host and the language server go too).
log "starting code-server on 127.0.0.1:$PORT"
setsid "$CS" "${CSARGS[@]}" --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override "$R/ws" >"$R/server.log" 2>&1 &
CSPID=$!
cleanup() { kill -TERM -- "-$CSPID" 2>/dev/null || true; sleep 0.5; kill -KILL -- "-$CSPID" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || { cat "$R/server.log" >&2; echo "code-server did not start" >&2; exit 2; }

# (f) The browser test (it closes its browser itself, also on failure). How many problems the
#     editor must show for broken_rules.mf with the workspace's "mangopy.ignore" and without it,
#     from `mangopy check` itself.
count() {
  "$PYTHON" -m mangopy check "$R/ws/broken_rules.mf" --manifest "$R/ws/app_classes.json" --format json "$@" \
    | "$PYTHON" -c 'import json, sys; print(len(json.load(sys.stdin)["diagnostics"]))'
}
PROBLEMS_IGNORED=$(count --ignore MF150 || true)
PROBLEMS_ALL=$(count || true)
log "running test.js"
set +e
NODE_PATH="$W/pw/node_modules" PORT=$PORT FOLDER="$R/ws" SHOTS="$W/shots" TMPBASE="$R" \
  PROBLEMS_IGNORED=$PROBLEMS_IGNORED PROBLEMS_ALL=$PROBLEMS_ALL timeout 300 node "$HERE/test.js"
rc=$?
set -e
if [ $rc -ne 0 ]; then
  for f in "$R"/ud/logs/*/exthost*/output_logging_*/*mangopy.log; do
    [ -f "$f" ] && { echo "--- $f (last 20 lines)"; tail -20 "$f"; }
  done
fi
log "test.js exit $rc; screenshots in $W/shots, logs in $R"
exit $rc
