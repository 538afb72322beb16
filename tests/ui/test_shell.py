"""The first ten minutes at the counter: set up, log in, find and register people, switch language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import set_up_station, wait_idle


def test_first_run_then_login_with_wrong_and_right_pin(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.setup_page
    # mismatched PIN: the form keeps what was typed and says why
    page = window.setup_page
    page.station_name.insert("和兴村服务站")  # IME commit
    qtbot.keyClicks(page.pin, "2580")
    qtbot.keyClicks(page.pin_again, "2581")
    qtbot.keyClick(page.pin_again, Qt.Key.Key_Return)
    assert "不一致" in page.message.text()
    assert page.station_name.text() == "和兴村服务站"
    page.pin.clear()
    set_up_station(qtbot, station_app, window)
    assert window.stack.currentWidget() is window.workspace
    assert "王秀英" in window.operator_status.text()
    assert window.workspace.station_name.text() == "和兴村服务站"

    qtbot.mouseClick(window.workspace.logout_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.login_page
    qtbot.keyClicks(window.login_page.pin, "1111")
    qtbot.keyClick(window.login_page.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, station_app)
    assert "密码错误" in window.login_page.message.text()
    assert window.stack.currentWidget() is window.login_page
    qtbot.keyClicks(window.login_page.pin, "2580")
    qtbot.keyClick(window.login_page.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, station_app)
    assert window.stack.currentWidget() is window.workspace


def test_create_a_person_and_find_them_by_pinyin_initials(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    people = window.workspace.people_page
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.workspace.pages.currentWidget() is people
    qtbot.keyClick(people.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = people.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.insert("张三")  # IME commit
    qtbot.keyClicks(dialog.phone1, "1381234567")  # one digit short
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, station_app)
    assert dialog.isVisible() and "不是有效的电话号码" in dialog.message.text()
    assert dialog.name.text() == "张三"  # nothing typed is lost
    qtbot.keyClicks(dialog.phone1, "8")
    dialog.village.insert("和兴村")  # IME commit
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, station_app)
    assert not dialog.isVisible()

    people.search.clear()
    qtbot.keyClicks(people.search, "zs")
    qtbot.waitUntil(lambda: people.table.rowCount() == 1, timeout=3000)
    assert people.table.item(0, 0).text() == "张三"
    assert people.table.item(0, 1).text() == "138****5678"  # masked where villagers can see it

    # same phone again: warned, then confirmed
    qtbot.mouseClick(people.new_button, Qt.MouseButton.LeftButton)
    assert people.dialog is not dialog
    dialog = people.dialog
    dialog.name.setText("张叁")
    dialog.phone1.setText("13812345678")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, station_app)
    assert "可能重复" in dialog.message.text() and dialog.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, station_app)
    assert not dialog.isVisible()
    people.search.setText("5678")
    qtbot.waitUntil(lambda: people.table.rowCount() == 2, timeout=3000)


def test_switch_language_live_keeps_the_session(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    assert "人员" in window.workspace.buttons["people"].text()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    settings = window.workspace.settings_page
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.language.activated.emit(settings.language.currentIndex())
    new_window = station_app.window
    qtbot.addWidget(new_window)
    assert new_window is not window
    assert new_window.stack.currentWidget() is new_window.workspace  # still logged in
    assert "People" in new_window.workspace.buttons["people"].text()
    assert new_window.workspace.current_key() == "settings"
    assert "Operator: 王秀英" in new_window.operator_status.text()


def test_backup_now_from_settings(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    settings = window.workspace.settings_page
    before = settings.backups.rowCount()
    qtbot.mouseClick(settings.backup_now_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert settings.backups.rowCount() == before + 1
