#!/usr/bin/env bash
# Build Journal.app and Journal-VERSION.dmg on macOS (it cannot run on Linux or Windows).
#   bash packaging/macos/build_dmg.sh            # from the repository root, after `make install`
# Needs: Python 3.11 with the project's .venv, Xcode command line tools (iconutil, codesign), hdiutil (part of macOS).
# Signing: set CODESIGN_IDENTITY="Developer ID Application: ..." to sign; without it the app is signed ad hoc and
# Gatekeeper asks the user to confirm the first start (right click > Open). docs/PACKAGING.md has notarization.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ "$(uname -s)" == Darwin ]] || { echo "build_dmg.sh runs on macOS only" >&2; exit 2; }

PY=.venv/bin/python
VERSION=$($PY -c 'import journal_app; print(journal_app.__version__)')
$PY -m pip --disable-pip-version-check -q install -r packaging/requirements.txt

# Icon: an .iconset rendered from resources/icons/app.svg, then .icns (the spec picks up build/icons/journal.icns).
QT_QPA_PLATFORM=offscreen $PY packaging/linux/render_icons.py build/icons/linux --icns
iconutil -c icns build/icons/journal.iconset -o build/icons/journal.icns

rm -rf dist/journal dist/Journal.app build/pyinstaller
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/journal.spec

APP=dist/Journal.app
codesign --force --deep --options runtime --timestamp=none --sign "${CODESIGN_IDENTITY:--}" "$APP"
"$APP/Contents/MacOS/journal" --version
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/journal" --self-test

# The disk image: the app and a link to /Applications, compressed.
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
mkdir -p dist/installer
DMG="dist/installer/Journal-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Journal" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then codesign --sign "$CODESIGN_IDENTITY" "$DMG"; fi
echo "built $DMG"
