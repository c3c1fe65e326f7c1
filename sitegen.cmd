@echo off
rem Only ASCII in this file: cmd.exe reads it in the console's code page, not UTF-8.
rem sitegen check, sitegen serve, sitegen new news "Tittel" ...: SiteGen for editors on Windows
rem (in PowerShell: .\sitegen check). Builds SiteGen once into bin\sitegen-cli\ (again only when its
rem source code has changed, e.g. after git pull) and runs it from there, which starts in well under
rem a second instead of the ~7 s "dotnet run" spends checking the build every time.
setlocal
set "root=%~dp0"
set "out=%root%bin\sitegen-cli"
set "dll=%out%\sitegen.dll"

where dotnet >nul 2>nul
if errorlevel 1 (
  echo sitegen: finner ikke dotnet - installer .NET SDK 10, se README.md 1>&2
  exit /b 3
)
rem PowerShell compares the times (execution policy does not apply to -Command).
powershell -NoProfile -NonInteractive -Command "$d = Get-Item -LiteralPath $env:dll -ErrorAction SilentlyContinue; if (-not $d) { exit 1 }; $n = Get-ChildItem -LiteralPath (Join-Path $env:root 'src'), (Join-Path $env:root 'SiteGen.csproj'), (Join-Path $env:root 'Directory.Build.props'), (Join-Path $env:root 'Directory.Packages.props'), (Join-Path $env:root 'global.json') -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTimeUtc -gt $d.LastWriteTimeUtc } | Select-Object -First 1; if ($n) { exit 1 }; exit 0"
if errorlevel 1 (
  echo Bygger SiteGen ^(kun ved oppstart og etter oppdateringer, tar et halvt minutt^) ... 1>&2
  if not exist "%out%" mkdir "%out%"
  dotnet build "%root%SiteGen.csproj" -c Release -o "%out%" -nologo >"%out%\build.log" 2>&1
  if errorlevel 1 (
    type "%out%\build.log" 1>&2
    echo sitegen: SiteGen kunne ikke bygges - se meldingene over 1>&2
    exit /b 3
  )
  copy /b "%dll%"+,, "%dll%" >nul
)
dotnet "%dll%" %*
exit /b %errorlevel%
