"""The wizard's "Who is setting Qorgau up?" page.

In a rural school the person installing the program is usually the psychologist, so that is
the default; each choice says what the role may do before the account is made (an
administrator records nothing, which surprised the first people who tried it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

# The order of the choices; the first is the default.
ROLE_CHOICES = ("psychologist", "social_pedagogue", "admin")

# A suggested login per role, used while the person has not typed her own.
DEFAULT_LOGINS = {"psychologist": "psychologist", "social_pedagogue": "socped", "admin": "admin"}


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel(wordWrap=True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for index, role in enumerate(ROLE_CHOICES):
            button = QRadioButton()
            button.setObjectName(f"role_{role}")
            description = QLabel(wordWrap=True)
            description.setObjectName(f"role_{role}_description")
            description.setContentsMargins(24, 0, 0, 8)
            description.setBuddy(button)
            self.group.addButton(button, index)
            self.buttons[role] = button
            self.descriptions[role] = description
            layout.addWidget(button)
            layout.addWidget(description)
        layout.addStretch(1)
        self.buttons[ROLE_CHOICES[0]].setChecked(True)
        self.retranslate()

    def role(self) -> str:
        for role, button in self.buttons.items():
            if button.isChecked():
                return role
        return ROLE_CHOICES[0]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who is setting Qorgau up?"))
        self.setSubTitle(
            self.tr(
                "Your account is made with this role. Colleagues' accounts are added later "
                "in Settings."
            )
        )
        self.intro.setText(self.tr("Choose your own role at the school:"))
        self.buttons["psychologist"].setText(self.tr("&Psychologist"))
        self.descriptions["psychologist"].setText(
            self.tr(
                "Records pupils, incidents, counselling sessions and plans; writes and reads "
                "confidential session notes (you hold the notes key from the start and can "
                "give it to a colleague psychologist); adds colleagues' accounts."
            )
        )
        self.buttons["social_pedagogue"].setText(self.tr("&Social pedagogue"))
        self.descriptions["social_pedagogue"].setText(
            self.tr(
                "Records pupils, incidents, counselling sessions and plans; adds colleagues' "
                "accounts. Cannot read psychologists' confidential notes; a psychologist added "
                "later receives the notes key with the recovery key."
            )
        )
        self.buttons["admin"].setText(self.tr("&Administrator who will create the others"))
        self.descriptions["admin"].setText(
            self.tr(
                "Creates the accounts of the psychologist and the social pedagogue, enrolls "
                "the computer and manages backups. Records nothing itself (no incidents or "
                "sessions) and never reads confidential notes."
            )
        )
