# Build the Windows bundle (dist\qorgau\) with PyInstaller, smoke-test it, and make the installer
# (dist\qorgau-VERSION-setup.exe) with Inno Setup 6. Run from any folder:
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
#     ... -Python "py -3.11"      a different Python for creating .venv
#     ... -Iscc "D:\Tools\Inno Setup 6\ISCC.exe"
#     ... -SkipInstaller          bundle and smoke test only
#
# Needs: Python 3.11+ (64-bit); Inno Setup 6.3 or newer (https://jrsoftware.org/isinfo.php) for the installer.
[CmdletBinding()]
param(
    [string]$Python = "python",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked {
    param([string]$Label, [scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$Label failed (exit code $LASTEXITCODE)" }
}

function Step([string]$Text) { Write-Host ""; Write-Host "== $Text" }

# -- the virtual environment and PyInstaller ------------------------------------------------
$Py = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Py)) {
    Step "creating .venv"
    $launcher = $Python.Split(" ")
    $launcherArgs = @($launcher | Select-Object -Skip 1)
    Invoke-Checked "python -m venv" { & $launcher[0] @launcherArgs -m venv .venv }
    Invoke-Checked "pip install" { & $Py -m pip install --quiet --upgrade pip }
    Invoke-Checked "pip install" { & $Py -m pip install --quiet -e ".[dev]" }
}
# (No stderr redirection: Windows PowerShell 5.1 turns redirected stderr into a terminating error.)
& $Py -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('PyInstaller') is None)"
if ($LASTEXITCODE -ne 0) {
    Step "installing PyInstaller into .venv"
    Invoke-Checked "pip install pyinstaller" { & $Py -m pip install --quiet "pyinstaller>=6.10,<7" }
}
$Version = (& $Py -c "import app; print(app.__version__)").Trim()

# -- the bundle ---------------------------------------------------------------------------
Step "building dist\qorgau (Qorgau $Version)"
$started = Get-Date
Remove-Item -Recurse -Force build\qorgau, dist\qorgau -ErrorAction SilentlyContinue
Invoke-Checked "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging\qorgau.spec
}
$elapsed = [int]((Get-Date) - $started).TotalSeconds
$Bundle = Join-Path $Root "dist\qorgau"
$Exe = Join-Path $Bundle "qorgau.exe"
foreach ($name in @("qorgau.exe", "qorgauw.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $name))) { throw "no $name in $Bundle" }
}
$bytes = (Get-ChildItem -Recurse -File $Bundle | Measure-Object -Property Length -Sum).Sum
Write-Host ("build time: {0} s; bundle size: {1:N0} MB" -f $elapsed, ($bytes / 1MB))

# -- smoke test: the bundle alone, in an empty folder, on a fresh vault ---------------------
Step "smoke test"
$Work = Join-Path ([IO.Path]::GetTempPath()) ("qorgau-bundle-" + [Guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $Work | Out-Null
$saved = @{}
foreach ($name in @("QORGAU_DATA_DIR", "QORGAU_KDF_PROFILE", "QT_QPA_PLATFORM", "QORGAU_BUNDLE_SELFCHECK", "PYTHONPATH", "QORGAU_RULES_FILE")) {
    $saved[$name] = [Environment]::GetEnvironmentVariable($name)
}
Push-Location $Work
try {
    $env:QORGAU_DATA_DIR = Join-Path $Work "vault"
    $env:QORGAU_KDF_PROFILE = "fast"
    $env:QT_QPA_PLATFORM = "offscreen"
    Remove-Item Env:PYTHONPATH, Env:QORGAU_RULES_FILE -ErrorAction SilentlyContinue

    $printed = (& $Exe --version | Out-String).Trim()
    if ($LASTEXITCODE -ne 0 -or $printed -ne "qorgau $Version") { throw "--version printed '$printed'" }
    Write-Host $printed

    $env:QORGAU_BUNDLE_SELFCHECK = "1"
    Invoke-Checked "the bundle's self-check" { & $Exe }
    Remove-Item Env:QORGAU_BUNDLE_SELFCHECK

    $pass = Join-Path $Work "pass"
    Set-Content -Path $pass -Value "bundle-smoke-passphrase" -Encoding ascii
    $common = @("--user", "psy", "--password-file", $pass)
    Invoke-Checked "qorgau init" { & $Exe init --school "School 1 (bundle check)" --role psychologist @common }
    Invoke-Checked "qorgau seed-demo" { & $Exe seed-demo --pupils 50 --incidents 5 @common }
    Invoke-Checked "qorgau check" { & $Exe check @common }
}
finally {
    Pop-Location
    foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

# -- the installer ------------------------------------------------------------------------
if ($SkipInstaller) { Write-Host "bundle OK: $Bundle"; exit 0 }
Step "building the installer with Inno Setup"
if (-not $Iscc) {
    $found = Get-Command iscc.exe -ErrorAction SilentlyContinue
    if ($found) { $Iscc = $found.Source }
}
if (-not $Iscc) {
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: install it or pass -Iscc PATH" }
Invoke-Checked "ISCC" { & $Iscc /Qp "/DAppVersion=$Version" packaging\windows\qorgau.iss }
$Setup = Join-Path $Root "dist\qorgau-$Version-setup.exe"
if (-not (Test-Path $Setup)) { throw "ISCC did not produce $Setup" }
Write-Host ("installer: {0} ({1:N0} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))
