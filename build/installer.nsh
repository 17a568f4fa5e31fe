; District Desk: additions to electron-builder's NSIS installer (see docs/IT-GUIDE.md).
!include "FileFunc.nsh"

; Unattended setup: a district-desk.settings.json beside the installer, or /SETTINGS=<file> on the command
; line, is copied into the install folder; the app reads it at first start and skips the setup wizard.
!macro customInstall
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/SETTINGS=" $R1
  ${IfNot} ${Errors}
    CopyFiles /SILENT "$R1" "$INSTDIR\district-desk.settings.json"
  ${ElseIf} ${FileExists} "$EXEDIR\district-desk.settings.json"
    CopyFiles /SILENT "$EXEDIR\district-desk.settings.json" "$INSTDIR\district-desk.settings.json"
  ${EndIf}
!macroend

; The office's records stay unless the person asks to remove them; a silent uninstall and an upgrade keep them.
!macro customUnInstall
  ${IfNot} ${isUpdated}
  ${AndIfNot} ${Silent}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Xóa luôn dữ liệu của văn phòng trên máy này (sổ theo dõi, bản sao lưu, khóa ký)?$\r$\nChọn Không để giữ lại (nên giữ nếu sẽ cài lại).$\r$\n$\r$\nAlso delete this office's data on this PC? Choose No to keep it." IDNO dd_keep_data
    ; The data is in the user's own AppData even when the app was installed per-machine ($APPDATA is
    ; ProgramData then): remove it from the current user's profile.
    SetShellVarContext current
    RMDir /r "$APPDATA\District Desk"
    ${If} $installMode == "all"
      SetShellVarContext all
    ${EndIf}
    dd_keep_data:
  ${EndIf}
!macroend
