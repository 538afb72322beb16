"""HTML building blocks and the supervisor pages' texts (Chinese first, English second)."""

from __future__ import annotations

import base64
import datetime as dt
import io
from html import escape

import qrcode

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("乡镇服务中心", "Township hub"), "login": ("登录", "Log in"), "logout": ("退出", "Log out"),
    "name": ("用户名", "Name"), "password": ("密码", "Password"), "login_failed": ("用户名或密码错误", "Wrong name or password"),
    "stations": ("服务站", "Stations"), "station": ("服务站", "Station"), "status": ("状态", "Status"),
    "active": ("正常", "active"), "revoked": ("已停用", "revoked"), "last_sync": ("最近同步", "Last sync"),
    "waiting": ("待上传", "Waiting"), "quarantined": ("已隔离", "Quarantined"), "gaps": ("缺号", "Gaps"),
    "conflicts": ("冲突", "Conflicts"), "parcel_in": ("收件", "Parcels in"), "parcel_out": ("取件", "Parcels out"),
    "purchases": ("代购", "Purchases"), "produce": ("农产品", "Produce"), "records": ("记录数", "Records"),
    "key": ("密钥", "key"), "incarnations": ("数据库版本", "Incarnations"), "incarnation": ("版本", "Incarnation"),
    "watermark": ("连续到", "Watermark"), "max_seen": ("最大序号", "Max seq"), "reason": ("原因", "Reason"),
    "detected": ("发现时间", "Detected"), "by_day": ("按日统计", "By day"), "day": ("日期", "Day"),
    "kind": ("类型", "Kind"), "enrol": ("登记新站", "Enrol a station"), "station_code": ("站点编号", "Station code"),
    "create_token": ("生成二维码", "Create QR code"),
    "scan_qr": ("在服务站电脑上扫描此二维码（一次有效，7天内）", "Scan at the station (one use, valid 7 days)"),
    "reference": ("基础数据", "Reference data"), "dataset": ("数据集", "Dataset"), "version": ("版本", "Version"),
    "tariffs": ("运费价格", "Tariffs"), "catalogue": ("商品目录", "Catalogue"), "operators": ("操作员", "Operators"),
    "notice_templates": ("通知模板", "Notice templates"), "settings": ("设置", "Settings"),
    "saved": ("已保存", "Saved"), "bad_json": ("格式错误：必须是 JSON 对象", "Not a JSON object"),
    "ref_help": ("每个键一条记录，值为 JSON。保存后各站下次同步时更新。",
                 "One entry per key, value in JSON. Stations pick it up at their next sync."),
    "ref_help_settings": ("键 parcels 设定各站的保管和催领规则，例如 "
                          '{"parcels": {"free_days": 3, "fee_per_day_fen": 50, "fee_cap_fen": 500, '
                          '"reminder_days": [3, 7], "overdue_days": 7}}（金额单位为分）。只写需要统一的项；'
                          "货架和取件码仍由各站自己设置。",
                          "Key parcels sets the storage and reminder rules of every station, e.g. "
                          '{"parcels": {"free_days": 3, "fee_per_day_fen": 50, "fee_cap_fen": 500, '
                          '"reminder_days": [3, 7], "overdue_days": 7}} (money in fen). Give only what must be '
                          "the same everywhere; shelves and pickup codes stay each station's own."),
    "ref_help_notice_templates": ("键 arrival、arrival_many、reminder、purchase 分别是到件、多件、催领、代购到货短信，"
                                  '例如 {"arrival": {"text": "【{station}】您的快递已到，取件码{code}"}}。',
                                  "Keys arrival, arrival_many, reminder and purchase are the SMS texts, e.g. "
                                  '{"arrival": {"text": "[{station}] your parcel is here, code {code}"}}.'),
    "save": ("保存", "Save"), "sms": ("短信队列", "SMS queue"), "time": ("时间", "Time"), "phone": ("手机", "Phone"),
    "text": ("内容", "Text"), "queued": ("排队中", "queued"), "claimed": ("发送中", "sending"), "sent": ("已发送", "sent"),
    "export": ("导出", "Export"), "from": ("从", "From"), "to": ("到", "To"),
    "sneakernet": ("离线文件导入", "Offline file import"),
    "sneakernet_help": ("导入服务站导出的同步文件，下载回执文件带回服务站。",
                        "Import a station's sync file; take the receipt file back to the station."),
    "relay_on": ("设为短信中继", "Make SMS relay"), "relay_off": ("取消短信中继", "Stop SMS relay"),
    "locked_name": ("该账号连续 {n} 次密码错误，已被锁定，请在 {until} 之后再试。",
                    "This login is locked after {n} wrong passwords. Try again after {until}."),
    "locked_addr": ("这台电脑登录失败次数太多，已暂停登录，请在 {until} 之后再试。",
                    "Too many failed logins from this computer. Try again after {until}."),
    "clock_flags": ("时钟异常", "Clock flags"), "clock_title": ("时钟异常记录", "Records with clock problems"),
    "clock_help": ("记录不会因为时间不对而被拒收，这里只是提醒检查服务站电脑的时钟。偏差 = 中心时间 − 站点时间（分钟），"
                   "正数表示站点时钟慢，负数表示站点时钟快。",
                   "Records are never refused for their time; this list only says which station clock to check. "
                   "Offset = hub time − station time in minutes: positive means the station clock is behind."),
    "clock_off": ("时钟偏差 {n} 分钟", "clock off by {n} min"), "clock_future": ("时间在未来", "dated in the future"),
    "clock_pending": ("还有记录的时间没有检查完，请稍后刷新。", "Some records are not checked yet; refresh in a moment."),
    "clock_shown": ("只显示最近的 {n} 条。", "Only the newest {n} are shown."),
    "seq": ("序号", "Seq"), "offset_min": ("偏差（分钟）", "Offset (min)"),
    "created_wall": ("站点记录时间", "Station time"), "received_at": ("中心收到时间", "Received at hub"),
}


