#!/usr/bin/env bash
# Builds geo-ai in release mode and installs it under PREFIX (default /usr/local):
#   PREFIX/bin/geo-ai                                    the executable
#   PREFIX/share/man/man1/geo-ai.1                       the manual, generated from the command definitions
#   PREFIX/share/bash-completion/completions/geo-ai      bash completion
#   PREFIX/share/zsh/site-functions/_geo-ai              zsh completion
#   PREFIX/share/fish/vendor_completions.d/geo-ai.fish   fish completion
#
# Usage: Scripts/install.sh [PREFIX]        e.g. Scripts/install.sh ~/.local
#        DESTDIR=/tmp/stage Scripts/install.sh /usr   (stage for packaging)
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${1:-${PREFIX:-/usr/local}}"
root="${DESTDIR:-}${prefix}"

echo "building geo-ai (release)…" >&2
swift build -c release --product geo-ai
binary="$(swift build -c release --show-bin-path)/geo-ai"

# The manual comes from the same ArgumentParser definitions as --help, through the
# GenerateManual plugin that swift-argument-parser ships. Its date is the last commit's,
# so the page is the same on every machine.
date="$(git log -1 --format=%cs 2>/dev/null || date -u +%F)"
echo "generating the manual…" >&2
swift package --disable-sandbox generate-manual --date "$date" --authors "the geo-ai authors" >&2
manual=".build/plugins/GenerateManual/outputs/geo-ai/geo-ai.1"

install -d "$root/bin" "$root/share/man/man1" "$root/share/bash-completion/completions" \
  "$root/share/zsh/site-functions" "$root/share/fish/vendor_completions.d"
install -m 755 "$binary" "$root/bin/geo-ai"
install -m 644 "$manual" "$root/share/man/man1/geo-ai.1"
"$binary" --generate-completion-script bash > "$root/share/bash-completion/completions/geo-ai"
"$binary" --generate-completion-script zsh > "$root/share/zsh/site-functions/_geo-ai"
"$binary" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/geo-ai.fish"

echo "installed geo-ai in $root/bin (manual: man geo-ai; completions for bash, zsh and fish)" >&2
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" >&2 ;;
esac
