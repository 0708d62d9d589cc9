#!/usr/bin/env bash
# Build the Linux desktop bundle (dist/qorgau/, one folder) and smoke-test it.
#
#     bash packaging/build_linux.sh
#
# Builds in build/bundle-venv, installed from the lock file requirements/bundle.txt (set up
# when missing or older than the lock). After the build it runs only the bundle, from an empty
# folder, with a throw-away HOME: --version, the bundle's self-check (every data file found through the code's
# own lookups), init + seed-demo + check + notifications + a report on a fresh vault, the
# desktop app on Qt's offscreen platform for a few seconds, and linux/install.sh. Any failure
# exits non-zero. SKIP_BUILD=1 re-runs the checks on the existing dist/qorgau; KEEP_WORK=1 keeps
# the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# The bundle is built in an environment of its own, installed from requirements/bundle.txt (the
# client's run-time dependencies, PyInstaller and setuptools, each checked against its hash):
# the bundle carries exactly the locked versions and nothing of the server or the dev tools.
# It is set up again when the lock file is newer than it.
VENV=${VENV:-build/bundle-venv}
PY=$ROOT/$VENV/bin/python
LOCK=requirements/bundle.txt
GUI_SECONDS=${GUI_SECONDS:-12}

step() { printf '\n== %s\n' "$*"; }
fail() {
    printf 'build_linux.sh: FAILED: %s\n' "$*" >&2
    exit 1
}

if [ ! -f "$VENV/.installed-stamp" ] || [ "$LOCK" -nt "$VENV/.installed-stamp" ]; then
    step "setting up $VENV from $LOCK"
    rm -rf "$VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
    "$PY" -m pip install --quiet --require-hashes -r "$LOCK"
    # Editable, so that the build always sees the working tree rather than a stale copy.
    "$PY" -m pip install --quiet --no-deps --no-build-isolation -e .
    touch "$VENV/.installed-stamp"
fi

started=$(date +%s)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    step "building dist/qorgau with PyInstaller $("$PY" -m PyInstaller --version)"
    rm -rf build/qorgau dist/qorgau
    "$PY" -m PyInstaller --noconfirm --log-level WARN \
        --distpath dist --workpath build packaging/qorgau.spec
fi
elapsed=$(($(date +%s) - started))
BUNDLE=$ROOT/dist/qorgau
QORGAU=$BUNDLE/qorgau
[ -x "$QORGAU" ] || fail "no executable at $QORGAU"
echo "build time: ${elapsed} s"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"