def tr(lang: str, key: str) -> str:
    pair = TEXTS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def local_minute(moment: dt.datetime) -> str:
    """The hub machine's local time, rounded up to the minute: "try again after 14:36" must be true."""
    up = moment.astimezone() + dt.timedelta(seconds=59, microseconds=999_999)
    return up.strftime("%Y-%m-%d %H:%M")


def table(head: list[str], rows: list[list], raw_cols: set[int] = frozenset()) -> str:
    th = "".join(f"<th>{escape(str(h))}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c if i in raw_cols else escape(str(c))}</td>" for i, c in enumerate(r))
                   + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def page(lang: str, title: str, body: str, session: dict | None) -> str:
    nav = ""
    if session:
        links = [("/admin", "stations"), ("/admin/enrol", "enrol"), ("/admin/ref", "reference"),
                 ("/admin/sms", "sms"), ("/admin/export", "export")]
        nav = ("<nav>" + " · ".join(f'<a href="{h}">{tr(lang, k)}</a>' for h, k in links)
               + f' · <form method=post action=/admin/logout style="display:inline"><input type=hidden name=csrf '
               f'value="{session["csrf"]}"><button>{tr(lang, "logout")}</button></form>'
               + ' · <a href="?lang=zh">中文</a> <a href="?lang=en">EN</a></nav>')
    return (f"<!doctype html><html lang={'en' if lang == 'en' else 'zh-CN'}><head><meta charset=utf-8>"
            f"<title>{escape(title)} · {tr(lang, 'title')}</title><style>body{{font-family:sans-serif;margin:1em}}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}.err{color:#b00}"
            f".ok{{color:#070}}</style></head><body>{nav}<h1>{escape(title)}</h1>{body}</body></html>")


def qr_png_data_uri(payload: str) -> str:
    img = qrcode.make(payload)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
