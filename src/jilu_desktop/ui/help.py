"""使用说明 (F1): what 6 and 8 mean, how to log a record, and the keys. A window beside the work, not over it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(560, 600)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("使用说明"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        QShortcut(QKeySequence("F1"), self, self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.tr(
            "<h2>“168”爱生行动记录本</h2>"
            "<h3>1、6、8 是什么</h3>"
            "<p><b>1</b>：结对帮扶一名困难学生（重点帮扶学生，写在每学年的志愿书中）。</p>"
            "<p><b>6</b>：每月与任教班级的学生谈心或家访，合计不少于 <b>6 人次</b>。</p>"
            "<p><b>8</b>：每月为困难学生义务补课、辅导，不少于 <b>8 人次</b>。</p>"
            "<p><b>人次</b>：一次活动有几名学生就算几人次。一次辅导三名学生，记 3 人次。"
            "生活帮扶等其他帮助也记录在册，但不计入 6 和 8。</p>"
            "<p>寒暑假等月份可以设为<b>免计月份</b>（默认 7 月和 8 月），免计月份不算未达标。</p>"
            "<h3>怎样记一条记录</h3>"
            "<ol>"
            "<li>在任何页面按 <b>Ctrl+N</b>。日期默认是今天，地点沿用上一条记录。</li>"
            "<li>在“帮扶对象”中输入学生姓名中的字，按回车选中；可以选多名学生。"
            "重点帮扶学生排在最前面，也可以按 Alt+M 直接添加。</li>"
            "<li>按 Tab 到“内容”，写下做了什么或帮扶心得。</li>"
            "<li>按 <b>Ctrl+回车</b> 保存。填写有误时，提示会显示在相应的格子旁边，记录不会保存一半。</li>"
            "</ol>"
            "<p>同样的帮扶又做了一次：在“活动记录”中选中那条记录，按 <b>Ctrl+D</b> 复制为新记录。</p>"
            "<h3>常用按键</h3>"
            "<table cellpadding='3'>"
            "<tr><td><b>Ctrl+N</b></td><td>新增记录</td></tr>"
            "<tr><td><b>Ctrl+F</b></td><td>查找记录</td></tr>"
            "<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>撤销 / 重做（新增、修改、删除都可以撤销）</td></tr>"
            "<tr><td><b>Ctrl+P</b></td><td>导出与打印</td></tr>"
            "<tr><td><b>Ctrl+1</b>、<b>Ctrl+2</b>……</td><td>切换页面</td></tr>"
            "<tr><td><b>回车</b> / <b>Delete</b></td><td>在记录表中：修改 / 删除选中的记录</td></tr>"
            "<tr><td><b>F5</b></td><td>刷新（显示刚用 jilu 命令做的修改；窗口也会自己每隔几秒查看）</td></tr>"
            "<tr><td><b>F1</b></td><td>打开或关闭本说明</td></tr>"
            "</table>"
            "<h3>数据在哪里</h3>"
            "<p>所有记录只保存在本机（或U盘）的数据文件夹中，不会上传到网络。“帮助 → 关于”中写着数据文件夹的位置。</p>"
            "<h3>换一台电脑</h3>"
            "<p>用“文件 → 导出数据包（换电脑用）”把整个记录本存成一个 .jilu 文件（保存后会自动校验），"
            "在另一台电脑上用“文件 → 导入数据包”打开它；新电脑第一次打开记录本时，也可以选“从数据包导入”。"
            "那台电脑上原有的记录本会先自动备份。数据包中有学生的个人信息：请妥善保管U盘，导入后把数据包删除。</p>"
        )