# The data files that must be in the bundle, from the sources (the self-check below then
# proves the code finds them).
step "checking the bundle's data files"
INTERNAL=$BUNDLE/_internal
expect() {
    [ -s "$INTERNAL/$1" ] || fail "missing from the bundle: $1"
}
for f in app/storage/migrations/*.sql resources/rules/* resources/names/*; do
    expect "$f"
done
for ts in resources/i18n/qorgau_*.ts; do
    qm=$(basename "$ts" .ts).qm
    expect "resources/i18n/$qm"
done
expect resources/icons/qorgau.png
if compgen -G "$INTERNAL/resources/i18n/*.ts" >/dev/null; then
    fail ".ts sources were shipped; the bundle must carry only compiled .qm files"
fi
echo "ok"

# Everything below runs the bundle alone: an empty working folder, a throw-away HOME (Qt
# settings, logs, caches), no PYTHONPATH, no rules override.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qorgau-bundle.XXXXXX")
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"' EXIT
mkdir -p "$WORK/home" "$WORK/run"
cd "$WORK/run"
run_bundle() {
    env -u PYTHONPATH -u PYTHONHOME -u QORGAU_RULES_FILE -u QORGAU_USER -u QORGAU_PASSWORD_FILE \
        HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
        XDG_CACHE_HOME="$WORK/home/.cache" XDG_STATE_HOME="$WORK/home/.local/state" \
        QORGAU_DATA_DIR="$WORK/vault" QORGAU_KDF_PROFILE=fast QT_QPA_PLATFORM=offscreen \
        "$QORGAU" "$@"
}
# Runs the bundle, shows its output, and fails with it when the exit status is not 0.
check_run() {
    local label=$1
    shift
    if ! run_bundle "$@" >"$WORK/out" 2>"$WORK/err"; then
        cat "$WORK/out"
        cat "$WORK/err" >&2
        fail "$label"
    fi
    cat "$WORK/out"
    if [ -s "$WORK/err" ]; then cat "$WORK/err" >&2; fi
}

step "qorgau --version"
check_run "qorgau --version" --version
version=$("$PY" -c 'import sys; sys.path.insert(0, sys.argv[1]); import app; print(app.__version__)' "$ROOT")
grep -qx "qorgau $version" "$WORK/out" || fail "--version printed '$(cat "$WORK/out")', expected 'qorgau $version'"

step "self-check inside the bundle"
QORGAU_BUNDLE_SELFCHECK=1 check_run "the bundle's self-check" --version

step "a fresh vault: init, seed-demo, check"
printf 'bundle-smoke-passphrase\n' >"$WORK/pass"
common=(--user psy --password-file "$WORK/pass")
check_run "qorgau init" init --school "Школа №1 (проверка сборки)" --role psychologist \
    --full-name "Психолог (проверка)" "${common[@]}"
check_run "qorgau seed-demo" seed-demo --pupils 50 --incidents 5 "${common[@]}"
check_run "qorgau check" check "${common[@]}"
check_run "qorgau users list" users list "${common[@]}"
run_bundle notifications list --json "${common[@]}" >"$WORK/notifications.json" ||
    fail "qorgau notifications list --json"
"$PY" - "$WORK/notifications.json" <<'CHECK' || fail "notifications list --json"
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))
if not items:
    sys.exit("no mandatory notifications were created from the rules")
print(f"{len(items)} mandatory notification(s) queued")
CHECK

step "a period report (PDF and CSV) from the bundle"
quarter="$(date +%Y)-Q$((($(date +%-m) - 1) / 3 + 1))"
if run_bundle report --period "$quarter" --format pdf --output "$WORK/report.pdf" "${common[@]}" \
    >"$WORK/out" 2>"$WORK/err"; then
    cat "$WORK/out"
    [ "$(head -c 5 "$WORK/report.pdf")" = "%PDF-" ] || fail "qorgau report wrote no PDF"
    check_run "qorgau report --format csv" report --period "$quarter" --format csv \
        --output "$WORK/report.csv" "${common[@]}"
    [ -s "$WORK/report.csv" ] || fail "qorgau report wrote no CSV"
elif grep -q "not available in this build" "$WORK/err"; then
    echo "skipped: $(cat "$WORK/err")"
else
    cat "$WORK/out"
    cat "$WORK/err" >&2
    fail "qorgau report"
fi

step "the desktop app on the offscreen platform (${GUI_SECONDS} s)"
set +e
run_bundle >"$WORK/out" 2>"$WORK/err" &
gui=$!
sleep "$GUI_SECONDS"
if kill -0 "$gui" 2>/dev/null; then
    kill "$gui"
    wait "$gui"
    status=running
else
    wait "$gui"
    status="exited with $?"
fi
set -e
cat "$WORK/out"
if [ -s "$WORK/err" ]; then cat "$WORK/err" >&2; fi
[ "$status" = running ] || fail "the desktop app $status within ${GUI_SECONDS} s"
if grep -E -q 'Traceback|Could not (load|find) the Qt platform plugin|Cannot load library' "$WORK/err"; then
    fail "the desktop app reported an error"
fi
# The app shows unexpected exceptions in a dialog and logs them (ui/errors.py), so look there too.
if find "$WORK/home" -name '*.log' -exec grep -E -H ' (ERROR|CRITICAL) |Traceback' {} + >&2; then
    fail "the desktop app logged an error"
fi
echo "ok: the app was still running after ${GUI_SECONDS} s"

step "per-user install (packaging/linux/install.sh) into the throw-away HOME"
HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" sh "$ROOT/packaging/linux/install.sh" "$BUNDLE"
installed=$("$WORK/home/.local/bin/qorgau" --version) || fail "the installed qorgau does not run"
[ "$installed" = "qorgau $version" ] || fail "the installed qorgau printed '$installed'"
[ -s "$WORK/home/.local/share/applications/qorgau.desktop" ] || fail "no menu entry was installed"
HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" sh "$ROOT/packaging/linux/install.sh" --uninstall

step "bundle OK: dist/qorgau ($(du -sh "$BUNDLE" | cut -f1)), built in ${elapsed} s"
