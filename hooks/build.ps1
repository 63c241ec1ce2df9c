# ask-cli's custom build hook on Windows: `ask deploy` runs it through PowerShell as
# `& 'hooks\build.ps1' '<zip file>' $True|$False` from a copy of .\lambda, and uploads the zip
# file it leaves. ask-cli does not compile TypeScript, so this builds the bundle (npm run build,
# which zips in Node: no zip tool needed) exactly as hooks/build.sh does elsewhere.
param(
  [Parameter(Mandatory = $true)][string]$ZipFile,
  [bool]$Verbose = $false
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
npm run --silent build -- --zip $ZipFile
exit $LASTEXITCODE
