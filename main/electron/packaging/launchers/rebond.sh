#!/bin/sh
# `rebond <command> …` on a site where the desktop app is installed (deb, AppImage, unpacked): runs the command line
# bundled in the app (app.asar/dist/cli/rebond.cjs) with the app's own Electron as Node, so that it loads the SQLite
# binding the package was built with. Installed as resources/bin/rebond; a symbolic link to it may go on the PATH.
# Without a command it opens the app.
set -e
bin=$(dirname "$(readlink -f "$0")")
resources=$(dirname "$bin")
app=$(dirname "$resources")
if [ "$#" -eq 0 ]; then
  exec "$app/rebond"
fi
ELECTRON_RUN_AS_NODE=1 exec "$app/rebond" "$resources/app.asar/dist/cli/rebond.cjs" "$@"
