#!/usr/bin/env sh
# Install the Linux bundle for the current user (no root needed):
#
#     sh packaging/linux/install.sh [BUNDLE_DIR]       # default: dist/qorgau
#     sh packaging/linux/install.sh --uninstall
#
# Program: ~/.local/lib/qorgau, command: ~/.local/bin/qorgau, menu entry and icon under
# ~/.local/share. The vault (~/.local/share/Qorgau) is never touched, not even by --uninstall.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/lib/qorgau
bin=$HOME/.local/bin
apps=$data_home/applications
icons=$data_home/icons/hicolor

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix"
    rm -f "$bin/qorgau" "$apps/qorgau.desktop" "$icons/256x256/apps/qorgau.png" \
        "$icons/48x48/apps/qorgau.png" "$icons/scalable/apps/qorgau.svg"
    echo "Qorgau removed; the data in $data_home/Qorgau was kept."
    exit 0
fi

bundle=${1:-$root/dist/qorgau}
[ -x "$bundle/qorgau" ] || { echo "no bundle at $bundle: run packaging/build_linux.sh" >&2; exit 1; }

rm -rf "$prefix.new"
mkdir -p "$(dirname "$prefix")" "$bin" "$apps" "$icons/256x256/apps" "$icons/48x48/apps" \
    "$icons/scalable/apps"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
ln -sf "$prefix/qorgau" "$bin/qorgau"
# The menu entry names the full path, so it works even where ~/.local/bin is not on PATH.
sed -e "s|^Exec=qorgau$|Exec=$prefix/qorgau|" -e "s|^TryExec=qorgau$|TryExec=$prefix/qorgau|" \
    "$here/qorgau.desktop" >"$apps/qorgau.desktop"
cp "$root/resources/icons/qorgau.png" "$icons/256x256/apps/qorgau.png"
cp "$root/resources/icons/qorgau-48.png" "$icons/48x48/apps/qorgau.png"
cp "$root/resources/icons/qorgau.svg" "$icons/scalable/apps/qorgau.svg"
# Refresh the menu and icon caches where the tools exist (a failure here is harmless).
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q "$icons" 2>/dev/null || true
fi
echo "Qorgau installed in $prefix; start it from the menu or with: $bin/qorgau"
