; Inno Setup script for Samtaleduk on Windows: installs the one-folder bundle per user
; (no admin rights) or for all users, with a Start menu entry. Nothing here reaches the
; network. CI builds and tests it under Wine: packaging/windows/build-and-test.sh.
;
; Build the bundle first (packaging\samtaleduk.spec, see the note at its top), then:
;     iscc /DAppVersion=0.1.0 packaging\windows\samtaleduk.iss
; The version comes from the build (pyproject.toml), never from this file; the
; installer lands in dist\Samtaleduk-<version>-setup.exe (/DSourceDir=... and /O...
; take another bundle and output folder).
;
; Silent mode (Intune, SCCM; README, "Installing on Windows"):
;     Samtaleduk-X.Y.Z-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;     Samtaleduk-X.Y.Z-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG=file
;     "{app}\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; /LANG=nynorsk, /LANG=bokmal or /LANG=english picks the language. Exit code 0: done.
;
; Data is not in Program Files: each user's cases stay in their own profile
; (%LOCALAPPDATA%\Samtaleduk), and uninstalling leaves them there on purpose.
; For a USB stick, copy dist\Samtaleduk instead and put an empty portable.txt beside
; Samtaleduk.exe (data then lives in a "data" folder beside it).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z samtaleduk.iss
#endif

#define AppName "Samtaleduk"
#ifndef SourceDir
  ; The bundle PyInstaller made; build-and-test.sh passes its own (/DSourceDir=...).
  #define SourceDir "..\..\dist\Samtaleduk"
#endif

[Setup]
; A fixed id: upgrades replace the earlier version instead of installing beside it.
AppId={{6E2F3B4A-8C1D-4E57-9A0B-5D7C2E1F9A36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Samtaleduk
; {autopf} in effect: %LOCALAPPDATA%\Programs per user, Program Files for all users.
; Spelt out in [Code] because Wine 8.0, where CI tests this installer, does not know
; FOLDERID_UserProgramFiles, and setup would stop at "Failed to expand shell folder
; constant autopf" (Windows gives the same folder either way).
DefaultDirName={code:ProgramsFolder}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user by default: many municipal laptops give their users no admin rights
; ({autopf} is then the user's own Programs folder). IT installs for all users with
; /ALLUSERS (silent: Samtaleduk-X.Y.Z-setup.exe /VERYSILENT /ALLUSERS), or picks it in
; the dialog when run as an administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\samtaleduk.ico
UninstallDisplayIcon={app}\{#AppName}.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Picked from Windows' display language (nynorsk 0x0814, bokmål 0x0414, else the first:
; nynorsk); silently with /LANG=nynorsk, /LANG=bokmal or /LANG=english. Inno Setup ships
; bokmål (Norwegian.isl) but no nynorsk: Nynorsk.isl, beside this file, puts nynorsk
; on top of it for every message of an ordinary install and uninstall.
Name: "nynorsk"; MessagesFile: "compiler:Languages\Norwegian.isl,Nynorsk.isl"
Name: "bokmal"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppName}.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#AppName}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The folder above the app: what autopf gives on Windows, without the known folder
// Wine lacks. Nothing else is scripted.
function ProgramsFolder(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}')
  else
    Result := ExpandConstant('{localappdata}') + '\Programs';
end;
