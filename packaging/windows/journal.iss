; Inno Setup 6 script for Journal on Windows. It installs the PyInstaller bundle dist\journal\ built on Windows.
; From the repository root, in PowerShell (docs/PACKAGING.md has every step):
;   .\.venv\Scripts\python packaging\linux\render_icons.py --ico
;   .\.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\pyinstaller\journal.spec
;   & "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\journal.iss
; The installer lands in dist\installer\Journal-0.1.0-setup.exe.
;
; Neutral on purpose: the Start menu entry and the uninstaller say "Journal"; no desktop icon unless asked for.
; The installer does not touch the user's vault: uninstalling leaves %APPDATA%\Journal alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={{8E0B6C1E-3D6B-4F43-9A51-6C2B5C3F0A11}
AppName=Journal
AppVersion={#AppVersion}
AppVerName=Journal {#AppVersion}
AppPublisher=Journal contributors
DefaultDirName={autopf}\Journal
DefaultGroupName=Journal
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist\installer
OutputBaseFilename=Journal-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\journal.ico
UninstallDisplayIcon={app}\journal.exe
UninstallDisplayName=Journal
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\journal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Journal"; Filename: "{app}\journal.exe"
Name: "{autodesktop}\Journal"; Filename: "{app}\journal.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\journal.exe"; Description: "{cm:LaunchProgram,Journal}"; Flags: nowait postinstall skipifsilent
