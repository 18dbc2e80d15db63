@echo off
rem "rebond COMMAND ..." where the desktop app is installed (Windows): runs the command line bundled in the app
rem (app.asar\dist\cli\rebond.cjs) with the app's own Electron as Node. Installed as resources\bin\rebond.cmd.
rem Without a command it opens the app.
setlocal
if "%~1"=="" (
  start "" "%~dp0..\..\Rebond.exe"
  exit /b 0
)
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\..\Rebond.exe" "%~dp0..\app.asar\dist\cli\rebond.cjs" %*
exit /b %ERRORLEVEL%
