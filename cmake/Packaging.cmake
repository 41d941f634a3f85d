# Packages from the install rules (cmake/Install.cmake): `cpack -G DEB` on Debian, NSIS or WIX on
# Windows. scripts/check-package.sh builds the .deb and checks it.
set(CPACK_PACKAGE_NAME napdesk)
set(CPACK_PACKAGE_VENDOR "NAP Desk contributors")
set(CPACK_PACKAGE_CONTACT "${NAP_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Draft Open Government National Action Plan commitments")
# Lines of at most 80 characters: Debian shows the description as written.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "NAP Desk helps ministry officers draft the commitments of Taiwan's Open"
  "Government National Action Plan offline, in Traditional Chinese and English."
  "Every edit is kept in one local SQLite workspace file; a checker raises what"
  "reviewers would, with guidance for every field; exports produce the National"
  "Development Council's commitment form and the whole plan as .odt and the"
  "consolidation workbook as .xlsx and .ods. napdesk-cli does the same from the"
  "command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${NAP_HOMEPAGE})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "NAP Desk")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

# Debian: runtime libraries found by dpkg-shlibdeps; the Qt plugins the programs load by name
# (SQLite driver, SVG icons) are not linked, so they are named here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Qt's own Chinese texts (standard buttons, file dialogs) and fonts for Chinese and the Kai face.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk, fonts-arphic-ukai")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libreoffice-writer, libreoffice-calc")
# CPack strips the programs in napdesk and moves their debug symbols to napdesk-dbgsym (needs -g:
# RelWithDebInfo). CPACK_STRIP_FILES stays off: stripped at install, nothing would be left to move.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows installers: a Start menu entry, and *.napdesk opens in NAP Desk.
set(CPACK_PACKAGE_EXECUTABLES napdesk "NAP Desk")
set(CPACK_NSIS_DISPLAY_NAME "NAP Desk")
set(CPACK_NSIS_PACKAGE_NAME "NAP Desk")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\napdesk.exe")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/napdesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/packaging/windows/napdesk.ico)
set(CPACK_NSIS_URL_INFO_ABOUT ${NAP_HOMEPAGE})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.napdesk' '' 'NapDesk.Workspace'
  WriteRegStr HKCR '.napdesk' 'Content Type' 'application/x-napdesk-workspace'
  WriteRegStr HKCR 'NapDesk.Workspace' '' 'NAP Desk workspace'
  WriteRegStr HKCR 'NapDesk.Workspace\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\napdesk.exe,0'
  WriteRegStr HKCR 'NapDesk.Workspace\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\napdesk.exe\\\" \\\"%1\\\"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR 'NapDesk.Workspace'
  DeleteRegKey HKCR '.napdesk'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")
# WiX: one upgrade code for every version, so a new installer replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "6B2F5E3A-9C41-4D7E-8A15-3F0C2D9B7E64")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/napdesk.ico)
set(CPACK_WIX_PATCH_FILE ${PROJECT_SOURCE_DIR}/packaging/windows/wix-file-association.xml)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "NAP Desk")

include(CPack)
