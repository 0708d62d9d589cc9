; Inno Setup 6 script: the Qorgau installer for Windows (per user, no administrator rights).
;
; Built by packaging\windows\build_windows.ps1 after PyInstaller has made dist\qorgau\:
;     iscc /DAppVersion=0.1.0 packaging\windows\qorgau.iss      ->  dist\qorgau-0.1.0-setup.exe
;
; Where things go (all per user):
;   program        {autopf}\Qorgau = %LOCALAPPDATA%\Programs\Qorgau (PrivilegesRequired=lowest)
;   Start menu     {autoprograms}\Qorgau (the user's Start menu); desktop icon only if ticked
;   data           %LOCALAPPDATA%\Qorgau: the encrypted vault, key slots, logs, caches
;                  (platformdirs.user_data_dir("Qorgau", appauthor=False), app/paths.py)
;   settings       HKCU\Software\Qorgau (QSettings, preferences only)
; The program folder and the data folder are different on purpose: uninstalling removes the
; program and KEEPS the data unless the user explicitly asks, twice, to delete it (see [Code]).
; This file is UTF-8 with a byte-order mark, which Inno Setup needs to read the Russian messages.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Qorgau"
#define BundleDir "..\..\dist\qorgau"
#define GuiExe "qorgauw.exe"

[Setup]
; Never change the AppId: upgrades and the uninstaller find the installation by it.
AppId={{5C0A3E52-8B0D-4C57-9E2B-6B7C2F4A91D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Qorgau
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=qorgau-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\qorgau.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Kazakh messages file; on a Kazakh system the installer speaks Russian.

[CustomMessages]
en.AppComment=Encrypted records and mandatory notifications for school psychologists and social pedagogues
ru.AppComment=Зашифрованный учёт и обязательные уведомления для педагогов-психологов и социальных педагогов
en.DeleteDataQuestion=Qorgau has been removed.%n%nIts data is still in%n%1%n(the encrypted vault with all records, its key slots and the logs).%n%nKeep it? Choose Yes to keep the data (recommended: reinstalling Qorgau opens it again). Choose No only if the records must be destroyed.
ru.DeleteDataQuestion=Программа Qorgau удалена.%n%nЕё данные остались в папке%n%1%n(зашифрованное хранилище со всеми записями, ключи доступа и журналы).%n%nСохранить их? «Да» — сохранить данные (рекомендуется: после повторной установки Qorgau откроет их снова). «Нет» — только если записи нужно уничтожить.
en.DeleteDataConfirm=Delete all Qorgau records in%n%1%npermanently? They cannot be recovered, not even with the recovery key. Make a backup first if in doubt.
ru.DeleteDataConfirm=Безвозвратно удалить все записи Qorgau в папке%n%1?%nВосстановить их будет невозможно, даже ключом восстановления. Если сомневаетесь, сначала сделайте резервную копию.
en.DataKept=The data was kept in %1.
ru.DataKept=Данные сохранены в папке %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The per-user data folder, as app/paths.py computes it on Windows. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

{ After the program files are gone, ask whether to keep the data. Keeping it is the default at
  every step: a silent uninstall (/SILENT, /VERYSILENT) keeps it, pressing Enter keeps it, and
  deleting needs a second confirmation. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Dir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Dir := DataDir();
  if not DirExists(Dir) then
    Exit;
  if UninstallSilent() then
    Exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [Dir]),
       mbConfirmation, MB_YESNO or MB_DEFBUTTON1, IDYES) = IDYES then
    Exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataConfirm'), [Dir]),
       mbCriticalError, MB_YESNO or MB_DEFBUTTON2, IDNO) <> IDYES then
  begin
    MsgBox(FmtMessage(CustomMessage('DataKept'), [Dir]), mbInformation, MB_OK);
    Exit;
  end;
  DelTree(Dir, True, True, True);
  RegDeleteKeyIncludingSubkeys(HKCU, 'Software\{#AppName}');
end;
